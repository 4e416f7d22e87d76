#pragma once

#include "ModuleSpec.h"

#include <QString>

namespace OpenMairie::Documents {
class DocumentServices;
}

namespace OpenMairie::Core {

class AuditTrail;
class CliCommandRegistry;
class CommuneService;
class CoreServices;
class DashboardRegistry;
class SearchRegistry;
class ExportService;
class ImportRegistry;
class ImportService;
class ReferenceServices;
class StoredQueryRegistry;
class DatabaseManager;
class Permissions;
class Session;

// What a module receives from the shell: the services it may use, injected, never global.
// It lives as long as the module is initialised.
class OPENMAIRIE_CORE_EXPORT ModuleContext
{
public:
    ModuleContext(CoreServices &services, const ModuleSpec &spec);

    const ModuleSpec &spec() const { return m_spec; }
    QString moduleId() const { return m_spec.id(); }

    DatabaseManager &database() const;
    Session &session() const;
    Permissions &permissions() const;
    AuditTrail &audit() const;
    CommuneService &communes() const;
    CliCommandRegistry &cli() const;
    Documents::DocumentServices &documents() const;
    // Where the module declares its importable objects and stored queries (removed when it stops).
    ImportRegistry &imports() const;
    StoredQueryRegistry &storedQueries() const;
    ImportService &importer() const;
    ExportService &exporter() const;
    // Commune parameters (declare the module's own in initialize()), reference tables, voies.
    ReferenceServices &references() const;
    // Where the module declares its home-page widgets and its global search providers.
    DashboardRegistry &dashboardWidgets() const;
    SearchRegistry &searchProviders() const;

    // QSettings group reserved to the module ("modules/<id>").
    QString settingsGroup() const;

private:
    CoreServices &m_services;
    const ModuleSpec &m_spec;
};

} // namespace OpenMairie::Core
