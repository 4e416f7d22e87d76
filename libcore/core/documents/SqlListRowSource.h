#pragma once

#include "ListRowSource.h"

#include <QSqlQuery>

namespace OpenMairie::Documents {

// Rows from a forward-only SQL cursor (QSQLITE steps the statement; QPSQL fetches row by row in
// single-row mode), so memory stays flat whatever the number of rows. The query names its columns
// as the list layout's fields and sorts by the group column first.
class OPENMAIRIE_CORE_EXPORT SqlListRowSource final : public ListRowSource
{
public:
    SqlListRowSource(QString selectSql, QVariantList bindings = {});

    Core::Status open(const QSqlDatabase &db) override;
    Core::Result<bool> next() override;
    int columnIndex(const QString &field) const override;
    QVariant value(int column) const override { return m_query.value(column); }
    // SELECT g, COUNT(*) FROM (<select>) GROUP BY g: the database counts, no row travels.
    Core::Result<QHash<QString, qint64>> countByGroup(const QSqlDatabase &db, const QString &groupField) override;
    void close() override;

private:
    QString m_sql;
    QVariantList m_bindings;
    QSqlQuery m_query;
    QHash<QString, int> m_columns;
};

} // namespace OpenMairie::Documents
