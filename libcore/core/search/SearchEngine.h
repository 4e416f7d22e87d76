#pragma once

#include "SearchRegistry.h"
#include "SearchResults.h"

#include <QObject>

#include <memory>

namespace OpenMairie::Core {

class BackgroundReader;
class DatabaseManager;
class Permissions;
class Session;

// Runs the global search: the allowed providers, one after the other, on a worker thread. A new
// query cancels the one still running (its providers see their token cancelled between rows) and
// the answer of an older query is never delivered: resultsReady() only carries the latest.
class OPENMAIRIE_CORE_EXPORT SearchEngine final : public QObject
{
    Q_OBJECT

public:
    // Fewer significant characters than this find too much to be useful: the engine answers empty.
    static constexpr int kMinimumKeyLength = 2;

    SearchEngine(DatabaseManager &database, Session &session, Permissions &permissions,
                 const SearchRegistry &registry, QObject *parent = nullptr);
    ~SearchEngine() override;

    // Starts the query and returns its generation. A text too short or an agent without any allowed
    // provider gives an empty answer at once.
    quint64 search(const QString &text, int limitPerProvider = 8);
    // Drops the running query: its answer will not come.
    void cancel();
    // Blocks until the workers are idle (their answers, if any, are then queued for this thread).
    void waitForWorkers();

    quint64 currentGeneration() const { return m_generation; }
    bool isSearching() const { return m_searching; }
    // Providers the session may use now.
    QList<SearchRegistry::ProviderPtr> allowedProviders() const;

signals:
    void resultsReady(const OpenMairie::Core::SearchResults &results);

private:
    static SearchResults runProviders(const QList<SearchRegistry::ProviderPtr> &providers, SearchRequest request,
                                      const CancellationToken &cancel);
    void deliver(const SearchResults &results);

    DatabaseManager &m_database;
    Session &m_session;
    Permissions &m_permissions;
    const SearchRegistry &m_registry;
    BackgroundReader *m_reader = nullptr;
    std::shared_ptr<CancellationToken> m_running;
    quint64 m_generation = 0;
    bool m_searching = false;
};

} // namespace OpenMairie::Core
