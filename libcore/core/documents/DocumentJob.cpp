#include "DocumentJob.h"

#include "OutputFile.h"
#include "PageSink.h"

#include "DatabaseManager.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QPdfWriter>
#include <QThread>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::DocumentJob)
};
} // namespace

// Cancel flag and throttled progress signals (at most ten a second, and the last one).
class DocumentJob::Control final : public JobControl
{
public:
    explicit Control(DocumentJob *job) : m_job(job) { m_clock.start(); }

    bool isCancelled() const override { return m_cancelled.load(); }
    void reportProgress(qint64 done, qint64 total) override
    {
        QMutexLocker lock(&m_mutex);
        if (done != total && m_clock.elapsed() < 100 && done != 0)
            return;
        m_clock.restart();
        emit m_job->progressChanged(done, total);
    }
    void cancel() { m_cancelled.store(true); }

private:
    DocumentJob *m_job;
    std::atomic_bool m_cancelled{false};
    QMutex m_mutex;
    QElapsedTimer m_clock;
};

DocumentJob::DocumentJob(Core::DatabaseManager &database, DocumentJobRequest request, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_request(std::move(request))
    , m_control(std::make_unique<Control>(this))
    , m_result(Error(Tr::tr("L'édition n'a pas encore été lancée.")))
{
}

DocumentJob::~DocumentJob()
{
    if (m_thread) {
        m_control->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void DocumentJob::cancel()
{
    m_control->cancel();
}

bool DocumentJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool DocumentJob::wait(int milliseconds)
{
    if (!m_thread)
        return true;
    return milliseconds < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(milliseconds));
}

void DocumentJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        Core::Result<QSqlDatabase> db = m_database.checkedConnection();
        Core::Result<DocumentJobResult> result = db ? execute(db.value()) : Core::Result<DocumentJobResult>(db.error());
        m_database.releaseThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_result = result;
                emit finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("openmairie-document"));
    m_thread->start(QThread::LowPriority);
}

Core::Result<DocumentJobResult> DocumentJob::run()
{
    Core::Result<QSqlDatabase> db = m_database.checkedConnection();
    m_result = db ? execute(db.value()) : Core::Result<DocumentJobResult>(db.error());
    emit finished();
    return m_result;
}

Core::Result<DocumentJobResult> DocumentJob::execute(const QSqlDatabase &db)
{
    if (!m_request.producer)
        return Error(Tr::tr("Rien à imprimer."));
    OutputFile output(m_request.outputPath);
    if (Core::Status s = output.open(); !s)
        return s.error();

    ProductionContext context{db, m_request.communeId, m_control.get()};
    {
        QPdfWriter writer(output.device());
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(1200);
        writer.setTitle(m_request.producer->title());
        writer.setCreator(QStringLiteral("OpenMairie"));
        PageSink sink(&writer);
        Core::Status produced = m_request.producer->produce(sink, context);
        if (produced && context.isCancelled())
            produced = DocumentProducer::cancelledError();
        if (!produced) {
            sink.finish();
            output.discard();
            return produced.error();
        }
        if (Core::Status s = sink.finish(); !s) {
            output.discard();
            return s.error();
        }
    }
    const ProductionReport &report = m_request.producer->report();
    DocumentJobResult result;
    result.path = m_request.outputPath;
    result.pageCount = report.pageCount;
    result.documentCount = report.documentCount;
    result.rowCount = report.rowCount;
    result.warnings = report.warnings;
    result.checksum = output.checksum();

    if (!m_request.recordInJournal) {
        if (Core::Status s = output.commit(); !s)
            return s.error();
        return result;
    }
    // The journal row and the file exist together or not at all: the file is renamed into place
    // inside the transaction, which is rolled back if the rename fails.
    PrintJournalEntry entry = m_request.journal;
    entry.destination = PrintJournalEntry::Destination::Pdf;
    entry.target = m_request.outputPath;
    entry.fileChecksum = result.checksum;
    entry.pageCount = report.pageCount;
    entry.documentCount = report.documentCount;
    entry.rowCount = report.rowCount;
    entry.items = report.items;
    if (entry.title.isEmpty())
        entry.title = m_request.producer->title();
    Core::Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Core::Result<qint64> journalId = PrintJournal::record(db, m_request.login, m_request.communeId, entry);
    if (!journalId)
        return journalId.error();
    if (Core::Status s = output.commit(); !s)
        return s.error();
    if (Core::Status s = tx.commit(); !s) {
        QFile::remove(m_request.outputPath);
        return s.error();
    }
    result.journalId = journalId.value();
    return result;
}

} // namespace OpenMairie::Documents
