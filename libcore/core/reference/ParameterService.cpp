#include "ParameterService.h"

#include "ParameterValue.h"
#include "StaleRecord.h"

#include "DatabaseManager.h"
#include "Permissions.h"
#include "Session.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ParameterService)
};

// Bound values must never be null strings: NOT NULL columns refuse them on PostgreSQL.
QString notNull(const QString &s)
{
    return s.isNull() ? QString(QStringLiteral("")) : s;
}
} // namespace

const QString ParameterService::kPermissionModifier = QStringLiteral("core.parametre.modifier");

ParameterService::ParameterService(DatabaseManager &database, Session &session, Permissions &permissions,
                                   ParameterRegistry &registry)
    : m_database(database), m_session(session), m_permissions(permissions), m_registry(registry)
{
}

Result<const ParameterDeclaration *> ParameterService::declared(const QString &name) const
{
    if (const ParameterDeclaration *d = m_registry.find(name.trimmed()))
        return d;
    QStringList names;
    for (const ParameterDeclaration &d : m_registry.declarations())
        names.append(d.name);
    return Error(Tr::tr("Le paramètre « %1 » n'existe pas. Paramètres connus : %2.")
                     .arg(name, names.join(QStringLiteral(", "))), {}, Error::Kind::NotFound);
}

Result<QList<CommuneParameterValue>> ParameterService::list() const
{
    QHash<QString, CommuneParameterValue> stored;
    Result<QSqlQuery> q = Sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT nom, valeur, version, CASE WHEN valeur_binaire IS NULL THEN 0 ELSE 1 END "
                       "FROM collectivite_parametre WHERE collectivite_id = ?"),
        {m_session.commune().id});
    if (!q)
        return q.error();
    while (q.value().next()) {
        CommuneParameterValue v;
        v.value = q.value().value(1).toString();
        v.version = q.value().value(2).toInt();
        v.hasImage = q.value().value(3).toInt() == 1;
        v.isDefault = false;
        stored.insert(q.value().value(0).toString(), v);
    }
    QList<CommuneParameterValue> result;
    for (const ParameterDeclaration &d : m_registry.declarations()) {
        CommuneParameterValue v = stored.value(d.name);
        if (v.isDefault)
            v.value = d.defaultValue;
        v.declaration = d;
        result.append(v);
    }
    return result;
}

Result<CommuneParameterValue> ParameterService::get(const QString &name) const
{
    Result<const ParameterDeclaration *> d = declared(name);
    if (!d)
        return d.error();
    Result<QList<CommuneParameterValue>> all = list();
    if (!all)
        return all.error();
    for (const CommuneParameterValue &v : all.value())
        if (v.declaration.name == d.value()->name)
            return v;
    return Error(Tr::tr("Le paramètre « %1 » n'existe pas.").arg(name), {}, Error::Kind::NotFound);
}

Result<QHash<QString, QString>> ParameterService::mergeValues() const
{
    QHash<QString, QString> values;
    for (const ParameterDeclaration &d : m_registry.declarations())
        values.insert(d.name, d.defaultValue);
    Result<QSqlQuery> q = Sql::exec(m_database.connection(),
                                    QStringLiteral("SELECT nom, valeur FROM collectivite_parametre WHERE collectivite_id = ?"),
                                    {m_session.commune().id});
    if (!q)
        return q.error();
    while (q.value().next())
        values.insert(q.value().value(0).toString(), q.value().value(1).toString());
    return values;
}

Result<QByteArray> ParameterService::image(const QString &name) const
{
    Result<QVariant> v = Sql::scalar(
        m_database.connection(),
        QStringLiteral("SELECT valeur_binaire FROM collectivite_parametre WHERE collectivite_id = ? AND nom = ?"),
        {m_session.commune().id, name});
    if (!v)
        return v.error();
    return v.value().toByteArray();
}

Status ParameterService::set(const QString &name, const QString &text, int expectedVersion)
{
    Result<const ParameterDeclaration *> d = declared(name);
    if (!d)
        return d.error();
    if (d.value()->type == ParameterType::Image)
        return setImageFile(name, text, expectedVersion);
    Result<QString> normalized = ParameterValue::normalize(*d.value(), text);
    if (!normalized)
        return normalized.error();
    return store(*d.value(), normalized.value(), {}, expectedVersion);
}

Status ParameterService::setImage(const QString &name, const QByteArray &bytes, int expectedVersion)
{
    Result<const ParameterDeclaration *> d = declared(name);
    if (!d)
        return d.error();
    if (d.value()->type != ParameterType::Image)
        return Error(Tr::tr("Le paramètre « %1 » n'est pas une image.").arg(d.value()->label), {},
                     Error::Kind::InvalidInput);
    if (Status s = ParameterValue::validateImage(*d.value(), bytes); !s)
        return s;
    return store(*d.value(), QString(QStringLiteral("")), bytes, expectedVersion);
}

Status ParameterService::setImageFile(const QString &name, const QString &path, int expectedVersion)
{
    QFile file(path.trimmed());
    if (path.trimmed().isEmpty() || !file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("Le fichier image « %1 » est introuvable ou illisible. Vérifiez le chemin.").arg(path),
                     file.errorString(), Error::Kind::InvalidInput);
    if (file.size() > ParameterValue::kMaxImageBytes) {
        // Not read whole: a mistaken 4 Go file must not fill the memory before being refused.
        Result<const ParameterDeclaration *> d = declared(name);
        if (!d)
            return d.error();
        return ParameterValue::validateImage(*d.value(), QByteArray(ParameterValue::kMaxImageBytes + 1, '\0'));
    }
    return setImage(name, file.readAll(), expectedVersion);
}

Result<QSqlQuery> ParameterService::storedRow(const QSqlDatabase &db, const QString &name) const
{
    return Sql::exec(db,
                     QStringLiteral("SELECT id, version FROM collectivite_parametre WHERE collectivite_id = ? AND nom = ?"),
                     {m_session.commune().id, name});
}

Status ParameterService::store(const ParameterDeclaration &d, const QString &text, const QByteArray &bytes,
                               int expectedVersion)
{
    if (Status s = m_permissions.require(kPermissionModifier); !s)
        return s;
    const qint64 communeId = m_session.commune().id;
    const QString login = notNull(m_session.user().login);
    QSqlDatabase db = m_database.connection();
    Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QSqlQuery> existing = storedRow(db, d.name);
    if (!existing)
        return existing.error();
    const QVariant blob = bytes.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes);
    if (existing.value().next()) {
        const qint64 id = existing.value().value(0).toLongLong();
        const int version = existing.value().value(1).toInt();
        if (expectedVersion != kAnyVersion && expectedVersion != version)
            return StaleRecord::error(Tr::tr("le paramètre « %1 »").arg(d.label));
        Result<QSqlQuery> u = Sql::exec(
            db, m_database.dialect().expand(QStringLiteral(
                    "UPDATE collectivite_parametre SET valeur = ?, valeur_binaire = ?, version = version + 1, "
                    "updated_at = {{now}}, updated_by = ? WHERE id = ? AND version = ?")),
            {text, blob, login, id, version});
        if (!u)
            return u.error();
        if (u.value().numRowsAffected() == 0)
            return StaleRecord::error(Tr::tr("le paramètre « %1 »").arg(d.label));
    } else {
        if (expectedVersion != kAnyVersion && expectedVersion != 0)
            return StaleRecord::error(Tr::tr("le paramètre « %1 »").arg(d.label));
        Result<QSqlQuery> i = Sql::exec(
            db, QStringLiteral("INSERT INTO collectivite_parametre (collectivite_id, nom, valeur, valeur_binaire, "
                               "created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?)"),
            {communeId, d.name, text, blob, login, login});
        if (!i)
            return i.error();
    }
    return tx.commit();
}

Status ParameterService::reset(const QString &name, int expectedVersion)
{
    Result<const ParameterDeclaration *> d = declared(name);
    if (!d)
        return d.error();
    if (Status s = m_permissions.require(kPermissionModifier); !s)
        return s;
    QSqlDatabase db = m_database.connection();
    Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QSqlQuery> existing = storedRow(db, d.value()->name);
    if (!existing)
        return existing.error();
    if (!existing.value().next())
        return {}; // already the default
    const int version = existing.value().value(1).toInt();
    if (expectedVersion != kAnyVersion && expectedVersion != version)
        return StaleRecord::error(Tr::tr("le paramètre « %1 »").arg(d.value()->label));
    Result<QSqlQuery> del = Sql::exec(db, QStringLiteral("DELETE FROM collectivite_parametre WHERE id = ? AND version = ?"),
                                      {existing.value().value(0).toLongLong(), version});
    if (!del)
        return del.error();
    if (del.value().numRowsAffected() == 0)
        return StaleRecord::error(Tr::tr("le paramètre « %1 »").arg(d.value()->label));
    return tx.commit();
}

} // namespace OpenMairie::Core
