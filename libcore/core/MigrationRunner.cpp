#include "MigrationRunner.h"

#include "DatabaseManager.h"
#include "Sql.h"
#include "SqlScript.h"
#include "Transaction.h"
#include "security/SchemaSecurity.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

namespace OpenMairie::Core {

Q_LOGGING_CATEGORY(lcMigration, "openmairie.migration")

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::MigrationRunner)
};

struct AppliedStep
{
    int version;
    QString name;
    QString checksum;
};
} // namespace

MigrationRunner::MigrationRunner(DatabaseManager &database) : m_database(database) {}

Status MigrationRunner::ensureBookkeepingTable()
{
    const QSqlDatabase db = m_database.connection();
    // An agent's PostgreSQL role may not create tables: even CREATE TABLE IF NOT EXISTS needs that
    // right, so the table is created only when it is really missing.
    if (db.tables().contains(QStringLiteral("schema_migrations")))
        return {};
    const SqlDialect d = m_database.dialect();
    const QString statement = d.expand(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " module VARCHAR(64) NOT NULL,"
        " version INTEGER NOT NULL,"
        " name VARCHAR(200) NOT NULL,"
        " checksum VARCHAR(64) NOT NULL,"
        " applied_at {{timestamp}} NOT NULL DEFAULT {{now}},"
        " PRIMARY KEY (module, version))"));
    // Executed directly, not prepared: PostgreSQL cannot PREPARE a CREATE TABLE.
    QSqlQuery q(db);
    if (!q.exec(statement))
        return Sql::error(q.lastError(), statement);
    return {};
}

Status MigrationRunner::prepareSecurity()
{
    QSqlDatabase db = m_database.connection();
    const SqlDialect dialect = m_database.dialect();
    Transaction tx(db, dialect);
    if (!tx.begun())
        return tx.begun().error();
    if (dialect.isPostgres()) {
        if (Result<QSqlQuery> q = Sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(4242001)")); !q)
            return q.error();
    }
    if (Status s = SchemaSecurity(db, dialect).prepare(); !s)
        return Error(Tr::tr("La base n'a pas pu être préparée pour le contrôle des accès et le journal d'audit ; "
                            "rien n'a été modifié. %1").arg(s.error().message()),
                     s.error().detail(), s.error().kind());
    return tx.commit();
}

Error MigrationRunner::tooNewError(const ModuleSchemaState &state)
{
    return Error(Tr::tr("Cette base de données a été mise à jour par une version plus récente d'OpenMairie "
                        "(module « %1 » : schéma en version %2, cette version du logiciel ne connaît que "
                        "la version %3). Rien n'a été modifié. Installez la dernière version d'OpenMairie "
                        "sur ce poste.")
                     .arg(state.module)
                     .arg(state.appliedVersion)
                     .arg(state.knownVersion),
                 {}, Error::Kind::SchemaTooNew);
}

Result<QList<ModuleSchemaState>> MigrationRunner::inspect(const QList<ModuleMigrations> &modules)
{
    const QSqlDatabase db = m_database.connection();
    QHash<QString, QList<AppliedStep>> applied;
    const bool hasTable = db.tables().contains(QStringLiteral("schema_migrations"));
    if (hasTable) {
        Result<QSqlQuery> q = Sql::exec(db, QStringLiteral(
            "SELECT module, version, name, checksum FROM schema_migrations ORDER BY module, version"));
        if (!q)
            return q.error();
        while (q.value().next())
            applied[q.value().value(0).toString()].append(
                {q.value().value(1).toInt(), q.value().value(2).toString(), q.value().value(3).toString()});
    }
    QList<ModuleSchemaState> states;
    for (const ModuleMigrations &module : modules) {
        ModuleSchemaState state;
        state.module = module.module;
        state.knownVersion = module.latestVersion();
        for (const AppliedStep &step : applied.value(module.module)) {
            state.appliedVersion = std::max(state.appliedVersion, step.version);
            if (step.version <= module.steps.size()) {
                const MigrationStep &shipped = module.steps.at(step.version - 1);
                if (shipped.checksum != step.checksum)
                    state.changedSteps.append(QStringLiteral("%1_%2").arg(step.version, 4, 10, QLatin1Char('0'))
                                                  .arg(shipped.name));
            }
        }
        states.append(state);
    }
    return states;
}

Status MigrationRunner::applyStep(const MigrationStep &step)
{
    QSqlDatabase db = m_database.connection();
    const SqlDialect dialect = m_database.dialect();
    Transaction tx(db, dialect);
    if (!tx.begun())
        return tx.begun().error();
    if (dialect.isPostgres()) {
        // Two seats starting at once: the second waits, then sees the step applied.
        if (Result<QSqlQuery> q = Sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(4242001)")); !q)
            return q.error();
    }
    SchemaSecurity security(db, dialect);
    Result<QStringList> tablesBefore = security.currentTables();
    if (!tablesBefore)
        return tablesBefore.error();
    Result<QVariant> already = Sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM schema_migrations WHERE module = ? AND version = ?"),
        {step.module, step.version});
    if (!already)
        return already.error();
    if (already.value().toInt() > 0)
        return {};
    const QStringList statements = SqlScript::statements(step.script, dialect);
    for (const QString &statement : statements) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            const Error e = Sql::error(q.lastError(), statement);
            return Error(Tr::tr("La mise à jour du schéma (module « %1 », étape %2 « %3 ») a échoué ; la base "
                                "est restée telle qu'elle était avant cette étape. %4")
                             .arg(step.module).arg(step.version).arg(step.name, e.message()),
                         e.detail(), e.kind());
        }
    }
    if (Status s = security.applyAfterStep(step, tablesBefore.value()); !s)
        return Error(Tr::tr("La mise à jour du schéma (module « %1 », étape %2 « %3 ») est refusée ; la base est "
                            "restée telle qu'elle était avant cette étape. %4")
                         .arg(step.module).arg(step.version).arg(step.name, s.error().message()),
                     s.error().detail(), s.error().kind());
    Result<QSqlQuery> record = Sql::exec(
        db, QStringLiteral("INSERT INTO schema_migrations (module, version, name, checksum) VALUES (?, ?, ?, ?)"),
        {step.module, step.version, step.name, step.checksum});
    if (!record)
        return record.error();
    if (Status s = tx.commit(); !s)
        return Error(Tr::tr("La mise à jour du schéma (module « %1 », étape %2) n'a pas pu être enregistrée ; "
                            "la base est restée telle qu'elle était. %3")
                         .arg(step.module).arg(step.version).arg(s.error().message()),
                     s.error().detail(), s.error().kind());
    qCInfo(lcMigration) << "applied" << step.module << step.version << step.name;
    return {};
}

Result<MigrationReport> MigrationRunner::migrate(const QList<ModuleMigrations> &modules)
{
    MigrationReport report;
    Result<QList<ModuleSchemaState>> states = inspect(modules);
    if (!states)
        return states.error();
    for (const ModuleSchemaState &state : states.value()) {
        if (state.isTooNew())
            return tooNewError(state);
    }
    report.before = states.value();
    for (const ModuleSchemaState &state : std::as_const(report.before)) {
        for (const QString &changed : state.changedSteps)
            report.warnings.append(Tr::tr("L'étape déjà appliquée %1 du module « %2 » a été modifiée depuis "
                                          "(somme de contrôle différente) : la base n'a pas reçu ce changement. "
                                          "Signalez-le à votre prestataire.").arg(changed, state.module));
    }
    if (Status s = ensureBookkeepingTable(); !s)
        return s.error();
    bool pending = false;
    for (qsizetype i = 0; i < modules.size(); ++i)
        pending = pending || modules.at(i).latestVersion() > report.before.at(i).appliedVersion;
    // Only the role that updates the schema prepares the contract: an agent opening an up-to-date
    // database may not (and need not) create functions.
    if (pending) {
        if (Status s = prepareSecurity(); !s)
            return s.error();
    }
    for (qsizetype i = 0; i < modules.size(); ++i) {
        const ModuleMigrations &module = modules.at(i);
        for (const MigrationStep &step : module.steps) {
            if (step.version <= report.before.at(i).appliedVersion)
                continue;
            if (Status s = applyStep(step); !s)
                return s.error();
            report.applied.append(QStringLiteral("%1 %2_%3").arg(step.module)
                                      .arg(step.version, 4, 10, QLatin1Char('0')).arg(step.name));
        }
    }
    return report;
}

} // namespace OpenMairie::Core
