#pragma once

#include "ImportSink.h"

#include <QHash>
#include <QSqlQuery>

namespace OpenMairie::Core {

// The sink most imports need: each valid row becomes one row of a table, written by multi-row
// INSERTs prepared once and reused (a batch of rows per statement: the import of 500 000 electors
// is bound by round trips on PostgreSQL and by statement count on SQLite). The commune column is
// filled from the session and the author column with the importing login.
//
// Constraint violations (unique key already in the table, CHECK, NOT NULL) refuse the row with a
// French reason; the framework then finds which row of the batch it was.
class OPENMAIRIE_CORE_EXPORT SqlInsertSink : public ImportSink
{
public:
    struct Mapping
    {
        QString importColumn; // ImportColumn::name()
        QString tableColumn;
    };

    SqlInsertSink(const QString &table, const QList<Mapping> &mappings);

    SqlInsertSink &setCommuneColumn(const QString &column);
    SqlInsertSink &setAuthorColumn(const QString &column);
    SqlInsertSink &setBatchSize(int rows);

    Status begin(const ImportContext &context) override;
    int preferredBatchSize() const override { return m_batchSize; }
    Status write(const QList<ImportRow> &rows) override;

    // True for the errors a table's constraints raise on one row (SQLSTATE class 23, SQLite's
    // SQLITE_CONSTRAINT family).
    static bool isConstraintViolation(const QSqlError &error);

private:
    QString insertStatement(int rows) const;
    QVariant bindable(const QVariant &value) const;

    QString m_table;
    QList<Mapping> m_mappings;
    QString m_communeColumn;
    QString m_authorColumn;
    int m_batchSize = 200;

    ImportContext m_context;
    QList<int> m_valueIndexes; // per mapping, the index in ImportRow::values
    int m_columnsPerRow = 0;
    QHash<int, QSqlQuery> m_statements; // by number of rows
};

} // namespace OpenMairie::Core
