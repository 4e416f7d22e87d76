#include "TableExport.h"

#include <QAbstractItemModel>

namespace OpenMairie::Core {

TableExport::TableExport(QAbstractItemModel &model, const QList<int> &modelColumns)
    : m_model(model), m_modelColumns(modelColumns)
{
}

void TableExport::setColumnType(int modelColumn, ExportColumn::Type type)
{
    m_types.insert(modelColumn, type);
}

QList<ExportColumn> TableExport::availableColumns(const QAbstractItemModel &model)
{
    QList<ExportColumn> out;
    for (int c = 0; c < model.columnCount(); ++c) {
        ExportColumn column;
        column.key = QString::number(c);
        column.label = model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        if (column.label.isEmpty())
            column.label = QString::number(c + 1);
        out << column;
    }
    return out;
}

QList<ExportColumn> TableExport::columns() const
{
    QList<ExportColumn> out;
    for (const int c : m_modelColumns) {
        ExportColumn column;
        column.key = QString::number(c);
        column.label = m_model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        column.type = m_types.value(c, ExportColumn::Type::Auto);
        out << column;
    }
    return out;
}

Result<bool> TableExport::next(QVariantList &row)
{
    if (m_row >= m_model.rowCount()) {
        while (m_row >= m_model.rowCount() && m_model.canFetchMore(QModelIndex()))
            m_model.fetchMore(QModelIndex());
        if (m_row >= m_model.rowCount())
            return false;
    }
    row.resize(m_modelColumns.size());
    for (qsizetype i = 0; i < m_modelColumns.size(); ++i) {
        const int c = m_modelColumns.at(i);
        const QModelIndex index = m_model.index(m_row, c);
        QVariant value = m_model.data(index, Qt::EditRole);
        if (!value.isValid())
            value = m_model.data(index, Qt::DisplayRole);
        ExportColumn column;
        column.type = m_types.value(c, ExportColumn::Type::Auto);
        row[i] = column.normalize(value);
    }
    ++m_row;
    return true;
}

qint64 TableExport::rowCountHint() const
{
    return m_model.canFetchMore(QModelIndex()) ? -1 : m_model.rowCount();
}

} // namespace OpenMairie::Core
