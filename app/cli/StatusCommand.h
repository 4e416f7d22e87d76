#pragma once

#include "CliCommandRegistry.h"

namespace OpenMairie::Cli {

class CliWorkspace;

// openmairie-cli status: the database, its schema per module (applied / known, up to date, steps
// changed since applied), the communes and the number of accounts. Any signed-in user.
class StatusCommand
{
public:
    static Core::CliCommand describe(CliWorkspace &workspace);

private:
    static int run(CliWorkspace &workspace, Core::CliInvocation &invocation);
};

} // namespace OpenMairie::Cli
