#pragma once

#include "Profile.h"
#include "Result.h"

#include <QSqlDatabase>

namespace OpenMairie::Core {

class Permissions;

// The PostgreSQL side of an agent's account: his LOGIN role, its password and its membership of
// the group roles that carry the table privileges (SecurityRoleNames). Runs in the caller's
// transaction; the connected role needs CREATEROLE (the installer's administrator has it).
class OPENMAIRIE_CORE_EXPORT AgentRoles
{
public:
    AgentRoles(const QSqlDatabase &db, const Permissions &permissions);

    Result<bool> exists(const QString &login) const;
    // Creates the LOGIN role (password empty: an existing role of the server is attached as it is).
    Status create(const QString &login, const QString &password);
    Status setPassword(const QString &login, const QString &password);
    Status setCanLogin(const QString &login, bool canLogin);
    // Memberships that follow from the profile and the rights matrix: the agents' group always,
    // each module's reader/writer group when the profile holds a right of that module. An
    // administrator also joins the schema owner's role (he manages accounts and the schema).
    Status synchronize(const QString &login, Profile profile, bool active);
    // After a change of the rights matrix: every account again.
    Status synchronizeAll();

private:
    Status run(const QString &formatSql, const QVariantList &arguments) const;
    Result<QStringList> modulesWithTables() const;
    Result<QString> databaseName() const;

    QSqlDatabase m_db;
    const Permissions &m_permissions;
};

} // namespace OpenMairie::Core
