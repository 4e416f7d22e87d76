#pragma once

#include "ExportSource.h"

#include <QSqlQuery>

namespace OpenMairie::Core {

// The rows of a stored query, read forward only from the open statement and normalised by the
// columns' declared types.
class OPENMAIRIE_CORE_EXPORT StoredQueryResult final : public ExportSource
{
public:
    StoredQueryResult(QSqlQuery query, const QList<ExportColumn> &columns);

    QList<ExportColumn> columns() const override { return m_columns; }
    Result<bool> next(QVariantList &row) override;

private:
    QSqlQuery m_query;
    QList<ExportColumn> m_columns;
};

} // namespace OpenMairie::Core
