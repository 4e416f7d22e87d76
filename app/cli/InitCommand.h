#pragma once

#include "CliCommandRegistry.h"

namespace OpenMairie::Cli {

class CliWorkspace;

// openmairie-cli init --commune INSEE [--user LOGIN] [--nom NOM]: creates a new database (SQLite:
// a new file, never an existing one; PostgreSQL: an existing empty database), the commune from the
// INSEE reference and the administrator.
class InitCommand
{
public:
    static Core::CliCommand describe(CliWorkspace &workspace);

private:
    static int run(CliWorkspace &workspace, Core::CliInvocation &invocation);
};

} // namespace OpenMairie::Cli
