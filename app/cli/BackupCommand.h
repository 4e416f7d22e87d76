#pragma once

#include "CliCommandRegistry.h"
#include "ConnectionProfile.h"

namespace OpenMairie::Cli {

class CliWorkspace;

// openmairie-cli backup FICHIER: a consistent copy of a SQLite seat, even while the GUI has it
// open (administrator). PostgreSQL servers are saved with pg_dump: the command says how.
class BackupCommand
{
public:
    static Core::CliCommand describe(CliWorkspace &workspace);
    // The French answer for a PostgreSQL base, with the server tools' command line filled in.
    static Core::Error postgresAdvice(const Core::ConnectionProfile &profile, bool restoring);

private:
    static int run(CliWorkspace &workspace, Core::CliInvocation &invocation);
};

} // namespace OpenMairie::Cli
