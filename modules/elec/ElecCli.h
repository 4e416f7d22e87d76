#pragma once

#include "Result.h"

namespace OpenMairie::Core {
class CliCommandRegistry;
class CliInvocation;
class DatabaseManager;
class Permissions;
class Session;
} // namespace OpenMairie::Core

namespace OpenMairie::Elec {

class ElecService;

// The « openmairie-cli elec ... » commands: import of a REU extract, search, duplicates report,
// refonte. They drive the same services as the GUI; the global --commune chooses the commune.
class ElecCli
{
public:
    ElecCli(ElecService &service, Core::DatabaseManager &database, Core::Session &session, Core::Permissions &permissions);

    Core::Status registerCommands(Core::CliCommandRegistry &registry);

    int importExtract(Core::CliInvocation &cli);
    int search(Core::CliInvocation &cli);
    int duplicates(Core::CliInvocation &cli);
    int refonte(Core::CliInvocation &cli);

private:
    ElecService &m_service;
    Core::DatabaseManager &m_database;
    Core::Session &m_session;
    Core::Permissions &m_permissions;
};

} // namespace OpenMairie::Elec
