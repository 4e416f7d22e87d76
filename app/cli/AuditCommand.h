#pragma once

#include "CliCommandRegistry.h"

namespace OpenMairie::Core {
struct AuditFilter;
}

namespace OpenMairie::Cli {

class CliWorkspace;

// openmairie-cli audit list|export: the audit journal, filtered as on the screen.
class AuditCommand
{
public:
    static QList<Core::CliCommand> describe(CliWorkspace &workspace);

private:
    static QList<QCommandLineOption> filterOptions();
    static int readFilter(Core::CliInvocation &invocation, Core::AuditFilter *filter);
    static int list(CliWorkspace &workspace, Core::CliInvocation &invocation);
    static int exportCsv(CliWorkspace &workspace, Core::CliInvocation &invocation);
};

} // namespace OpenMairie::Cli
