#include "Sql.h"

#include "SqlDialect.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::Sql)
};
} // namespace

Error Sql::error(const QSqlError &error, const QString &statement)
{
    QString detail = error.text();
    if (!error.nativeErrorCode().isEmpty())
        detail += QStringLiteral(" [%1]").arg(error.nativeErrorCode());
    if (!statement.isEmpty())
        detail += QStringLiteral(" — ") + statement.left(200);
    if (SqlDialect::isDiskFull(error))
        return Error(Tr::tr("Le disque est plein : l'opération a été annulée et rien n'a été enregistré. "
                            "Libérez de la place sur le disque puis recommencez."),
                     detail, Error::Kind::Storage);
    if (SqlDialect::isReadOnly(error))
        return Error(Tr::tr("La base de données est en lecture seule : rien n'a été enregistré. Vérifiez les "
                            "droits sur le fichier ou sur le serveur."),
                     detail, Error::Kind::Storage);
    if (SqlDialect::isCorrupt(error))
        return Error(Tr::tr("La base de données est endommagée. Arrêtez la saisie et restaurez la dernière "
                            "sauvegarde (openmairie-cli restore)."),
                     detail, Error::Kind::Storage);
    if (SqlDialect::isUniqueViolation(error))
        return Error(Tr::tr("Cet enregistrement existe déjà."), detail, Error::Kind::Conflict);
    if (SqlDialect::isForeignKeyViolation(error))
        return Error(Tr::tr("Cet enregistrement est lié à d'autres données : l'opération est refusée."), detail,
                     Error::Kind::Conflict);
    if (error.nativeErrorCode() == u"42501")
        return Error(Tr::tr("Vos droits sur le serveur ne permettent pas cette opération."), detail,
                     Error::Kind::PermissionDenied);
    // QSQLITE reports any failed step (a NOT NULL or CHECK violation...) as a ConnectionError with
    // SQLite's numeric code (at most 4 digits); a lost connection is PostgreSQL's (SQLSTATE class 08,
    // or no code at all).
    const QString code = error.nativeErrorCode();
    const bool sqliteCode = !code.isEmpty() && code.size() < 5;
    if ((error.type() == QSqlError::ConnectionError && !sqliteCode) || code.startsWith(u"08")
        || error.databaseText().contains(u"server closed the connection")
        || error.databaseText().contains(u"no connection to the server"))
        return Error(Tr::tr("La connexion au serveur de données est perdue. Vérifiez le réseau ; votre saisie "
                            "n'a pas été enregistrée."),
                     detail, Error::Kind::Unreachable);
    return Error(Tr::tr("Erreur de la base de données."), detail, Error::Kind::Generic);
}

Result<QSqlQuery> Sql::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Sql::error(q.lastError(), sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Sql::error(q.lastError(), sql);
    return q;
}

Result<QVariant> Sql::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> q = exec(db, sql, values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return QVariant();
    return q.value().value(0);
}

} // namespace OpenMairie::Core
