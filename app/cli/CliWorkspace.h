#pragma once

#include "CliCommandRegistry.h"
#include "ConnectionProfile.h"

namespace OpenMairie::Core {
class CoreServices;
}

namespace OpenMairie::Cli {

class PasswordSource;

// What the commands share in one run of openmairie-cli: the core services, the password source,
// and the steps every command repeats (find the database, open it, sign in, check the profile).
// Each step prints its own French error and returns the exit code; ExitOk means go on.
class CliWorkspace
{
public:
    enum class Access { AnyUser, Administrator };
    // FromOption: --commune picks the working commune; AccountDefault: the account's first one
    // (commands where --commune names something else, such as "communes add").
    enum class CommuneChoice { FromOption, AccountDefault };

    CliWorkspace(Core::CoreServices &services, PasswordSource &passwords);

    Core::CoreServices &services() { return m_services; }
    PasswordSource &passwords() { return m_passwords; }

    // --db / --user, or the GUI's saved profile, or the default local file.
    int resolveProfile(Core::CliInvocation &invocation, Core::ConnectionProfile *profile);
    // The role's server password on PostgreSQL; nothing on SQLite (the file needs none).
    Core::Result<QString> connectionPassword(const Core::ConnectionProfile &profile);

    // Opens an existing OpenMairie database and leaves its schema as it is (status, migrate,
    // backup, restore must see it unchanged).
    int openAsIs(Core::CliInvocation &invocation);
    // Opens it and brings the schema up to date as the GUI does (business commands, demo): a
    // module whose data are not up to date cannot work.
    int openForWork(Core::CliInvocation &invocation);

    // SQLite: the account given by --user and its password; PostgreSQL: the role already
    // authenticated by the server. --commune chooses the working commune among the account's.
    int signIn(Core::CliInvocation &invocation, Access access, const QString &commandName,
               CommuneChoice communeChoice = CommuneChoice::FromOption);

private:
    int checkIsOpenMairie(Core::CliInvocation &invocation);

    Core::CoreServices &m_services;
    PasswordSource &m_passwords;
};

} // namespace OpenMairie::Cli
