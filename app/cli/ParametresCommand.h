#pragma once

#include "CliCommandRegistry.h"

namespace OpenMairie::Cli {

class CliWorkspace;

// openmairie-cli parametres list | set NOM VALEUR | reset NOM: the commune's parameters (those
// documents print as &nom and the modules' options). Setting needs core.parametre.modifier; an
// image parameter (logo) takes the path of an image file.
class ParametresCommand
{
public:
    static QList<Core::CliCommand> describe(CliWorkspace &workspace);

private:
    static int list(CliWorkspace &workspace, Core::CliInvocation &invocation);
    static int set(CliWorkspace &workspace, Core::CliInvocation &invocation);
    static int reset(CliWorkspace &workspace, Core::CliInvocation &invocation);
};

} // namespace OpenMairie::Cli
