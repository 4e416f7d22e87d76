#pragma once

#include "DashboardWidgetDefinition.h"

#include <QObject>

#include <functional>

namespace OpenMairie::Core {

class BackgroundReader;
class DatabaseManager;
class Session;

// Computes dashboard widgets off the GUI thread: the commune and the day are read here, on the GUI
// thread, then the widget's data function runs on a worker with its own connection, and its value
// comes back to the receiver (dropped if the receiver was destroyed meanwhile).
class OPENMAIRIE_CORE_EXPORT DashboardLoader final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<DashboardValue> &value)>;

    DashboardLoader(DatabaseManager &database, Session &session, QObject *parent = nullptr);
    ~DashboardLoader() override;

    void load(const DashboardWidgetDefinition &definition, QObject *receiver, Done done);
    // Tests and the demo fix the day.
    void setClock(std::function<QDate()> today) { m_today = std::move(today); }

private:
    DatabaseManager &m_database;
    Session &m_session;
    BackgroundReader *m_reader = nullptr;
    std::function<QDate()> m_today;
};

} // namespace OpenMairie::Core
