#pragma once

#include "CancellationToken.h"
#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThreadPool>

#include <functional>

namespace OpenMairie::Core {

class DatabaseManager;

// Runs read-only jobs (dashboard figures, global search) on worker threads so that a slow query never
// freezes the window. Each job uses its worker thread's own connection (DatabaseManager hands out one
// per thread); its result comes back on the thread of this object and is handed to the receiver only
// if the receiver still exists. The destructor cancels and waits: no job outlives its owner, nor
// therefore the database it reads.
class OPENMAIRIE_CORE_EXPORT BackgroundReader final : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundReader(DatabaseManager &database, int maxThreads = 2, QObject *parent = nullptr);
    ~BackgroundReader() override;

    // Cancelled when the reader goes away: long jobs check it between rows.
    const CancellationToken &shutdownToken() const { return m_shutdown; }
    void waitForDone() { m_pool.waitForDone(); }

    template <typename T>
    void run(std::function<T(const Result<QSqlDatabase> &connection)> job, QObject *receiver,
             std::function<void(const T &)> done)
    {
        QPointer<QObject> guard(receiver);
        m_pool.start([this, job = std::move(job), guard, done = std::move(done)] {
            T value = job(connection());
            QMetaObject::invokeMethod(
                this, [guard, done, value = std::move(value)] {
                    if (guard)
                        done(value);
                },
                Qt::QueuedConnection);
        });
    }

private:
    Result<QSqlDatabase> connection();

    DatabaseManager &m_database;
    CancellationToken m_shutdown;
    QThreadPool m_pool;
};

} // namespace OpenMairie::Core
