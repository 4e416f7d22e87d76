#pragma once

#include "MigrationStep.h"
#include "SchemaCatalog.h"

#include <QHash>

namespace OpenMairie::Core {

// What a table is to the security contract.
enum class TableNature {
    Commune,   // business data of one commune: has collectivite_id, isolated by row-level security
    Reference, // shared by every commune (declared "-- @reference <table>" in its migration)
    System,    // the core's own structure (communes, accounts, audit, schema bookkeeping)
};

struct OPENMAIRIE_CORE_EXPORT RegisteredTable
{
    QString name;
    QString module;
    TableNature nature = TableNature::Commune;
    // False for the append-only journals declared "-- @sans-audit <table>": they are their own trace.
    bool audited = true;
};

// The security contract every migration step goes through, inside the step's own transaction, so
// that no module can forget it:
// - a new table must carry collectivite_id, or be declared shared with "-- @reference <table>";
//   a module's tables are named "<module>_..."; otherwise the step is refused and rolled back;
// - every table gets the audit triggers (except the append-only journals declared
//   "-- @sans-audit <table>") (insert, update, delete with before and after values);
// - on PostgreSQL, every commune table gets row-level security restricted to the communes of the
//   connected role, and GRANTs go to the group roles of its module (SecurityRoleNames).
class OPENMAIRIE_CORE_EXPORT SchemaSecurity
{
public:
    SchemaSecurity(const QSqlDatabase &db, const SqlDialect &dialect);

    // Creates the table registry (registering what an older database already holds) and, on
    // PostgreSQL, the functions the policies and triggers call. Idempotent.
    Status prepare();
    // After the statements of a step, before its commit.
    Status applyAfterStep(const MigrationStep &step, const QStringList &tablesBefore);

    Result<QList<RegisteredTable>> registeredTables() const;
    Result<QStringList> currentTables() const { return SchemaCatalog(m_db, m_dialect).tables(); }

    // Tables named by "-- @<directive> <table>" lines of a step (reference, sans-audit).
    static QStringList declarations(const QString &script, const QString &directive);
    static bool isSystemTable(const QString &table);
    static QString natureKey(TableNature nature);

private:
    Status readContext();
    Status registerNewTables(const MigrationStep &step, const QStringList &tablesBefore);
    Status installAuditTriggers(const RegisteredTable &table);
    Status installSqliteAuditTriggers(const RegisteredTable &table, const QList<TableColumn> &columns);
    Status installPostgresAuditTrigger(const RegisteredTable &table, const QList<TableColumn> &columns);
    Status applyPostgresPolicies(const RegisteredTable &table, const QList<TableColumn> &columns);
    Status applyPostgresGrants(const RegisteredTable &table);
    Status ensureGroupRole(const QString &role);
    Status exec(const QString &statement, const QVariantList &values = {}) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    bool m_hasJournal = false;
    QString m_databaseName;
};

} // namespace OpenMairie::Core
