#pragma once

#include "CancellationToken.h"
#include "ExchangeActor.h"
#include "ImportDefinition.h"
#include "ImportOptions.h"
#include "ImportReport.h"
#include "SqlDialect.h"

#include <QSqlDatabase>

class QIODevice;

namespace OpenMairie::Core {

// Imports one CSV file into one importable object, streaming: lines are read, converted,
// validated and handed to the sink in batches, inside one transaction with the audit row; never
// the whole file in memory. Every bad line is reported (line, column, French reason) and copied
// to the reject file with a "motif_rejet" column. All-or-nothing by default: one bad line and the
// transaction is rolled back. Cancelling rolls back too.
//
// Runs in whatever thread calls run(), on the connection it is given: the import dialog calls it
// from a worker thread with that thread's own connection.
class OPENMAIRIE_CORE_EXPORT CsvImporter
{
public:
    CsvImporter(const ImportDefinition &definition, const ExchangeActor &actor);

    void setOptions(const ImportOptions &options) { m_options = options; }
    const ImportOptions &options() const { return m_options; }
    // Called every kProgressInterval data lines and at the end, in the importing thread.
    void setProgressCallback(ImportProgressCallback callback) { m_progress = std::move(callback); }
    void setCancellationToken(const CancellationToken *token) { m_cancel = token; }

    ImportReport run(QIODevice &input, const QSqlDatabase &database, const SqlDialect &dialect);

    static constexpr int kProgressInterval = 256;
    static QString rejectColumnName() { return QStringLiteral("motif_rejet"); }

private:
    ImportDefinition m_definition;
    ExchangeActor m_actor;
    ImportOptions m_options;
    ImportProgressCallback m_progress;
    const CancellationToken *m_cancel = nullptr;
};

} // namespace OpenMairie::Core
