#pragma once

#include "CliCommandRegistry.h"

namespace OpenMairie::Cli {

class CliWorkspace;

// openmairie-cli demo: realistic demonstration data for the session's commune, each installed
// module contributing its part (IModule::populateDemoData). Administrator. Running it again adds
// nothing for the modules already filled (see DemoDataLoader).
class DemoCommand
{
public:
    static Core::CliCommand describe(CliWorkspace &workspace);

private:
    static int run(CliWorkspace &workspace, Core::CliInvocation &invocation);
};

} // namespace OpenMairie::Cli
