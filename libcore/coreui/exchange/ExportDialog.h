#pragma once

#include "openmairie_coreui_export.h"

#include "CancellationToken.h"
#include "ExportJob.h"
#include "ExportService.h"

#include <QDialog>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QLabel;
class QProgressBar;
class QPushButton;

namespace OpenMairie::CoreUi {

class ColumnPicker;
class ExportTargetPicker;

// "Exporter" on any list: the agent ticks the columns (and orders them), picks CSV or .xlsx and
// the file. The export runs in the GUI thread (a view's model lives there) with a progress bar
// and "Arrêter"; errors are shown in the dialog, which stays open to try again.
class OPENMAIRIE_COREUI_EXPORT ExportDialog : public QDialog
{
    Q_OBJECT

public:
    using Runner = std::function<Core::Result<Core::ExportSummary>(
        const QStringList &columnKeys, Core::ExportFormat format, const QString &filePath,
        const Core::ExportProgressCallback &progress, const Core::CancellationToken *cancel)>;

    ExportDialog(const QList<Core::ExportColumn> &columns, const QString &title, bool personalData, Runner runner,
                 QWidget *parent = nullptr);

    // The usual case: a list view's model, exported through the service (right check, audit).
    // Columns the list hides (a commune column outside the niveau-2 view) are not offered.
    static ExportDialog *forModel(Core::ExportService &service, QAbstractItemModel &model,
                                  const Core::ExportSubject &subject, QWidget *parent = nullptr,
                                  const QList<int> &hiddenColumns = {});

    ColumnPicker *columnPicker() const { return m_columns; }
    ExportTargetPicker *targetPicker() const { return m_target; }
    const std::optional<Core::ExportSummary> &lastSummary() const { return m_summary; }
    QString errorText() const;

public slots:
    void startExport();
    void stopExport();

protected:
    void reject() override;

private:
    void setRunning(bool running);

    Runner m_runner;
    ColumnPicker *m_columns;
    ExportTargetPicker *m_target;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_exportButton;
    QPushButton *m_stopButton;
    Core::CancellationToken m_cancel;
    bool m_running = false;
    std::optional<Core::ExportSummary> m_summary;
};

} // namespace OpenMairie::CoreUi
