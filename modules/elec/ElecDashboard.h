#pragma once

#include "dashboard/DashboardWidgetDefinition.h"

#include <QList>

namespace OpenMairie::Elec {

// The home-page widgets of openElec: mouvements to decide with their deadlines, late ones, and the
// number of inscrits per list and per bureau. Computed on the dashboard's worker threads.
class ElecDashboard
{
public:
    static QList<Core::DashboardWidgetDefinition> definitions();

    static Core::Result<Core::DashboardValue> aDecider(const Core::DashboardDataRequest &request);
    static Core::Result<Core::DashboardValue> enRetard(const Core::DashboardDataRequest &request);
    static Core::Result<Core::DashboardValue> inscritsParListe(const Core::DashboardDataRequest &request);
    static Core::Result<Core::DashboardValue> inscritsParBureau(const Core::DashboardDataRequest &request);
};

} // namespace OpenMairie::Elec
