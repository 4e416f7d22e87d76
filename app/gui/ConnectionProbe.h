#pragma once

#include "ConnectionProfile.h"
#include "MigrationStep.h"

namespace OpenMairie::Gui {

// What "Tester la connexion" found at the end of a profile.
struct ProbeResult
{
    Core::Status status;         // the French reason when the base cannot be opened
    bool containsOpenMairie = false;
    int coreSchemaVersion = 0;
};

// Opens a profile on its own connection, in a worker thread, and says whether the base already holds
// OpenMairie data. The shell's own connection is never touched: cancelling a dialog after a test
// leaves the session as it was. The calling thread keeps processing events (a server may take
// seconds to answer), so the caller disables its window meanwhile.
class ConnectionProbe
{
public:
    static ProbeResult run(const Core::ConnectionProfile &profile, const QString &password,
                           const QList<Core::ModuleMigrations> &migrations);
};

} // namespace OpenMairie::Gui
