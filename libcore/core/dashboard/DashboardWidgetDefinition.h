#pragma once

#include "DashboardDataRequest.h"
#include "DashboardValue.h"
#include "Result.h"

#include <functional>

namespace OpenMairie::Core {

enum class DashboardWidgetKind {
    Count,     // a figure: "42 arrêtés signés en 2026"
    Alert,     // a figure that calls for action when it is not zero: "3 arrêtés à transmettre"
    ShortList, // a few records with links: "Derniers arrêtés"
    Shortcut,  // a button that opens a view or starts an action: "Nouvel arrêté"; no data
};

OPENMAIRIE_CORE_EXPORT QString dashboardWidgetKindLabel(DashboardWidgetKind kind);

// A widget that a module offers to the home page. The administrator chooses, per profile, which ones
// show and in which order; an agent never sees one whose permission his profile lacks.
struct OPENMAIRIE_CORE_EXPORT DashboardWidgetDefinition
{
    using DataFunction = std::function<Result<DashboardValue>(const DashboardDataRequest &request)>;

    QString id;          // "reglement.arretes_annee": unique, stored in the layouts
    QString module;      // "reglement"
    QString title;       // "Arrêtés de l'année"
    QString description; // for the administrator's layout dialog
    DashboardWidgetKind kind = DashboardWidgetKind::Count;
    QString permission;  // required: a widget shows business data or opens an action
    RecordLink link;     // where a click on the card (or the shortcut) leads
    // Runs on a worker thread with its own connection; must use only the request. Empty for a shortcut.
    DataFunction load;

    // Why the definition cannot be accepted, in French; empty when it is correct.
    QString problem() const;
};

} // namespace OpenMairie::Core
