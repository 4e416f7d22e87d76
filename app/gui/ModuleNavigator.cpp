#include "ModuleNavigator.h"

#include "Icons.h"

#include <QHeaderView>
#include <QSignalBlocker>

namespace OpenMairie::Gui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kKindRole = Qt::UserRole + 2;
enum Kind { HomeItem = 1, GroupItem = 2, EntryItem = 3 };
} // namespace

ModuleNavigator::ModuleNavigator(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("moduleNavigator"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(true);
    setIndentation(14);
    setUniformRowHeights(true);
    setIconSize(QSize(18, 18));
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(200);
    setAccessibleName(tr("Navigation par module"));
    setStyleSheet(QStringLiteral(
        "QTreeWidget#moduleNavigator { background: #e9eef5; border: none; border-right: 1px solid #cfd6df; outline: 0; }"
        "QTreeWidget#moduleNavigator::item { padding: 4px 2px; }"
        "QTreeWidget#moduleNavigator::item:selected { background: #cddbed; color: #102a46; }"
        "QTreeWidget#moduleNavigator::item:hover:!selected { background: #dde6f1; }"));

    setExpandsOnDoubleClick(false);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item, true); });
    // Enter, or a double click: opening twice only focuses the tab, but a heading must not toggle twice.
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item, false); });
}

void ModuleNavigator::setCatalog(const NavigationCatalog &catalog)
{
    clear();
    auto *home = new QTreeWidgetItem(this, {tr("Accueil")});
    home->setIcon(0, Icons::get(QStringLiteral("accueil")));
    home->setData(0, kKindRole, HomeItem);
    home->setData(0, kIdRole, QString::fromLatin1(kHomeId));

    QFont groupFont = font();
    groupFont.setBold(true);
    for (const NavigationGroup &group : catalog.groups()) {
        auto *groupItem = new QTreeWidgetItem(this, {group.title});
        groupItem->setData(0, kKindRole, GroupItem);
        groupItem->setFont(0, groupFont);
        groupItem->setIcon(0, Icons::get(QStringLiteral("module")));
        groupItem->setToolTip(0, group.description);
        for (const CoreUi::NavigationEntry &entry : group.entries) {
            auto *item = new QTreeWidgetItem(groupItem, {entry.title});
            item->setData(0, kKindRole, EntryItem);
            item->setData(0, kIdRole, entry.id);
            item->setIcon(0, entry.icon.isNull() ? Icons::get(QStringLiteral("vue")) : entry.icon);
            item->setToolTip(0, entry.title);
        }
        groupItem->setExpanded(true);
    }
    if (catalog.isEmpty()) {
        auto *none = new QTreeWidgetItem(this, {tr("Aucun module disponible")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setForeground(0, QColor(0x6b, 0x75, 0x82));
    }
    selectEntry(QString::fromLatin1(kHomeId));
}

QTreeWidgetItem *ModuleNavigator::itemForEntry(const QString &id) const
{
    for (QTreeWidgetItemIterator it(const_cast<ModuleNavigator *>(this)); *it; ++it)
        if ((*it)->data(0, kIdRole).toString() == id)
            return *it;
    return nullptr;
}

QStringList ModuleNavigator::groupTitles() const
{
    QStringList titles;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, kKindRole).toInt() == GroupItem)
            titles.append(topLevelItem(i)->text(0));
    return titles;
}

void ModuleNavigator::selectEntry(const QString &id)
{
    const QSignalBlocker blocker(this);
    if (QTreeWidgetItem *item = itemForEntry(id))
        setCurrentItem(item);
    else
        clearSelection();
}

void ModuleNavigator::activate(QTreeWidgetItem *item, bool clicked)
{
    if (!item)
        return;
    switch (item->data(0, kKindRole).toInt()) {
    case HomeItem:
        emit homeActivated();
        break;
    case EntryItem:
        emit entryActivated(item->data(0, kIdRole).toString());
        break;
    case GroupItem:
        if (clicked)
            item->setExpanded(!item->isExpanded());
        break;
    default:
        break;
    }
}

} // namespace OpenMairie::Gui
