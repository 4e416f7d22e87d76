#pragma once

#include "dashboard/DashboardWidgetDefinition.h"

namespace OpenMairie::Cimetiere {

// The module's home-page widgets: concessions expired or expiring within 12 months, operations in
// progress, occupancy per cemetery. Computed on a worker thread from the request only.
class CimetiereDashboard
{
public:
    static constexpr int kMonthsAhead = 12;
    static QList<Core::DashboardWidgetDefinition> definitions();

    static Core::Result<Core::DashboardValue> expiries(const Core::DashboardDataRequest &request);
    static Core::Result<Core::DashboardValue> pendingOperations(const Core::DashboardDataRequest &request);
    static Core::Result<Core::DashboardValue> occupancy(const Core::DashboardDataRequest &request);
};

} // namespace OpenMairie::Cimetiere
