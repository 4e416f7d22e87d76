#include "NavigationCatalog.h"

#include "ModuleManager.h"
#include "Permissions.h"

#include <algorithm>

namespace OpenMairie::Gui {

NavigationCatalog NavigationCatalog::build(const Core::ModuleManager &modules, const Core::Permissions &permissions)
{
    NavigationCatalog catalog;
    for (const Core::ModuleSpec *spec : modules.activeModules()) {
        auto *ui = qobject_cast<CoreUi::IModuleUi *>(modules.moduleObject(spec->id()));
        if (!ui)
            continue;
        const QList<CoreUi::NavigationEntry> entries = ui->navigationEntries();
        for (const CoreUi::NavigationEntry &entry : entries) {
            if (entry.id.isEmpty() || !entry.createView)
                continue;
            // A right the module forgot to declare is refused by Permissions: the entry stays hidden,
            // the safe side. An entry without a right is open to every signed-in agent.
            if (!entry.permission.isEmpty() && !permissions.sessionAllows(entry.permission))
                continue;
            if (catalog.entry(entry.id))
                continue;
            const QString title = entry.group.isEmpty() ? spec->name() : entry.group;
            auto group = std::find_if(catalog.m_groups.begin(), catalog.m_groups.end(),
                                      [&](const NavigationGroup &g) { return g.title == title; });
            if (group == catalog.m_groups.end()) {
                catalog.m_groups.append({title, spec->description(), {}, {}});
                group = std::prev(catalog.m_groups.end());
            }
            if (!group->moduleIds.contains(spec->id())) {
                group->moduleIds.append(spec->id());
                if (group->moduleIds.size() > 1)
                    group->description.clear();
            }
            group->entries.append(entry);
        }
    }
    return catalog;
}

qsizetype NavigationCatalog::entryCount() const
{
    qsizetype n = 0;
    for (const NavigationGroup &g : m_groups)
        n += g.entries.size();
    return n;
}

const CoreUi::NavigationEntry *NavigationCatalog::entry(const QString &id) const
{
    for (const NavigationGroup &g : m_groups)
        for (const CoreUi::NavigationEntry &e : g.entries)
            if (e.id == id)
                return &e;
    return nullptr;
}

} // namespace OpenMairie::Gui
