#include "ModuleContext.h"

#include "CoreServices.h"

namespace OpenMairie::Core {

ModuleContext::ModuleContext(CoreServices &services, const ModuleSpec &spec) : m_services(services), m_spec(spec) {}

DatabaseManager &ModuleContext::database() const { return m_services.database(); }
Session &ModuleContext::session() const { return m_services.session(); }
Permissions &ModuleContext::permissions() const { return m_services.permissions(); }
AuditTrail &ModuleContext::audit() const { return m_services.audit(); }
CommuneService &ModuleContext::communes() const { return m_services.communes(); }
CliCommandRegistry &ModuleContext::cli() const { return m_services.cli(); }
Documents::DocumentServices &ModuleContext::documents() const { return m_services.documents(); }
ImportRegistry &ModuleContext::imports() const { return m_services.imports(); }
ReferenceServices &ModuleContext::references() const { return m_services.references(); }
StoredQueryRegistry &ModuleContext::storedQueries() const { return m_services.storedQueries(); }
ImportService &ModuleContext::importer() const { return m_services.importer(); }
ExportService &ModuleContext::exporter() const { return m_services.exporter(); }
DashboardRegistry &ModuleContext::dashboardWidgets() const { return m_services.dashboardWidgets(); }
SearchRegistry &ModuleContext::searchProviders() const { return m_services.searchProviders(); }

QString ModuleContext::settingsGroup() const
{
    return QStringLiteral("modules/") + m_spec.id();
}

} // namespace OpenMairie::Core
