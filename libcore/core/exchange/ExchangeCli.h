#pragma once

#include "CliCommandRegistry.h"

namespace OpenMairie::Core {

class ImportRegistry;
class ImportService;

// « openmairie-cli import --objet ID FICHIER »: the import dialog for scripts, over every object
// declared in the ImportRegistry (core.voies today, the modules' objects as they come). Same
// framework, same report, same rules (all-or-nothing unless --partiel, simulation with --dry-run).
//
// Exit codes: 0 imported (or simulation passed), 4 file refused (report on stderr, database
// unchanged), 2 command line, 3 rights, 1 technical failure (rolled back).
class OPENMAIRIE_CORE_EXPORT ExchangeCli
{
public:
    static CliCommand importCommand(const ImportRegistry &registry, const ImportService &service);

private:
    static int runImport(const ImportRegistry &registry, const ImportService &service, CliInvocation &invocation);
};

} // namespace OpenMairie::Core
