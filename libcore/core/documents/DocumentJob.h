#pragma once

#include "DocumentProducer.h"
#include "PrintJournal.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace OpenMairie::Core {
class DatabaseManager;
}

namespace OpenMairie::Documents {

struct OPENMAIRIE_CORE_EXPORT DocumentJobRequest
{
    std::shared_ptr<DocumentProducer> producer;
    QString outputPath;
    QString login;          // captured when the job is made: the session may change meanwhile
    qint64 communeId = 0;
    bool recordInJournal = true;
    PrintJournalEntry journal; // filled in with pages, items and checksum when done
};

struct OPENMAIRIE_CORE_EXPORT DocumentJobResult
{
    QString path;
    int pageCount = 0;
    int documentCount = 0;
    qint64 rowCount = 0;
    QStringList warnings;
    QString checksum;
    qint64 journalId = 0;
};

// Writes a document to a PDF/A-1b file, in a worker thread with its own database connection, with
// progress and cancel. The file appears only when complete and journaled: a cancel or a failure
// leaves nothing behind.
class OPENMAIRIE_CORE_EXPORT DocumentJob final : public QObject
{
    Q_OBJECT

public:
    DocumentJob(Core::DatabaseManager &database, DocumentJobRequest request, QObject *parent = nullptr);
    ~DocumentJob() override; // cancels and waits for the worker

    // In a worker thread; finished() is emitted in this object's thread.
    void start();
    // In the calling thread (the CLI, tests).
    Core::Result<DocumentJobResult> run();

    void cancel();
    bool isRunning() const;
    bool wait(int milliseconds = -1);
    const Core::Result<DocumentJobResult> &result() const { return m_result; }

signals:
    void progressChanged(qint64 done, qint64 total);
    void finished();

private:
    class Control;
    Core::Result<DocumentJobResult> execute(const QSqlDatabase &db);

    Core::DatabaseManager &m_database;
    DocumentJobRequest m_request;
    std::unique_ptr<Control> m_control;
    QThread *m_thread = nullptr;
    Core::Result<DocumentJobResult> m_result;
};

} // namespace OpenMairie::Documents
