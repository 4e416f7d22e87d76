#pragma once

#include "AuditTrail.h"
#include "BackupService.h"
#include "CliCommandRegistry.h"
#include "CommuneService.h"
#include "DatabaseManager.h"
#include "MigrationRunner.h"
#include "ModuleManager.h"
#include "Permissions.h"
#include "Session.h"
#include "UserAccountService.h"
#include "security/AuditQuery.h"
#include "security/RightsMatrix.h"
#include "dashboard/DashboardLayoutStore.h"
#include "dashboard/DashboardRegistry.h"
#include "search/SearchRegistry.h"
#include "documents/DocumentServices.h"
#include "exchange/ExportService.h"
#include "exchange/ImportRegistry.h"
#include "exchange/ImportService.h"
#include "exchange/StoredQueryRegistry.h"
#include "reference/ReferenceServices.h"

#include <QObject>

namespace OpenMairie::Core {

struct OPENMAIRIE_CORE_EXPORT WorkspaceReport
{
    QStringList appliedSteps;
    QStringList warnings;        // changed checksums...
    QStringList refusedModules;  // "arretes : raison"
};

struct OPENMAIRIE_CORE_EXPORT InitRequest
{
    ConnectionProfile profile;
    QString connectionPassword; // PostgreSQL: the role's password
    QString codeInsee;
    QString adminLogin;
    QString adminName;
    QString adminPassword;      // SQLite seat: the administrator's application password
};

// The composition root's services, created in a fixed order and destroyed in reverse (qBittorrent's
// Application). Nothing here is global: the GUI and the CLI each own one CoreServices and hand
// modules a ModuleContext made from it.
class OPENMAIRIE_CORE_EXPORT CoreServices final : public QObject
{
    Q_OBJECT

public:
    explicit CoreServices(QObject *parent = nullptr);
    ~CoreServices() override;

    DatabaseManager &database() { return m_database; }
    Session &session() { return m_session; }
    Permissions &permissions() { return m_permissions; }
    AuditTrail &audit() { return m_audit; }
    CliCommandRegistry &cli() { return m_cli; }
    ModuleManager &modules() { return m_modules; }
    CommuneService &communes() { return m_communes; }
    UserAccountService &users() { return m_users; }
    RightsMatrix &rights() { return m_rights; }
    AuditQuery &auditQuery() { return m_auditQuery; }
    BackupService &backups() { return m_backups; }
    Documents::DocumentServices &documents() { return m_documents; }
    ImportRegistry &imports() { return m_imports; }
    StoredQueryRegistry &storedQueries() { return m_storedQueries; }
    ImportService &importer() { return m_importer; }
    ExportService &exporter() { return m_exporter; }
    DashboardRegistry &dashboardWidgets() { return m_dashboardWidgets; }
    DashboardLayoutStore &dashboardLayouts() { return m_dashboardLayouts; }
    SearchRegistry &searchProviders() { return m_searchProviders; }
    // Commune parameters, shared reference tables, voies.
    ReferenceServices &references() { return m_references; }

    // Finds, loads and initialises the modules (no database needed).
    void startModules();

    // Opens an existing database and brings its schema up to date (core, then each module; a module
    // whose schema fails is refused, the others work).
    Result<WorkspaceReport> openWorkspace(const ConnectionProfile &profile, const QString &password);
    // Creates a new database: schema, the commune from the INSEE reference, the administrator.
    Result<WorkspaceReport> initializeWorkspace(const InitRequest &request);
    // Brings the open database up to date.
    Result<WorkspaceReport> migrate();
    Result<QList<ModuleSchemaState>> schemaStates();

    // Signs in and chooses the commune (the first of the account's when empty).
    Status signIn(const QString &login, const QString &password, const QString &codeInsee = {});

    QList<ModuleMigrations> allMigrations() const;

    // Rights of the core itself (accounts, rights matrix, audit journal, communes, backups).
    static QList<PermissionDeclaration> corePermissions();

private:
    DatabaseManager m_database;
    Session m_session;
    Permissions m_permissions;
    AuditTrail m_audit;
    CliCommandRegistry m_cli;
    CommuneService m_communes;
    UserAccountService m_users;
    RightsMatrix m_rights;
    AuditQuery m_auditQuery;
    BackupService m_backups;
    Documents::DocumentServices m_documents;
    ImportRegistry m_imports;
    StoredQueryRegistry m_storedQueries;
    ImportService m_importer;
    ExportService m_exporter;
    DashboardRegistry m_dashboardWidgets;
    DashboardLayoutStore m_dashboardLayouts;
    SearchRegistry m_searchProviders;
    ReferenceServices m_references;
    // Last: modules are shut down (in the destructor) while the services they use still exist.
    ModuleManager m_modules;
};

} // namespace OpenMairie::Core
