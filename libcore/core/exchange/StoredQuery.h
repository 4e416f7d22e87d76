#pragma once

#include "ExportColumn.h"
#include "ExportSource.h"
#include "Result.h"
#include "SqlDialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace OpenMairie::Core {

// One column a stored query offers: the agent sees the label and ticks it; the SQL expression is
// the module's, never the agent's.
struct OPENMAIRIE_CORE_EXPORT StoredQueryColumn
{
    QString key;            // "nom"
    QString label;          // "Nom"
    QString expression;     // "c.nom"
    ExportColumn::Type type = ExportColumn::Type::Text;
    bool sortable = true;
    QString sortExpression; // e.g. a normalised search column, for a French order on both backends
    bool selectedByDefault = true;
};

struct OPENMAIRIE_CORE_EXPORT StoredQuerySort
{
    QString key;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// What the agent chose: columns (in his order), sort keys, an optional row limit.
struct OPENMAIRIE_CORE_EXPORT StoredQuerySelection
{
    QStringList columns;
    QList<StoredQuerySort> sort;
    int limit = 0; // 0: every row
};

// A "requête mémorisée" (openMairie's reqmo): a query a module declares with a fixed catalogue of
// columns, which the agent runs with the columns and sort he picks, then exports. The SQL is
// built only from the declaration (the agent's choices are keys checked against the catalogue),
// and always restricted to the session's commune through the declared commune column.
class OPENMAIRIE_CORE_EXPORT StoredQuery
{
public:
    StoredQuery() = default;
    StoredQuery(const QString &id, const QString &module, const QString &title);

    const QString &id() const { return m_id; }
    const QString &module() const { return m_module; }
    const QString &title() const { return m_title; }

    StoredQuery &setDescription(const QString &description);
    const QString &description() const { return m_description; }
    StoredQuery &setPermission(const QString &permission);
    const QString &permission() const { return m_permission; }
    // Electoral and funeral data: every export is written to the audit trail.
    StoredQuery &setPersonalData(bool personal);
    bool hasPersonalData() const { return m_personalData; }
    StoredQuery &setAuditTable(const QString &table);
    const QString &auditTable() const { return m_auditTable; }

    // "FROM contact c LEFT JOIN quartier q ON q.id = c.quartier_id"; dialect placeholders allowed.
    StoredQuery &setFrom(const QString &fromClause);
    const QString &from() const { return m_from; }
    // A fixed condition ("c.actif = {{true}}"), added to the commune restriction.
    StoredQuery &setCondition(const QString &condition);
    const QString &condition() const { return m_condition; }
    // "c.collectivite_id". Empty only for data shared by every commune (declared on purpose).
    StoredQuery &setCommuneColumn(const QString &column);
    const QString &communeColumn() const { return m_communeColumn; }

    StoredQuery &addColumn(const StoredQueryColumn &column);
    // The common case: sortable, ticked by default, sorted on its own expression.
    StoredQuery &addColumn(const QString &key, const QString &label, const QString &expression,
                           ExportColumn::Type type = ExportColumn::Type::Text);
    const QList<StoredQueryColumn> &columns() const { return m_columns; }
    const StoredQueryColumn *column(const QString &key) const;
    StoredQuery &setDefaultSort(const QList<StoredQuerySort> &sort);
    StoredQuerySelection defaultSelection() const;

    Status validate() const;                                      // the declaration
    Status checkSelection(const StoredQuerySelection &selection) const; // the agent's choices, French
    Result<QString> sql(const StoredQuerySelection &selection, const SqlDialect &dialect) const;
    QList<ExportColumn> exportColumns(const StoredQuerySelection &selection) const;

    // Runs the query for a commune; the result is read row by row (forward only).
    Result<std::unique_ptr<ExportSource>> open(const QSqlDatabase &database, const SqlDialect &dialect,
                                               const StoredQuerySelection &selection, qint64 communeId) const;

private:
    QString m_id;
    QString m_module;
    QString m_title;
    QString m_description;
    QString m_permission;
    bool m_personalData = false;
    QString m_auditTable;
    QString m_from;
    QString m_condition;
    QString m_communeColumn;
    QList<StoredQueryColumn> m_columns;
    QList<StoredQuerySort> m_defaultSort;
};

} // namespace OpenMairie::Core
