#pragma once

#include "ArreteState.h"

#include "Result.h"

namespace OpenMairie::Core {
class CliCommandRegistry;
class CliInvocation;
} // namespace OpenMairie::Core

namespace OpenMairie::Reglement {

class ArreteService;

// The "reglement …" commands of openmairie-cli, for scripts and batch work: list, show, add,
// abrogate, cancel and categories. They call the same service as the GUI; errors go to stderr in
// French with the documented exit codes.
class ReglementCli
{
public:
    explicit ReglementCli(ArreteService &service);

    Core::Status registerCommands(Core::CliCommandRegistry &registry);

    int list(Core::CliInvocation &invocation);
    int show(Core::CliInvocation &invocation);
    int add(Core::CliInvocation &invocation);
    int end(Core::CliInvocation &invocation, ArreteState target);
    int categories(Core::CliInvocation &invocation);

private:
    ArreteService &m_service;
};

} // namespace OpenMairie::Reglement
