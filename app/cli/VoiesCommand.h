#pragma once

#include "CliCommandRegistry.h"

namespace OpenMairie::Cli {

class CliWorkspace;

// openmairie-cli voies list | add CODE | retire CODE: the streets of the commune, for scripts
// (a partner loads a whole file with « import core.voies »). Changes need core.voie.modifier.
class VoiesCommand
{
public:
    static QList<Core::CliCommand> describe(CliWorkspace &workspace);

private:
    static int list(CliWorkspace &workspace, Core::CliInvocation &invocation);
    static int add(CliWorkspace &workspace, Core::CliInvocation &invocation);
    static int retire(CliWorkspace &workspace, Core::CliInvocation &invocation);
};

} // namespace OpenMairie::Cli
