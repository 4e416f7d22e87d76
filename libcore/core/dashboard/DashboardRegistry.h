#pragma once

#include "DashboardWidgetDefinition.h"
#include "Profile.h"

#include <QList>

namespace OpenMairie::Core {

class Permissions;

// The dashboard widgets the modules declare when they start, in the order of declaration (the
// default layout).
class OPENMAIRIE_CORE_EXPORT DashboardRegistry
{
public:
    // Refuses an incorrect definition or an id already taken.
    Status declare(const DashboardWidgetDefinition &definition);
    void removeModule(const QString &module);

    const QList<DashboardWidgetDefinition> &definitions() const { return m_definitions; }
    const DashboardWidgetDefinition *find(const QString &id) const;
    // The widgets a profile may see (its rights), in the order of declaration.
    QList<DashboardWidgetDefinition> visibleTo(const Permissions &permissions, Profile profile) const;

private:
    QList<DashboardWidgetDefinition> m_definitions;
};

} // namespace OpenMairie::Core
