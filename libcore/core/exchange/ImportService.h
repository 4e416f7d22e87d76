#pragma once

#include "CancellationToken.h"
#include "ExchangeActor.h"
#include "ImportDefinition.h"
#include "ImportOptions.h"
#include "ImportReport.h"

namespace OpenMairie::Core {

class DatabaseManager;
class Permissions;
class Session;

// What the import dialog shows once a file is chosen, before anything is imported.
struct OPENMAIRIE_CORE_EXPORT CsvFileInspection
{
    TextEncoding encoding = TextEncoding::Undetermined;
    char separator = ';';
    bool separatorFound = false;
    QStringList header;
};

// The entry point of imports for the GUI and the CLI: checks the right, captures who imports for
// which commune, opens the file and runs the import on the calling thread's own connection.
//
// authorize() reads the Session and must be called in its thread; importFile() may then run in a
// worker thread with the actor it returned.
class OPENMAIRIE_CORE_EXPORT ImportService
{
public:
    ImportService(DatabaseManager &database, const Session &session, const Permissions &permissions);

    Result<ExchangeActor> authorize(const ImportDefinition &definition) const;

    ImportReport importFile(const ImportDefinition &definition, const QString &filePath, const ImportOptions &options,
                            const ExchangeActor &actor, const ImportProgressCallback &progress = {},
                            const CancellationToken *cancel = nullptr) const;

    Result<CsvFileInspection> inspect(const QString &filePath, const ImportOptions &options = {}) const;
    Status saveModelFile(const ImportDefinition &definition, const QString &filePath) const;

    // "<dossier>/<nom>_rejets.csv", beside the imported file.
    static QString defaultRejectFilePath(const QString &filePath);

private:
    DatabaseManager &m_database;
    const Session &m_session;
    const Permissions &m_permissions;
};

} // namespace OpenMairie::Core
