#pragma once

#include "CliCommandRegistry.h"

namespace OpenMairie::Cli {

class CliWorkspace;

// openmairie-cli droits list|set|reset: the rights matrix (lowest profile holding each right).
class RightsCommand
{
public:
    static QList<Core::CliCommand> describe(CliWorkspace &workspace);

private:
    static int list(CliWorkspace &workspace, Core::CliInvocation &invocation);
    static int set(CliWorkspace &workspace, Core::CliInvocation &invocation);
    static int reset(CliWorkspace &workspace, Core::CliInvocation &invocation);
};

} // namespace OpenMairie::Cli
