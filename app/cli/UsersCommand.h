#pragma once

#include "CliCommandRegistry.h"

namespace OpenMairie::Cli {

class CliWorkspace;

// openmairie-cli users add|list|disable|enable|passwd: agents' accounts for administrators and
// partners' scripts. On PostgreSQL "add" also creates the agent's LOGIN role.
class UsersCommand
{
public:
    static constexpr const char *kNewPasswordVariable = "OPENMAIRIE_NEW_PASSWORD";
    static QList<Core::CliCommand> describe(CliWorkspace &workspace);

private:
    static int add(CliWorkspace &workspace, Core::CliInvocation &invocation);
    static int list(CliWorkspace &workspace, Core::CliInvocation &invocation);
    static int setActive(CliWorkspace &workspace, Core::CliInvocation &invocation, bool active);
    static int resetPassword(CliWorkspace &workspace, Core::CliInvocation &invocation);
    static Core::Result<QString> newPassword(CliWorkspace &workspace, const QString &login);
};

} // namespace OpenMairie::Cli
