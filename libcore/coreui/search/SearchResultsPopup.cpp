#include "SearchResultsPopup.h"

#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

namespace {
constexpr int kLinkRole = Qt::UserRole;
constexpr int kMinimumWidth = 420;
} // namespace

SearchResultsPopup::SearchResultsPopup(QWidget *parent)
    : QFrame(parent, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus)
{
    setObjectName(QStringLiteral("globalSearchPopup"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QFrame#globalSearchPopup { background: #ffffff; border: 1px solid #9aa7b8; }"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("globalSearchStatus"));
    m_status->setWordWrap(true);
    m_status->setContentsMargins(8, 4, 8, 4);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, QColor(0x55, 0x60, 0x6e));
    m_status->setPalette(p);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("globalSearchResults"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(12);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant link = item->data(0, kLinkRole);
        if (link.isValid())
            emit linkActivated(link.value<Core::RecordLink>());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
}

void SearchResultsPopup::showSearching(const QString &text)
{
    m_status->setText(tr("Recherche de « %1 » en cours…").arg(text));
    m_status->show();
    // The hits of the previous text are not those of this one: never leave them on show.
    m_tree->clear();
    m_tree->hide();
    adjustSize();
}

QString SearchResultsPopup::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void SearchResultsPopup::showResults(const Core::SearchResults &results)
{
    m_tree->clear();
    QFont headingFont = m_tree->font();
    headingFont.setBold(true);
    for (const Core::SearchGroup &group : results.groups) {
        auto *heading = new QTreeWidgetItem(m_tree, {group.title});
        heading->setFlags(Qt::ItemIsEnabled); // not selectable: Enter never opens a heading
        heading->setFont(0, headingFont);
        heading->setForeground(0, QColor(0x1d, 0x3f, 0x66));
        heading->setFirstColumnSpanned(true);
        for (const Core::SearchHit &hit : group.hits) {
            auto *item = new QTreeWidgetItem(m_tree, {hit.title, hit.subtitle});
            item->setData(0, kLinkRole, QVariant::fromValue(hit.link));
            item->setToolTip(0, hit.title);
            item->setToolTip(1, hit.subtitle);
            item->setForeground(1, QColor(0x55, 0x60, 0x6e));
        }
    }
    m_tree->resizeColumnToContents(0);
    if (m_tree->columnWidth(0) > 260)
        m_tree->setColumnWidth(0, 260);

    QStringList status;
    if (results.groups.isEmpty())
        status.append(tr("Aucun résultat pour « %1 ». Vérifiez l'orthographe ou tapez moins de lettres.")
                          .arg(results.text));
    for (const QString &problem : results.problems)
        status.append(problem);
    m_status->setText(status.join(u'\n'));
    m_status->setVisible(!status.isEmpty());
    m_tree->setVisible(!results.groups.isEmpty());
    if (hasHits())
        m_tree->setCurrentItem(hitItems().constFirst());
    // Enough height for every line, within reason.
    const int rows = m_tree->topLevelItemCount();
    const int rowHeight = rows > 0 ? m_tree->sizeHintForRow(0) : 0;
    m_tree->setFixedHeight(qMin(rows, 16) * rowHeight + 6);
    adjustSize();
}

void SearchResultsPopup::popUpBelow(QWidget *anchor)
{
    const int width = qMax(anchor->width(), kMinimumWidth);
    QPoint topLeft = anchor->mapToGlobal(QPoint(anchor->width() - width, anchor->height() + 2));
    if (topLeft.x() < 0)
        topLeft.setX(0);
    setFixedWidth(width);
    adjustSize();
    move(topLeft);
    show();
}

QList<QTreeWidgetItem *> SearchResultsPopup::hitItems() const
{
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, kLinkRole).isValid())
            items.append(m_tree->topLevelItem(i));
    return items;
}

bool SearchResultsPopup::hasHits() const
{
    return !hitItems().isEmpty();
}

void SearchResultsPopup::selectNext(int step)
{
    const QList<QTreeWidgetItem *> items = hitItems();
    if (items.isEmpty())
        return;
    const int current = int(items.indexOf(m_tree->currentItem()));
    const int next = current < 0 ? 0 : qBound(0, current + step, int(items.size()) - 1);
    m_tree->setCurrentItem(items.at(next));
    m_tree->scrollToItem(items.at(next));
}

Core::RecordLink SearchResultsPopup::currentLink() const
{
    const QList<QTreeWidgetItem *> items = hitItems();
    if (items.isEmpty())
        return {};
    QTreeWidgetItem *item = items.contains(m_tree->currentItem()) ? m_tree->currentItem() : items.constFirst();
    return item->data(0, kLinkRole).value<Core::RecordLink>();
}

QStringList SearchResultsPopup::lines() const
{
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, kLinkRole).isValid())
            out.append(item->text(0) + QStringLiteral(" | ") + item->text(1));
        else
            out.append(QStringLiteral("# ") + item->text(0));
    }
    return out;
}

} // namespace OpenMairie::CoreUi
