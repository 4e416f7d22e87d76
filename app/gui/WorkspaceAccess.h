#pragma once

#include "ConnectionProbe.h"
#include "CoreServices.h"

namespace OpenMairie::Gui {

// The shell's doors into a workspace, above CoreServices: open a base and sign in, create a base,
// test a profile, sign out. The dialogs call these and only show their results.
class WorkspaceAccess
{
public:
    explicit WorkspaceAccess(Core::CoreServices &services);

    Core::CoreServices &services() { return m_services; }

    // Opens the base when needed (migrations included) and signs in. On PostgreSQL the login is the
    // server role and the password the server's; on a SQLite seat the password is checked against
    // the application account (with its lockout).
    Core::Result<Core::WorkspaceReport> signIn(const Core::ConnectionProfile &profile, const QString &login,
                                               const QString &password, const QString &codeInsee = {});
    // Creates the base, its commune and its administrator, then signs the administrator in.
    Core::Result<Core::WorkspaceReport> createWorkspace(const Core::InitRequest &request);
    ProbeResult probe(const Core::ConnectionProfile &profile, const QString &password);
    void signOut();

    // The base as it is open now (empty profile when none).
    Core::ConnectionProfile currentProfile() const;

private:
    Core::CoreServices &m_services;
};

} // namespace OpenMairie::Gui
