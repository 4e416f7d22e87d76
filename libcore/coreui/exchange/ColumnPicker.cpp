#include "ColumnPicker.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
} // namespace

ColumnPicker::ColumnPicker(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_up(new QPushButton(tr("Monter"), this)),
      m_down(new QPushButton(tr("Descendre"), this))
{
    m_list->setObjectName(QStringLiteral("columnList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setAccessibleName(tr("Colonnes à exporter"));
    auto *all = new QPushButton(tr("Tout cocher"), this);
    auto *none = new QPushButton(tr("Tout décocher"), this);
    m_up->setObjectName(QStringLiteral("upButton"));
    m_down->setObjectName(QStringLiteral("downButton"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addSpacing(12);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_list, &QListWidget::itemChanged, this, &ColumnPicker::changed);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &ColumnPicker::changed);
}

void ColumnPicker::setColumns(const QStringList &keys, const QStringList &labels, const QList<bool> &checked)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto *item = new QListWidgetItem(i < labels.size() ? labels.at(i) : keys.at(i), m_list);
        item->setData(kKeyRole, keys.at(i));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(i < checked.size() && !checked.at(i) ? Qt::Unchecked : Qt::Checked);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    emit changed();
}

QStringList ColumnPicker::checkedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            keys << m_list->item(i)->data(kKeyRole).toString();
    return keys;
}

void ColumnPicker::setChecked(const QString &key, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kKeyRole).toString() == key)
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ColumnPicker::setAllChecked(bool checked)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ColumnPicker::move(const QString &key, int delta)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kKeyRole).toString() == key) {
            m_list->setCurrentRow(i);
            moveCurrent(delta);
            return;
        }
    }
}

void ColumnPicker::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    emit changed();
}

} // namespace OpenMairie::CoreUi
