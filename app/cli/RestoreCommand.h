#pragma once

#include "CliCommandRegistry.h"

namespace OpenMairie::Cli {

class CliWorkspace;

// openmairie-cli restore FICHIER: replaces the SQLite seat by a backup after checking it; the
// replaced file is kept beside it (administrator of the current base). When no base exists at that
// place any more (lost disk), the checked backup is simply put there.
class RestoreCommand
{
public:
    static Core::CliCommand describe(CliWorkspace &workspace);

private:
    static int run(CliWorkspace &workspace, Core::CliInvocation &invocation);
};

} // namespace OpenMairie::Cli
