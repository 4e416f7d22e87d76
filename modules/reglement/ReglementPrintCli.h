#pragma once

#include "Result.h"

namespace OpenMairie::Core {
class CliCommandRegistry;
class CliInvocation;
} // namespace OpenMairie::Core

namespace OpenMairie::Reglement {

class ArretePrinting;

// « reglement print arrete » and « reglement print registre »: the same PDF/A documents as the
// GUI's preview, written by a script on a server without display. The file appears only when
// complete; errors go to stderr in French with the documented exit codes.
class ReglementPrintCli
{
public:
    explicit ReglementPrintCli(ArretePrinting &printing);

    Core::Status registerCommands(Core::CliCommandRegistry &registry);

    int printArrete(Core::CliInvocation &invocation);
    int printRegister(Core::CliInvocation &invocation);

private:
    ArretePrinting &m_printing;
};

} // namespace OpenMairie::Reglement
