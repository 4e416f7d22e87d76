#pragma once

#include "Arrete.h"
#include "ArreteFilter.h"

#include "CommuneScope.h"
#include "Result.h"
#include "SqlDialect.h"

#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

namespace OpenMairie::Reglement {

// The SQL of the register, for one commune: every statement is scoped to it, except the lists
// (list, count, years), which read the communes of the list scope — the working commune, or all
// the agent's communes in the niveau-2 view. No rule and no transaction here; ArreteService
// decides and holds the transaction.
class ArreteRepository
{
public:
    ArreteRepository(QSqlDatabase db, Core::SqlDialect dialect, qint64 communeId);

    void setListScope(Core::CommuneScope scope) { m_listScope = std::move(scope); }

    // lockForUpdate: PostgreSQL row lock until the end of the caller's transaction (a SQLite write
    // transaction already holds the whole database).
    Core::Result<std::optional<Arrete>> findById(qint64 id, bool lockForUpdate = false) const;
    Core::Result<std::optional<Arrete>> findByNumero(int annee, int rang) const;
    Core::Result<QList<Arrete>> list(const ArreteFilter &filter, int offset, int limit) const;
    Core::Result<int> count(const ArreteFilter &filter) const;
    Core::Result<QList<int>> years() const;
    Core::Result<QString> latestSignataire() const;

    // Takes the next rank of the year from the counter row, which stays locked until the caller's
    // transaction ends.
    Core::Result<int> reserveRank(int annee) const;
    Core::Result<qint64> insert(const Arrete &arrete, const QString &login) const;
    // False when the row is no longer at expectedVersion (someone saved in between).
    Core::Result<bool> update(const Arrete &arrete, int expectedVersion, const QString &login) const;

private:
    QString whereClause(const ArreteFilter &filter, QVariantList *binds) const;
    static Arrete readRow(const QSqlQuery &q);

    QSqlDatabase m_db;
    Core::SqlDialect m_dialect;
    qint64 m_communeId;
    Core::CommuneScope m_listScope;
};

} // namespace OpenMairie::Reglement
