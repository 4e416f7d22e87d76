#include "SearchEngine.h"

#include "BackgroundReader.h"
#include "DatabaseManager.h"
#include "Permissions.h"
#include "Session.h"
#include "TextNormalizer.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::SearchEngine)
};
} // namespace

SearchEngine::SearchEngine(DatabaseManager &database, Session &session, Permissions &permissions,
                           const SearchRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
    , m_permissions(permissions)
    , m_registry(registry)
    , m_reader(new BackgroundReader(database, 2, this))
{
    qRegisterMetaType<SearchResults>();
}

SearchEngine::~SearchEngine()
{
    cancel();
    // The reader is a child: it waits for the cancelled query before the engine's members go.
    delete m_reader;
}

QList<SearchRegistry::ProviderPtr> SearchEngine::allowedProviders() const
{
    return m_registry.allowed(m_permissions);
}

void SearchEngine::cancel()
{
    if (m_running)
        m_running->cancel();
    m_running.reset();
    m_searching = false;
    ++m_generation;
}

void SearchEngine::waitForWorkers()
{
    m_reader->waitForDone();
}

quint64 SearchEngine::search(const QString &text, int limitPerProvider)
{
    cancel();
    const quint64 generation = m_generation;
    SearchRequest request;
    request.text = text.trimmed();
    request.key = TextNormalizer::searchKey(text);
    request.limit = qMax(1, limitPerProvider);
    request.communeId = m_session.commune().id;
    request.dialect = m_database.dialect();

    const QList<SearchRegistry::ProviderPtr> providers = allowedProviders();
    if (request.key.size() < kMinimumKeyLength || providers.isEmpty() || !m_session.commune().isValid()) {
        SearchResults empty;
        empty.generation = generation;
        empty.text = request.text;
        emit resultsReady(empty);
        return generation;
    }

    auto token = std::make_shared<CancellationToken>();
    m_running = token;
    m_searching = true;
    m_reader->run<SearchResults>(
        [providers, request, token, generation](const Result<QSqlDatabase> &db) {
            SearchResults results;
            if (!db) {
                results.problems.append(db.error().message());
            } else {
                SearchRequest onWorker = request;
                onWorker.db = db.value();
                results = runProviders(providers, onWorker, *token);
            }
            results.generation = generation;
            results.text = request.text;
            return results;
        },
        this, [this](const SearchResults &results) { deliver(results); });
    return generation;
}

SearchResults SearchEngine::runProviders(const QList<SearchRegistry::ProviderPtr> &providers, SearchRequest request,
                                         const CancellationToken &cancel)
{
    SearchResults results;
    for (const SearchRegistry::ProviderPtr &provider : providers) {
        if (cancel.isCancelled())
            break;
        Result<QList<SearchHit>> hits = provider->search(request, cancel);
        if (!hits) {
            if (hits.error().kind() != Error::Kind::Cancelled)
                results.problems.append(Tr::tr("%1 : %2").arg(provider->title(), hits.error().message()));
            continue;
        }
        if (hits->isEmpty())
            continue;
        SearchGroup group;
        group.providerId = provider->id();
        group.module = provider->module();
        group.title = provider->title();
        group.hits = hits.value().mid(0, request.limit);
        results.groups.append(group);
    }
    return results;
}

void SearchEngine::deliver(const SearchResults &results)
{
    // A stale answer (the agent typed again, or cancelled) is dropped here, on the GUI thread, where
    // m_generation cannot change under our feet.
    if (results.generation != m_generation)
        return;
    m_searching = false;
    m_running.reset();
    emit resultsReady(results);
}

} // namespace OpenMairie::Core
