#pragma once

#include "Electeur.h"
#include "ElecteurFilter.h"

#include "Result.h"
#include "SqlDialect.h"

#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

namespace OpenMairie::Elec {

// The SQL of the electors of one commune: every statement is scoped to it. No rule and no
// transaction here; the services decide and hold the transaction.
class ElecteurRepository
{
public:
    ElecteurRepository(QSqlDatabase db, Core::SqlDialect dialect, qint64 communeId);

    Core::Result<std::optional<Electeur>> findById(qint64 id, bool lockForUpdate = false) const;
    Core::Result<std::optional<Electeur>> findByIne(const QString &liste, const QString &ine) const;
    // One page of the alphabetical list after `after`.
    Core::Result<QList<Electeur>> page(const ElecteurFilter &filter, const ElecteurCursor &after, int limit) const;
    // A page at a row offset, for a jump far down the list (scroll bar dragged to the end).
    Core::Result<QList<Electeur>> pageAt(const ElecteurFilter &filter, int offset, int limit) const;
    Core::Result<int> count(const ElecteurFilter &filter) const;
    // Same nom de naissance (search key) and date of birth, on every list, inscrits only.
    Core::Result<QList<Electeur>> sameNameAndBirth(const QString &nomNaissance, const QDate &naissance) const;
    // Groups of inscrits of one list sharing nom de naissance and date of birth.
    Core::Result<QList<QList<Electeur>>> nameAndBirthGroups() const;

    // The bureau the découpage gives to this address, 0 when no range covers it.
    Core::Result<qint64> bureauForAddress(qint64 voieId, int numero) const;
    // The next numéro d'ordre of the bureau on the list; locks the bureau row (PostgreSQL) so two
    // agents never take the same number.
    Core::Result<int> nextNumero(const QString &liste, qint64 bureauId) const;

    Core::Result<qint64> insert(const Electeur &electeur, const QString &login) const;
    // False when the row is no longer at expectedVersion.
    Core::Result<bool> update(const Electeur &electeur, int expectedVersion, const QString &login) const;

    static QString cleTri(const Electeur &electeur);
    static Electeur readRow(const QSqlQuery &q, int first = 0);
    static const QString &selectColumns(); // with the joins of readRow's order
    static const QString &fromClause();

private:
    QString whereClause(const ElecteurFilter &filter, QVariantList *binds) const;

    QSqlDatabase m_db;
    Core::SqlDialect m_dialect;
    qint64 m_communeId;
};

} // namespace OpenMairie::Elec
