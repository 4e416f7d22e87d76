#pragma once

#include "TextDecoder.h"

#include <QString>

#include <functional>

namespace OpenMairie::Core {

// How one file is imported; the agent chooses in the import dialog, a partner on the command line.
struct OPENMAIRIE_CORE_EXPORT ImportOptions
{
    enum class Mode {
        AllOrNothing,     // one bad line refuses the file: what the agent expects by default
        ImportValidLines, // the valid lines are imported, the others go to the reject file
    };

    Mode mode = Mode::AllOrNothing;
    // Simulation: the whole import runs, sink included, so that the report is exactly what the
    // real import would say (a key already in the database is found too); its transaction is then
    // rolled back, and nothing is written.
    bool dryRun = false;
    TextEncoding encoding = TextEncoding::Undetermined; // forced encoding; Undetermined: detected
    char separator = 0;                                 // forced separator; 0: detected
    QString rejectFilePath;                             // where refused lines go; empty: nowhere
    QString sourceName;                                 // the file's name, for the report and the audit
};

struct OPENMAIRIE_CORE_EXPORT ImportProgress
{
    qint64 bytesRead = 0;
    qint64 bytesTotal = -1; // -1 when the size is unknown (a pipe)
    qint64 lines = 0;       // data lines read so far
};

using ImportProgressCallback = std::function<void(const ImportProgress &)>;

} // namespace OpenMairie::Core
