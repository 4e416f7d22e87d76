#include "CommuneService.h"

#include "AuditTrail.h"
#include "DatabaseManager.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::CommuneService)
};
} // namespace

CommuneService::CommuneService(DatabaseManager &database, AuditTrail &audit) : m_database(database), m_audit(audit) {}

Result<SessionCommune> CommuneService::addFromInsee(const QString &codeInsee, const QString &createdBy)
{
    Result<InseeCommune> ref = CommuneReference::instance().find(codeInsee);
    if (!ref)
        return ref.error();
    QSqlDatabase db = m_database.connection();
    Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QVariant> exists = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM collectivite WHERE code_insee = ?"),
                                          {ref->code});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() > 0)
        return Error(Tr::tr("La commune %1 (%2) existe déjà dans cette base.").arg(ref->nom, ref->code), {},
                     Error::Kind::Conflict);
    Result<QVariant> id = Sql::scalar(
        db,
        QStringLiteral("INSERT INTO collectivite (code_insee, nom, departement, codes_postaux, population, "
                       "created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {ref->code, ref->nom, ref->departement, ref->codesPostaux, ref->population, createdBy, createdBy});
    if (!id)
        return id.error();
    const SessionCommune commune{id.value().toLongLong(), ref->code, ref->nom};
    // The audit row is written by the table's trigger, in this transaction.
    if (Status s = tx.commit(); !s)
        return s.error();
    return commune;
}

Result<SessionCommune> CommuneService::findByInsee(const QString &codeInsee)
{
    Result<QSqlQuery> q = Sql::exec(m_database.connection(),
                                    QStringLiteral("SELECT id, code_insee, nom FROM collectivite WHERE code_insee = ?"),
                                    {codeInsee.trimmed().toUpper()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Tr::tr("La commune de code INSEE %1 n'est pas gérée dans cette base. Ajoutez-la avec "
                            "« openmairie-cli communes add --commune %1 ».").arg(codeInsee),
                     {}, Error::Kind::NotFound);
    return SessionCommune{q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString()};
}

Result<QList<SessionCommune>> CommuneService::all()
{
    Result<QSqlQuery> q = Sql::exec(m_database.connection(),
                                    QStringLiteral("SELECT id, code_insee, nom FROM collectivite ORDER BY nom"));
    if (!q)
        return q.error();
    QList<SessionCommune> list;
    while (q.value().next())
        list.append({q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString()});
    return list;
}

} // namespace OpenMairie::Core
