#pragma once

#include "Result.h"

namespace OpenMairie::Core {
class CliCommandRegistry;
class CliInvocation;
} // namespace OpenMairie::Core

namespace OpenMairie::Cimetiere {

class CimetiereAccess;
class ConcessionService;
class CimetiereImport;
class PlotService;

// The module's console commands: `cimetiere echeances` and `cimetiere import`. They parse and print;
// the rules live in the services and the import.
class CimetiereCli
{
public:
    CimetiereCli(CimetiereAccess &access, ConcessionService &concessions, PlotService &plots, CimetiereImport *import);

    Core::Status registerCommands(Core::CliCommandRegistry &registry);
    int echeances(Core::CliInvocation &cli);
    int importFiles(Core::CliInvocation &cli);
    int recalculate(Core::CliInvocation &cli);

private:
    CimetiereAccess &m_access;
    ConcessionService &m_concessions;
    PlotService &m_plots;
    CimetiereImport *m_import;
};

} // namespace OpenMairie::Cimetiere
