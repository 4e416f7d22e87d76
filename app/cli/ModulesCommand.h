#pragma once

#include "CliCommandRegistry.h"

namespace OpenMairie::Cli {

class CliWorkspace;

// openmairie-cli modules: the modules found on this machine, active or refused with the reason.
// No database, no sign-in: it answers "why is my module missing?" before anything else works.
class ModulesCommand
{
public:
    static Core::CliCommand describe(CliWorkspace &workspace);

private:
    static int run(CliWorkspace &workspace, Core::CliInvocation &invocation);
};

} // namespace OpenMairie::Cli
