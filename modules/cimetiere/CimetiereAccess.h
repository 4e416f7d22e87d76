#pragma once

#include "Occupancy.h"

#include "Result.h"
#include "SqlDialect.h"

#include <QDate>
#include <QSqlDatabase>

#include <functional>

namespace OpenMairie::Core {
class DatabaseManager;
class ModuleContext;
class ParameterService;
class Permissions;
class Session;
} // namespace OpenMairie::Core

namespace OpenMairie::Cimetiere {

// What every service of the module needs: the right checked, the session's commune, a connection,
// today's date (replaced by tests and the demo) and the commune's parameters. Shared by the
// services so that each states its rules, not its plumbing.
class CimetiereAccess
{
public:
    static const QString kModuleId;
    // Parameter names (one name space for the whole suite: prefixed).
    static const QString kParamTailleCercueil;
    static const QString kParamTailleUrne;
    static const QString kParamTailleReliquaire;
    static const QString kParamDelaiReduction;
    static const QString kParamRenouvellementAnticipe;

    CimetiereAccess(Core::DatabaseManager &database, Core::Session &session, Core::Permissions &permissions,
                    Core::ParameterService *parameters = nullptr);
    explicit CimetiereAccess(Core::ModuleContext &context);

    // The right, then a chosen commune, then the thread's connection.
    Core::Result<QSqlDatabase> open(const QString &permission) const;
    bool allows(const QString &permission) const;

    Core::SqlDialect dialect() const;
    qint64 communeId() const;
    QString login() const;
    QString communeName() const;

    void setClock(std::function<QDate()> today) { m_today = std::move(today); }
    QDate today() const { return m_today(); }

    // The commune's values, or openCimetière's defaults when a parameter is unset or unreadable.
    OccupancyWeights weights() const;
    int reductionDelayYears() const;
    int renewalMonthsBeforeExpiry() const;

    Core::DatabaseManager &database() const { return m_database; }

private:
    QString parameter(const QString &name) const;

    Core::DatabaseManager &m_database;
    Core::Session &m_session;
    Core::Permissions &m_permissions;
    Core::ParameterService *m_parameters;
    std::function<QDate()> m_today;
};

} // namespace OpenMairie::Cimetiere
