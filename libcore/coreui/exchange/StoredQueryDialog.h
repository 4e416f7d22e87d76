#pragma once

#include "openmairie_coreui_export.h"

#include "CancellationToken.h"
#include "ExportService.h"
#include "StoredQuery.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace OpenMairie::CoreUi {

class ColumnPicker;
class ExportTargetPicker;

// "Requêtes mémorisées": the agent picks one of the queries his modules declare, ticks and
// orders its columns, chooses the sort, looks at the first rows, then exports to CSV or .xlsx.
// The SQL is the module's; the dialog only passes the agent's choices to ExportService.
class OPENMAIRIE_COREUI_EXPORT StoredQueryDialog : public QDialog
{
    Q_OBJECT

public:
    StoredQueryDialog(Core::ExportService &service, const QList<Core::StoredQuery> &queries,
                      QWidget *parent = nullptr);

    bool selectQuery(const QString &id);
    const Core::StoredQuery *currentQuery() const;
    Core::StoredQuerySelection selection() const;
    // First and second sort keys ("" for none).
    void setSort(const QString &firstKey, Qt::SortOrder firstOrder, const QString &secondKey = {},
                 Qt::SortOrder secondOrder = Qt::AscendingOrder);
    void setLimit(int rows);

    ColumnPicker *columnPicker() const { return m_columns; }
    ExportTargetPicker *targetPicker() const { return m_target; }
    QTableWidget *previewTable() const { return m_preview; }
    const std::optional<Core::ExportSummary> &lastSummary() const { return m_summary; }
    QString errorText() const;
    QString previewText() const;

    static constexpr int kPreviewRows = 200;

public slots:
    void runPreview();
    void startExport();

private:
    void loadQuery();
    void fillSortCombos();
    void showError(const Core::Error &error);
    void clearError();

    Core::ExportService &m_service;
    QList<Core::StoredQuery> m_queries;
    QComboBox *m_query;
    QLabel *m_description;
    ColumnPicker *m_columns;
    QComboBox *m_sort1;
    QComboBox *m_order1;
    QComboBox *m_sort2;
    QComboBox *m_order2;
    QSpinBox *m_limit;
    QTableWidget *m_preview;
    QLabel *m_previewInfo;
    ExportTargetPicker *m_target;
    QLabel *m_personalNotice;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_exportButton;
    Core::CancellationToken m_cancel;
    std::optional<Core::ExportSummary> m_summary;
};

} // namespace OpenMairie::CoreUi
