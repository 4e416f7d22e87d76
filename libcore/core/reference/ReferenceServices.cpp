#include "ReferenceServices.h"

#include "VoieImport.h"

#include "ImportRegistry.h"
#include "Permissions.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ReferenceServices)
};
} // namespace

ReferenceServices::ReferenceServices(DatabaseManager &database, Session &session, Permissions &permissions)
    : m_parameters(database, session, permissions, m_registry)
    , m_tables(database, session, permissions)
    , m_voies(database, session, permissions)
{
    permissions.declare(QStringLiteral("core"), permissionDeclarations());
}

QList<PermissionDeclaration> ReferenceServices::permissionDeclarations()
{
    return {
        {ParameterService::kPermissionModifier,
         Tr::tr("modifier les paramètres de la commune : maire, adresse, logo, options des modules"),
         QStringLiteral("administrateur")},
        {ReferenceTableService::kPermissionModifier,
         Tr::tr("modifier les tables de référence partagées : pays, nationalités, civilités, types de voie"),
         QStringLiteral("administrateur")},
        {VoieService::kPermissionModifier, Tr::tr("modifier les voies de la commune et leurs plages de numéros"),
         QStringLiteral("super_utilisateur")},
        {VoieService::kPermissionImporter, Tr::tr("importer les voies de la commune"),
         QStringLiteral("super_utilisateur")},
    };
}

Status ReferenceServices::declareImports(ImportRegistry &imports)
{
    return imports.declare(VoieImport::definition());
}

} // namespace OpenMairie::Core
