#include "ReferenceListTable.h"

#include "reference/Validity.h"

#include <QHeaderView>

namespace OpenMairie::CoreUi {

ReferenceListTable::ReferenceListTable(const QStringList &headers, QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(int(headers.size()) + 1);
    setHorizontalHeaderLabels(QStringList(headers) << tr("Validité"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setWordWrap(false);
    horizontalHeader()->setStretchLastSection(true);
}

void ReferenceListTable::addRecord(qint64 id, const QStringList &cells, const Core::Validity &validity)
{
    const int row = rowCount();
    insertRow(row);
    const bool retired = validity.isRetiredAt(QDate::currentDate());
    QStringList all = cells;
    all.append(validity.text());
    for (int c = 0; c < all.size(); ++c) {
        auto *item = new QTableWidgetItem(all.at(c));
        if (c == 0)
            item->setData(Qt::UserRole, id);
        if (retired) {
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        setItem(row, c, item);
    }
}

qint64 ReferenceListTable::currentId() const
{
    const int row = currentRow();
    return row < 0 || !item(row, 0) ? 0 : item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool ReferenceListTable::selectId(qint64 id)
{
    for (int r = 0; r < rowCount(); ++r) {
        if (item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
            selectRow(r);
            setCurrentCell(r, 0);
            return true;
        }
    }
    return false;
}

bool ReferenceListTable::selectCode(const QString &code)
{
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, 0)->text().compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return selectId(item(r, 0)->data(Qt::UserRole).toLongLong());
    return false;
}

QStringList ReferenceListTable::codes() const
{
    QStringList result;
    for (int r = 0; r < rowCount(); ++r)
        result.append(item(r, 0)->text());
    return result;
}

} // namespace OpenMairie::CoreUi
