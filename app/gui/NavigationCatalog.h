#pragma once

#include "IModuleUi.h"

#include <QList>
#include <QString>

namespace OpenMairie::Core {
class ModuleManager;
class Permissions;
} // namespace OpenMairie::Core

namespace OpenMairie::Gui {

struct NavigationGroup
{
    QString title;        // NavigationEntry::group, or the module's name
    QString description;  // the module's description when the group belongs to one module
    QStringList moduleIds;
    QList<CoreUi::NavigationEntry> entries;
};

// The views the signed-in agent may open, gathered from the modules that implement IModuleUi, in
// the modules' dependency order, filtered by the session's rights and grouped for the navigator.
class NavigationCatalog
{
public:
    static NavigationCatalog build(const Core::ModuleManager &modules, const Core::Permissions &permissions);

    const QList<NavigationGroup> &groups() const { return m_groups; }
    bool isEmpty() const { return m_groups.isEmpty(); }
    qsizetype entryCount() const;
    const CoreUi::NavigationEntry *entry(const QString &id) const;

private:
    QList<NavigationGroup> m_groups;
};

} // namespace OpenMairie::Gui
