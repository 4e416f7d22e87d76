#pragma once

#include "ExportSource.h"

#include <QHash>

class QAbstractItemModel;

namespace OpenMairie::Core {

// Exports what a list view shows: any QAbstractItemModel, the columns the agent picked, in his
// order, with the model's header labels. Lazy models are fetched to the end (fetchMore), so the
// export holds every row, not only those scrolled into view. Values are read with Qt::EditRole
// (typed: QDate, numbers) and fall back on Qt::DisplayRole.
//
// Runs in the model's thread (the GUI thread for a view's model).
class OPENMAIRIE_CORE_EXPORT TableExport final : public ExportSource
{
public:
    TableExport(QAbstractItemModel &model, const QList<int> &modelColumns);

    // What a column holds when the model gives text (a QSqlQueryModel on SQLite gives dates as
    // "2020-01-31"): the export then writes a real date.
    void setColumnType(int modelColumn, ExportColumn::Type type);

    // Every column of a model, for the export dialog's checkboxes (key = the column number).
    static QList<ExportColumn> availableColumns(const QAbstractItemModel &model);

    QList<ExportColumn> columns() const override;
    Result<bool> next(QVariantList &row) override;
    qint64 rowCountHint() const override;

private:
    QAbstractItemModel &m_model;
    QList<int> m_modelColumns;
    QHash<int, ExportColumn::Type> m_types;
    int m_row = 0;
};

} // namespace OpenMairie::Core
