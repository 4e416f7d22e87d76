#pragma once

#include "ExportColumn.h"
#include "Result.h"

#include <QList>
#include <QVariantList>

namespace OpenMairie::Core {

// Rows to export, one at a time, so that a list of 1.5 million electors never sits in memory: a
// list view's model (TableExport) or a stored query's result (StoredQueryResult).
class OPENMAIRIE_CORE_EXPORT ExportSource
{
public:
    virtual ~ExportSource();

    virtual QList<ExportColumn> columns() const = 0;
    // Fills the next row, one value per column; false at the end. An error stops the export.
    virtual Result<bool> next(QVariantList &row) = 0;
    // The number of rows when known (for the progress bar), else -1.
    virtual qint64 rowCountHint() const;
};

} // namespace OpenMairie::Core
