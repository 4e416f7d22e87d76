#include "ReferenceTableService.h"

#include "StaleRecord.h"

#include "DatabaseManager.h"
#include "FrenchDate.h"
#include "Permissions.h"
#include "Session.h"
#include "Sql.h"
#include "TextNormalizer.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ReferenceTableService)
};

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant(QMetaType::fromType<QDate>());
}

QString describe(const ReferenceTable &table, const QString &code)
{
    return Tr::tr("la valeur « %1 » de la table %2").arg(code, table.title);
}
} // namespace

const QString ReferenceTableService::kPermissionModifier = QStringLiteral("core.referentiel.modifier");

ReferenceTableService::ReferenceTableService(DatabaseManager &database, Session &session, Permissions &permissions)
    : m_database(database), m_session(session), m_permissions(permissions)
{
}

Result<QList<ReferenceEntry>> ReferenceTableService::select(const ReferenceTable &table, const QString &where,
                                                            const QVariantList &values) const
{
    const QString pays = table.linkedToPays ? QStringLiteral("p.code") : QStringLiteral("''");
    const QString join = table.linkedToPays ? QStringLiteral(" LEFT JOIN pays p ON p.id = t.pays_id") : QString();
    Result<QSqlQuery> q = Sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT t.id, t.code, t.libelle, t.date_debut_validite, t.date_fin_validite, t.version, %1 "
                       "FROM %2 t%3 WHERE %4 ORDER BY t.cle_recherche, t.code")
            .arg(pays, table.table, join, where.isEmpty() ? QStringLiteral("1 = 1") : where),
        values);
    if (!q)
        return q.error();
    QList<ReferenceEntry> result;
    while (q.value().next()) {
        ReferenceEntry e;
        e.id = q.value().value(0).toLongLong();
        e.code = q.value().value(1).toString();
        e.libelle = q.value().value(2).toString();
        e.validity.debut = q.value().value(3).toDate();
        e.validity.fin = q.value().value(4).toDate();
        e.version = q.value().value(5).toInt();
        e.paysCode = q.value().value(6).toString();
        result.append(e);
    }
    return result;
}

Result<QList<ReferenceEntry>> ReferenceTableService::offered(const ReferenceTable &table, const QDate &date) const
{
    QString condition = Validity::offeredCondition();
    condition.replace(QStringLiteral("date_"), QStringLiteral("t.date_"));
    return select(table, condition, {date, date});
}

Result<QList<ReferenceEntry>> ReferenceTableService::list(const ReferenceTable &table, bool includeRetired) const
{
    if (includeRetired)
        return select(table, {}, {});
    return offered(table);
}

Result<ReferenceEntry> ReferenceTableService::findByCode(const ReferenceTable &table, const QString &code) const
{
    Result<QList<ReferenceEntry>> r = select(table, QStringLiteral("t.code = ?"), {code.trimmed().toUpper()});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return Error(Tr::tr("Le code « %1 » n'existe pas dans la table %2.").arg(code, table.title), {},
                     Error::Kind::NotFound);
    return r->first();
}

Result<ReferenceEntry> ReferenceTableService::findById(const ReferenceTable &table, qint64 id) const
{
    Result<QList<ReferenceEntry>> r = select(table, QStringLiteral("t.id = ?"), {id});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return Error(Tr::tr("Cette valeur n'existe plus dans la table %1.").arg(table.title), {}, Error::Kind::NotFound);
    return r->first();
}

Result<QList<ReferenceEntry>> ReferenceTableService::search(const ReferenceTable &table, const QString &text,
                                                            const QDate &date) const
{
    const QString key = TextNormalizer::searchKey(text);
    if (key.isEmpty())
        return offered(table, date);
    QString condition = Validity::offeredCondition();
    condition.replace(QStringLiteral("date_"), QStringLiteral("t.date_"));
    return select(table,
                  condition + QStringLiteral(" AND (t.cle_recherche LIKE ? ESCAPE '\\' OR t.code = ?)"),
                  {date, date, QString(u'%' + TextNormalizer::likePrefix(text)), key});
}

Result<ReferenceEntry> ReferenceTableService::checked(const ReferenceTable &table, const ReferenceEntry &entry,
                                                      QVariant *paysId) const
{
    // The right first: an agent who may not write learns that before any detail of his input.
    if (Status s = m_permissions.require(kPermissionModifier); !s)
        return s.error();
    ReferenceEntry e = entry;
    e.code = table.upperCaseCode ? entry.code.trimmed().toUpper() : entry.code.trimmed();
    e.libelle = entry.libelle.simplified();
    if (e.code.isEmpty())
        return Error(Tr::tr("Indiquez le code (%1).").arg(table.codeLabel), {}, Error::Kind::InvalidInput);
    if (e.code.size() > table.codeMaxLength || e.code.contains(u' '))
        return Error(Tr::tr("Code « %1 » refusé : %2 caractères au plus, sans espace.").arg(e.code).arg(table.codeMaxLength),
                     {}, Error::Kind::InvalidInput);
    if (e.libelle.isEmpty())
        return Error(Tr::tr("Indiquez le libellé de la valeur « %1 ».").arg(e.code), {}, Error::Kind::InvalidInput);
    if (e.libelle.size() > 100)
        return Error(Tr::tr("Le libellé dépasse 100 caractères : raccourcissez-le."), {}, Error::Kind::InvalidInput);
    if (Status s = e.validity.check(describe(table, e.code)); !s)
        return s.error();
    *paysId = QVariant(QMetaType::fromType<qlonglong>());
    if (table.linkedToPays && !e.paysCode.trimmed().isEmpty()) {
        Result<ReferenceEntry> pays = findByCode(ReferenceTable::pays(), e.paysCode);
        if (!pays)
            return Error(Tr::tr("Le pays de code « %1 » n'existe pas : indiquez son code INSEE (99100 pour la France).")
                             .arg(e.paysCode), {}, Error::Kind::InvalidInput);
        *paysId = pays->id;
        e.paysCode = pays->code;
    }
    return e;
}

Result<ReferenceEntry> ReferenceTableService::create(const ReferenceTable &table, const ReferenceEntry &entry)
{
    QVariant paysId;
    Result<ReferenceEntry> e = checked(table, entry, &paysId);
    if (!e)
        return e;
    QSqlDatabase db = m_database.connection();
    Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QVariant> existing = Sql::scalar(db, QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(table.table), {e->code});
    if (!existing)
        return existing.error();
    if (existing.value().isValid())
        return Error(Tr::tr("Le code « %1 » existe déjà dans la table %2 : choisissez-en un autre, ou modifiez la "
                            "valeur existante.").arg(e->code, table.title), {}, Error::Kind::Conflict);
    const QString login = m_session.user().login.isNull() ? QString(QStringLiteral("")) : m_session.user().login;
    const QString linkColumn = table.linkedToPays ? QStringLiteral(", pays_id") : QString();
    const QString linkValue = table.linkedToPays ? QStringLiteral(", ?") : QString();
    QVariantList values{e->code, e->libelle, TextNormalizer::searchKey(e->libelle), dateOrNull(e->validity.debut),
                        dateOrNull(e->validity.fin), login, login};
    if (table.linkedToPays)
        values.append(paysId);
    Result<QVariant> id = Sql::scalar(
        db, QStringLiteral("INSERT INTO %1 (code, libelle, cle_recherche, date_debut_validite, date_fin_validite, "
                           "created_by, updated_by%2) VALUES (?, ?, ?, ?, ?, ?, ?%3) RETURNING id")
                .arg(table.table, linkColumn, linkValue),
        values);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return findById(table, id.value().toLongLong());
}

Result<ReferenceEntry> ReferenceTableService::update(const ReferenceTable &table, const ReferenceEntry &entry)
{
    QVariant paysId;
    Result<ReferenceEntry> e = checked(table, entry, &paysId);
    if (!e)
        return e;
    QSqlDatabase db = m_database.connection();
    Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QVariant> other = Sql::scalar(db, QStringLiteral("SELECT id FROM %1 WHERE code = ? AND id <> ?").arg(table.table),
                                         {e->code, e->id});
    if (!other)
        return other.error();
    if (other.value().isValid())
        return Error(Tr::tr("Le code « %1 » existe déjà dans la table %2 : choisissez-en un autre.").arg(e->code, table.title),
                     {}, Error::Kind::Conflict);
    const QString login = m_session.user().login.isNull() ? QString(QStringLiteral("")) : m_session.user().login;
    QVariantList values{e->code, e->libelle, TextNormalizer::searchKey(e->libelle), dateOrNull(e->validity.debut),
                        dateOrNull(e->validity.fin), login};
    if (table.linkedToPays)
        values.append(paysId);
    values << e->id << e->version;
    Result<QSqlQuery> u = Sql::exec(
        db, m_database.dialect().expand(
                QStringLiteral("UPDATE %1 SET code = ?, libelle = ?, cle_recherche = ?, date_debut_validite = ?, "
                               "date_fin_validite = ?, updated_by = ?, updated_at = {{now}}%2, version = version + 1 "
                               "WHERE id = ? AND version = ?")
                    .arg(table.table, table.linkedToPays ? QStringLiteral(", pays_id = ?") : QString())),
        values);
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() == 0)
        return StaleRecord::error(describe(table, e->code));
    if (Status s = tx.commit(); !s)
        return s.error();
    return findById(table, e->id);
}

Status ReferenceTableService::retire(const ReferenceTable &table, qint64 id, int version, const QDate &date)
{
    Result<ReferenceEntry> e = findById(table, id);
    if (!e)
        return e.error();
    if (!date.isValid())
        return Error(Tr::tr("Indiquez la date à partir de laquelle la valeur n'est plus proposée."), {},
                     Error::Kind::InvalidInput);
    if (e->validity.fin.isValid())
        return Error(Tr::tr("La valeur « %1 » est déjà retirée depuis le %2.")
                         .arg(e->libelle, FrenchDate::format(e->validity.fin)), {}, Error::Kind::InvalidInput);
    ReferenceEntry retired = e.value();
    retired.version = version;
    retired.validity.fin = date;
    Result<ReferenceEntry> r = update(table, retired);
    if (!r)
        return r.error();
    return {};
}

} // namespace OpenMairie::Core
