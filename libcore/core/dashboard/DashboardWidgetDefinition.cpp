#include "DashboardWidgetDefinition.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::DashboardWidgetDefinition)
};
} // namespace

QString dashboardWidgetKindLabel(DashboardWidgetKind kind)
{
    switch (kind) {
    case DashboardWidgetKind::Count: return Tr::tr("Compteur");
    case DashboardWidgetKind::Alert: return Tr::tr("Alerte");
    case DashboardWidgetKind::ShortList: return Tr::tr("Liste courte");
    case DashboardWidgetKind::Shortcut: return Tr::tr("Raccourci");
    }
    return {};
}

QString DashboardWidgetDefinition::problem() const
{
    if (id.isEmpty() || module.isEmpty() || title.isEmpty())
        return Tr::tr("Un élément du tableau de bord n'a pas d'identifiant, de module ou de titre.");
    if (!id.startsWith(module + u'.'))
        return Tr::tr("L'élément « %1 » doit avoir un identifiant qui commence par « %2. ».").arg(title, module);
    if (id.contains(u','))
        return Tr::tr("L'identifiant de l'élément « %1 » ne doit pas contenir de virgule.").arg(title);
    if (permission.isEmpty())
        return Tr::tr("L'élément « %1 » ne dit pas quel droit il faut pour le voir.").arg(title);
    if (kind == DashboardWidgetKind::Shortcut ? !link.isValid() : !load)
        return kind == DashboardWidgetKind::Shortcut
                   ? Tr::tr("Le raccourci « %1 » ne dit pas quelle vue il ouvre.").arg(title)
                   : Tr::tr("L'élément « %1 » n'a pas de fonction de calcul.").arg(title);
    return {};
}

} // namespace OpenMairie::Core
