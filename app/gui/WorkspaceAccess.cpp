#include "WorkspaceAccess.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace OpenMairie::Gui {

Q_DECLARE_LOGGING_CATEGORY(lcStartup)

using namespace OpenMairie::Core;

WorkspaceAccess::WorkspaceAccess(CoreServices &services) : m_services(services) {}

Result<WorkspaceReport> WorkspaceAccess::signIn(const ConnectionProfile &profile, const QString &login,
                                                const QString &password, const QString &codeInsee)
{
    ConnectionProfile target = profile;
    if (target.isPostgres())
        target.setRole(login.trimmed());
    WorkspaceReport report;
    // A SQLite seat stays open between attempts (the lockout counts them); on PostgreSQL every attempt
    // is a new connection, since connecting is what proves the password.
    const bool reuse = target.isSqlite() && m_services.database().isOpen()
                       && m_services.database().profile() == target;
    QElapsedTimer clock;
    clock.start();
    if (!reuse) {
        Result<WorkspaceReport> opened = m_services.openWorkspace(target, target.isPostgres() ? password : QString());
        if (!opened)
            return opened.error();
        report = opened.value();
        qCDebug(lcStartup) << "base opened and up to date in" << clock.restart() << "ms";
    }
    m_services.session().end();
    if (Status s = m_services.signIn(login.trimmed(), password, codeInsee); !s)
        return s.error();
    qCDebug(lcStartup) << "account checked in" << clock.elapsed() << "ms";
    return report;
}

Result<WorkspaceReport> WorkspaceAccess::createWorkspace(const InitRequest &request)
{
    Result<WorkspaceReport> report = m_services.initializeWorkspace(request);
    if (!report)
        return report;
    const QString password = request.profile.isPostgres() ? request.connectionPassword : request.adminPassword;
    if (Status s = m_services.signIn(request.adminLogin, password, request.codeInsee); !s)
        return s.error();
    return report;
}

ProbeResult WorkspaceAccess::probe(const ConnectionProfile &profile, const QString &password)
{
    return ConnectionProbe::run(profile, password, m_services.allMigrations());
}

void WorkspaceAccess::signOut()
{
    m_services.session().end();
}

ConnectionProfile WorkspaceAccess::currentProfile() const
{
    return m_services.database().isOpen() ? m_services.database().profile() : ConnectionProfile();
}

} // namespace OpenMairie::Gui
