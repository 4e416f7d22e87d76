#pragma once

#include "ModuleSpec.h"
#include "ParameterRegistry.h"
#include "ParameterService.h"
#include "ReferenceTableService.h"
#include "VoieService.h"

namespace OpenMairie::Core {

class DatabaseManager;
class ImportRegistry;
class Permissions;
class Session;

// The commune's parameters and the reference tables, as CoreServices owns them and hands them to
// modules (ModuleContext::references()). Declares the core rights they check.
class OPENMAIRIE_CORE_EXPORT ReferenceServices
{
public:
    ReferenceServices(DatabaseManager &database, Session &session, Permissions &permissions);

    ParameterRegistry &parameterRegistry() { return m_registry; }
    ParameterService &parameters() { return m_parameters; }
    ReferenceTableService &tables() { return m_tables; }
    VoieService &voies() { return m_voies; }

    static QList<PermissionDeclaration> permissionDeclarations();
    // The "core.voies" CSV import.
    Status declareImports(ImportRegistry &imports);

private:
    ParameterRegistry m_registry;
    ParameterService m_parameters;
    ReferenceTableService m_tables;
    VoieService m_voies;
};

} // namespace OpenMairie::Core
