#pragma once

#include "openmairie_coreui_export.h"

#include "CancellationToken.h"
#include "ImportDefinition.h"
#include "ImportReport.h"
#include "ImportService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QThread;

namespace OpenMairie::CoreUi {

// Importing a CSV file into one importable object: the agent downloads the model, chooses his
// file (the detected encoding and separator are shown, and can be forced), checks it first
// ("Vérifier sans importer": the full import, rolled back), reads the report line by line, then
// imports all or nothing, or only the valid lines with a reject file. The import runs in a worker
// thread with its own database connection; "Arrêter" rolls everything back.
class OPENMAIRIE_COREUI_EXPORT ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Core::ImportService &service, const Core::ImportDefinition &definition, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFilePath(const QString &path);
    QString filePath() const;
    void setMode(Core::ImportOptions::Mode mode);
    void setRejectFilePath(const QString &path);
    Core::ImportOptions options(bool dryRun) const;

    bool isRunning() const { return m_thread != nullptr; }
    const std::optional<Core::ImportReport> &lastReport() const { return m_report; }
    QString formatText() const;
    QString errorText() const;

public slots:
    void startDryRun();
    void startImport();
    void cancelRun();
    // Waits for a running import to end (tests, closing the window).
    void waitForRun();

signals:
    void runFinished();

protected:
    void reject() override;

private:
    void buildColumnsTable();
    void inspectFile();
    void browseFile();
    void browseRejectFile();
    void saveModel();
    void startRun(bool dryRun);
    void onProgress(const Core::ImportProgress &progress);
    void onFinished(const Core::ImportReport &report);
    void showReport(const Core::ImportReport &report);
    void showError(const QString &text, const QString &detail = {});
    void setRunning(bool running);

    Core::ImportService &m_service;
    Core::ImportDefinition m_definition;
    QLineEdit *m_file;
    QLabel *m_format;
    QComboBox *m_encoding;
    QComboBox *m_separator;
    QTableWidget *m_columnsTable;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_validLines;
    QLineEdit *m_rejectFile;
    QPushButton *m_dryRunButton;
    QPushButton *m_importButton;
    QPushButton *m_stopButton;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_summary;
    QLabel *m_error;
    QTableWidget *m_reportTable;

    QThread *m_thread = nullptr;
    Core::CancellationToken m_cancel;
    std::optional<Core::ImportReport> m_report;
    bool m_rejectPathEdited = false;
};

} // namespace OpenMairie::CoreUi
