#include "DashboardRegistry.h"

#include "Permissions.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::DashboardRegistry)
};
} // namespace

Status DashboardRegistry::declare(const DashboardWidgetDefinition &definition)
{
    if (const QString problem = definition.problem(); !problem.isEmpty())
        return Error(problem + u' ' + Tr::tr("Signalez-le au prestataire du module."), definition.id,
                     Error::Kind::InvalidInput);
    if (find(definition.id))
        return Error(Tr::tr("L'élément de tableau de bord « %1 » est déclaré deux fois : signalez-le au prestataire.")
                         .arg(definition.title),
                     definition.id, Error::Kind::Conflict);
    m_definitions.append(definition);
    return {};
}

void DashboardRegistry::removeModule(const QString &module)
{
    m_definitions.removeIf([&module](const DashboardWidgetDefinition &d) { return d.module == module; });
}

const DashboardWidgetDefinition *DashboardRegistry::find(const QString &id) const
{
    for (const DashboardWidgetDefinition &d : m_definitions)
        if (d.id == id)
            return &d;
    return nullptr;
}

QList<DashboardWidgetDefinition> DashboardRegistry::visibleTo(const Permissions &permissions, Profile profile) const
{
    QList<DashboardWidgetDefinition> out;
    for (const DashboardWidgetDefinition &d : m_definitions)
        if (permissions.allows(profile, d.permission))
            out.append(d);
    return out;
}

} // namespace OpenMairie::Core
