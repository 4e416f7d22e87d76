#include "DocumentJobDialog.h"

#include <QEventLoop>

namespace OpenMairie::CoreUi {

DocumentJobDialog::DocumentJobDialog(std::unique_ptr<Documents::DocumentJob> job, const QString &title, QWidget *parent)
    : QProgressDialog(parent), m_job(std::move(job))
{
    setWindowTitle(title);
    setLabelText(tr("Préparation de « %1 »…").arg(title));
    setCancelButtonText(tr("Annuler"));
    setMinimumDuration(400);
    setAutoClose(false);
    setAutoReset(false);
    setRange(0, 0);
    setWindowModality(Qt::WindowModal);
    connect(m_job.get(), &Documents::DocumentJob::progressChanged, this, &DocumentJobDialog::onProgress);
    connect(this, &QProgressDialog::canceled, this, [this] {
        setLabelText(tr("Annulation en cours : le fichier partiel est supprimé…"));
        m_job->cancel();
    });
    connect(m_job.get(), &Documents::DocumentJob::finished, this, [this] {
        hide();
        emit jobFinished();
    });
}

DocumentJobDialog::~DocumentJobDialog() = default;

void DocumentJobDialog::onProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        setRange(0, 0);
        return;
    }
    // QProgressDialog counts in int: scale very long lists.
    const int scale = total > 1000000 ? 1000 : 1;
    setRange(0, int(total / scale));
    setValue(int(done / scale));
    setLabelText(tr("%1 sur %2…").arg(QLocale().toString(done), QLocale().toString(total)));
}

void DocumentJobDialog::start()
{
    m_job->start();
}

Core::Result<Documents::DocumentJobResult> DocumentJobDialog::exec_()
{
    QEventLoop loop;
    connect(this, &DocumentJobDialog::jobFinished, &loop, &QEventLoop::quit);
    start();
    loop.exec();
    return m_job->result();
}

const Core::Result<Documents::DocumentJobResult> &DocumentJobDialog::result() const
{
    return m_job->result();
}

} // namespace OpenMairie::CoreUi
