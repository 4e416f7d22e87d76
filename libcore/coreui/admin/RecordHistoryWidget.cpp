#include "RecordHistoryWidget.h"

#include "AuditValueText.h"

#include "security/AuditQuery.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

using namespace OpenMairie::Core;

namespace {
// Bookkeeping columns change at every save: listing them would bury what the agent changed.
bool isBookkeeping(const QString &field)
{
    static const QStringList columns{QStringLiteral("id"),         QStringLiteral("collectivite_id"),
                                     QStringLiteral("version"),    QStringLiteral("created_at"),
                                     QStringLiteral("created_by"), QStringLiteral("updated_at"),
                                     QStringLiteral("updated_by")};
    return columns.contains(field);
}
} // namespace

RecordHistoryWidget::RecordHistoryWidget(AuditQuery &audit, const QString &table, qint64 recordId, QWidget *parent)
    : QWidget(parent), m_audit(audit), m_table(table), m_recordId(recordId), m_summary(new QLabel(this)),
      m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("recordHistory"));
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setRootIsDecorated(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    reload();
}

bool RecordHistoryWidget::reload()
{
    m_tree->clear();
    m_errorText.clear();
    Result<QList<AuditRow>> history = m_audit.history(m_table, m_recordId);
    if (!history) {
        m_summary->setStyleSheet(QStringLiteral("color: #a40000;"));
        m_errorText = history.error().message();
        m_summary->setText(m_errorText);
        return false;
    }
    m_summary->setStyleSheet({});
    m_summary->setText(history->isEmpty() ? tr("Aucun événement n'est inscrit au journal pour cette fiche.")
                                          : tr("%n événement(s), du plus ancien au plus récent.", nullptr,
                                               int(history->size())));
    for (const AuditRow &row : history.value()) {
        auto *event = new QTreeWidgetItem(m_tree);
        event->setText(0, tr("%1 — %2 — %3")
                              .arg(row.when.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), row.user,
                                   AuditRow::actionLabel(row.action)));
        QFont bold = event->font(0);
        bold.setBold(true);
        event->setFont(0, bold);
        for (const QString &field : row.changedFields()) {
            if (isBookkeeping(field))
                continue;
            QString text;
            if (row.action == u"insert")
                text = tr("%1 : « %2 »").arg(field, AuditValueText::display(row.after.value(field)));
            else if (row.action == u"delete")
                text = tr("%1 : « %2 » (supprimé)").arg(field, AuditValueText::display(row.before.value(field)));
            else
                text = AuditValueText::changeLine(field, row.before.value(field), row.after.value(field));
            new QTreeWidgetItem(event, {text});
        }
        if (!row.comment.isEmpty())
            new QTreeWidgetItem(event, {row.comment});
    }
    m_tree->expandAll();
    // The latest change is what the agent usually looks for.
    if (m_tree->topLevelItemCount() > 0)
        m_tree->scrollToItem(m_tree->topLevelItem(m_tree->topLevelItemCount() - 1));
    return true;
}

QStringList RecordHistoryWidget::lines() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *event = m_tree->topLevelItem(i);
        lines.append(event->text(0));
        for (int c = 0; c < event->childCount(); ++c)
            lines.append(QStringLiteral("  ") + event->child(c)->text(0));
    }
    return lines;
}

QString RecordHistoryWidget::errorText() const
{
    return m_errorText;
}

} // namespace OpenMairie::CoreUi
