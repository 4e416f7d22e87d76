#pragma once

#include "openmairie_coreui_export.h"

#include <QIcon>
#include <QList>
#include <QString>
#include <QtPlugin>

#include <functional>

class QWidget;

namespace OpenMairie::CoreUi {

// One entry of the navigator at the left of the main window: a view of the module, opened in a tab.
struct OPENMAIRIE_COREUI_EXPORT NavigationEntry
{
    QString id;          // "reglement.arretes": unique, used to reopen the same tab
    QString title;       // "Arrêtés municipaux"
    QString group;       // heading in the navigator, usually the module's name
    QIcon icon;
    QString permission;  // the entry is shown only when the session has this right
    std::function<QWidget *(QWidget *parent)> createView;
    // Shows a record or starts an action inside a view made by createView, for the links of the global
    // search and the dashboard (Core::RecordLink::target: "arrete:42", "nouveau"). Returns false for a
    // target it does not know. Optional: without it a link only opens the view.
    std::function<bool(QWidget *view, const QString &target)> openTarget;
};

// What a module adds to the GUI. Optional: a module may offer only CLI commands and services.
class OPENMAIRIE_COREUI_EXPORT IModuleUi
{
public:
    virtual ~IModuleUi();
    virtual QList<NavigationEntry> navigationEntries() = 0;
};

} // namespace OpenMairie::CoreUi

#define OpenMairie_IModuleUi_iid "fr.openmairie.IModuleUi/1"
Q_DECLARE_INTERFACE(OpenMairie::CoreUi::IModuleUi, OpenMairie_IModuleUi_iid)
