#include "BackgroundReader.h"

#include "DatabaseManager.h"

namespace OpenMairie::Core {

BackgroundReader::BackgroundReader(DatabaseManager &database, int maxThreads, QObject *parent)
    : QObject(parent), m_database(database)
{
    m_pool.setMaxThreadCount(maxThreads);
    // Idle workers end after a while; their connections close with them (DatabaseManager watches
    // QThread::finished).
    m_pool.setExpiryTimeout(60000);
}

BackgroundReader::~BackgroundReader()
{
    m_shutdown.cancel();
    m_pool.waitForDone();
}

Result<QSqlDatabase> BackgroundReader::connection()
{
    return m_database.checkedConnection();
}

} // namespace OpenMairie::Core
