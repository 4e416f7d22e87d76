#include "DashboardLoader.h"

#include "BackgroundReader.h"
#include "DatabaseManager.h"
#include "Session.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::DashboardLoader)
};
} // namespace

DashboardLoader::DashboardLoader(DatabaseManager &database, Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
    , m_reader(new BackgroundReader(database, 2, this))
    , m_today([] { return QDate::currentDate(); })
{
}

DashboardLoader::~DashboardLoader()
{
    // Waits for the running data functions (they see the shutdown token) before anything goes.
    delete m_reader;
}

void DashboardLoader::load(const DashboardWidgetDefinition &definition, QObject *receiver, Done done)
{
    if (!definition.load) {
        done(DashboardValue());
        return;
    }
    DashboardDataRequest request;
    request.dialect = m_database.dialect();
    request.communeId = m_session.commune().id;
    request.today = m_today();
    request.cancel = &m_reader->shutdownToken();
    const DashboardWidgetDefinition::DataFunction function = definition.load;
    const QString title = definition.title;
    m_reader->run<Result<DashboardValue>>(
        [function, request, title](const Result<QSqlDatabase> &db) -> Result<DashboardValue> {
            if (!db)
                return db.error();
            DashboardDataRequest onWorker = request;
            onWorker.db = db.value();
            Result<DashboardValue> value = function(onWorker);
            if (!value && value.error().kind() != Error::Kind::Cancelled)
                return Error(Tr::tr("« %1 » n'a pas pu être calculé : %2").arg(title, value.error().message()),
                             value.error().detail(), value.error().kind());
            return value;
        },
        receiver, std::move(done));
}

} // namespace OpenMairie::Core
