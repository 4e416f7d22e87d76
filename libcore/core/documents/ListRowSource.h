#pragma once

#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

namespace OpenMairie::Documents {

// The rows of a long list, read forward once per pass and never kept: a 1.5 million-row list costs
// the memory of one row. Rows come sorted by group (when the list has groups).
class OPENMAIRIE_CORE_EXPORT ListRowSource
{
public:
    virtual ~ListRowSource();

    // (Re)starts reading, before the first row. Can be called again for a second pass.
    virtual Core::Status open(const QSqlDatabase &db) = 0;
    // Moves to the next row; false at the end.
    virtual Core::Result<bool> next() = 0;
    // Index of a named column, -1 when the source has none (valid after open()).
    virtual int columnIndex(const QString &field) const = 0;
    virtual QVariant value(int column) const = 0;
    // The "count first" pass: rows per group value ("" when the list has no groups), without
    // reading the rows.
    virtual Core::Result<QHash<QString, qint64>> countByGroup(const QSqlDatabase &db, const QString &groupField) = 0;
    virtual void close() {}
};

} // namespace OpenMairie::Documents
