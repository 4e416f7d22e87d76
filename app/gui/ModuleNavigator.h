#pragma once

#include "NavigationCatalog.h"

#include <QTreeWidget>

namespace OpenMairie::Gui {

// The navigator at the left of the main window: "Accueil", then one heading per group with the
// views the agent may open. A single click opens, as in a web menu; the keyboard works too.
class ModuleNavigator final : public QTreeWidget
{
    Q_OBJECT

public:
    static constexpr auto kHomeId = "accueil";

    explicit ModuleNavigator(QWidget *parent = nullptr);

    void setCatalog(const NavigationCatalog &catalog);
    // Selects the item of a view (or the home page) without emitting anything.
    void selectEntry(const QString &id);
    QTreeWidgetItem *itemForEntry(const QString &id) const;
    QStringList groupTitles() const;

signals:
    void entryActivated(const QString &id);
    void homeActivated();

private:
    void activate(QTreeWidgetItem *item, bool clicked);
};

} // namespace OpenMairie::Gui
