#pragma once

#include "CliCommandRegistry.h"

namespace OpenMairie::Cli {

class CliWorkspace;

// openmairie-cli communes list | communes add CODE_INSEE: the communes a base serves. A syndicate
// adds each member commune once (administrator); any signed-in user can list them.
class CommunesCommand
{
public:
    static Core::CliCommand describeList(CliWorkspace &workspace);
    static Core::CliCommand describeAdd(CliWorkspace &workspace);

private:
    static int list(CliWorkspace &workspace, Core::CliInvocation &invocation);
    static int add(CliWorkspace &workspace, Core::CliInvocation &invocation);
};

} // namespace OpenMairie::Cli
