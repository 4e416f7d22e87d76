#pragma once

#include "openmairie_coreui_export.h"

#include "documents/DocumentJob.h"

#include <QProgressDialog>

#include <memory>

namespace OpenMairie::CoreUi {

// The progress of a long print (800 letters, a 1.5 million-row list) with its « Annuler » button.
// The job runs in its worker thread; the window stays responsive.
class OPENMAIRIE_COREUI_EXPORT DocumentJobDialog final : public QProgressDialog
{
    Q_OBJECT

public:
    DocumentJobDialog(std::unique_ptr<Documents::DocumentJob> job, const QString &title, QWidget *parent = nullptr);
    ~DocumentJobDialog() override;

    // Starts the job, shows the dialog until it ends; the job's result.
    Core::Result<Documents::DocumentJobResult> exec_();
    // Starts the job without blocking; finished() tells when it ends.
    void start();
    const Core::Result<Documents::DocumentJobResult> &result() const;
    Documents::DocumentJob &job() { return *m_job; }

signals:
    void jobFinished();

private:
    void onProgress(qint64 done, qint64 total);

    std::unique_ptr<Documents::DocumentJob> m_job;
};

} // namespace OpenMairie::CoreUi
