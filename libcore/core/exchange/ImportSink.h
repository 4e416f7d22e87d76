#pragma once

#include "ImportContext.h"
#include "ImportReport.h"
#include "ImportRow.h"
#include "Result.h"

namespace OpenMairie::Core {

// What a module implements to store the rows of an import: the framework reads, converts and
// validates, the sink writes. All calls happen in the worker thread, inside the import's single
// transaction; the framework commits (with the audit row) or rolls back.
//
// Errors returned by write(): an Error of kind InvalidInput, Conflict or NotFound refuses rows
// (a unique key already in the database...) and the import goes on; any other kind (disk full,
// connection lost) stops the whole import. When a batch fails, the framework rolls back to a
// savepoint and replays it row by row to find which lines are refused, so a sink can use
// multi-row INSERTs and still get exact line numbers.
class OPENMAIRIE_CORE_EXPORT ImportSink
{
public:
    virtual ~ImportSink();

    // Prepares the statements; called once before the first row.
    virtual Status begin(const ImportContext &context) = 0;

    // Rules that involve several columns (a death date after the birth date...), checked after
    // every cell converted. Each issue names its column (or none) and says why in French.
    virtual QList<ImportIssue> validate(const ImportRow &row);

    // How many valid rows the framework hands over at once.
    virtual int preferredBatchSize() const;

    virtual Status write(const QList<ImportRow> &rows) = 0;

    // After the last row, before the audit row and the commit (flush, rebuild an index...).
    virtual Status finish();
};

} // namespace OpenMairie::Core
