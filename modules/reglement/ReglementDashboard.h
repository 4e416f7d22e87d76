#pragma once

#include "DashboardWidgetDefinition.h"

#include <QList>

namespace OpenMairie::Reglement {

// What the register offers to the home page: the arrêtés of the year, those still to transmit to the
// préfecture (an alert), the last five with links, and the shortcut "Nouvel arrêté". The figures are
// computed on the dashboard's worker with the request's connection and commune.
class ReglementDashboard
{
public:
    static const QString kArretesAnnee;
    static const QString kATransmettre;
    static const QString kDerniersArretes;
    static const QString kNouvelArrete;

    static QList<Core::DashboardWidgetDefinition> definitions();

    static Core::Result<Core::DashboardValue> arretesOfYear(const Core::DashboardDataRequest &request);
    static Core::Result<Core::DashboardValue> awaitingTransmission(const Core::DashboardDataRequest &request);
    static Core::Result<Core::DashboardValue> latest(const Core::DashboardDataRequest &request);
};

} // namespace OpenMairie::Reglement
