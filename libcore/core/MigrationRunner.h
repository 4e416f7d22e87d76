#pragma once

#include "MigrationStep.h"

#include <QDateTime>

namespace OpenMairie::Core {

class DatabaseManager;

struct OPENMAIRIE_CORE_EXPORT ModuleSchemaState
{
    QString module;
    int appliedVersion = 0;
    int knownVersion = 0;
    QStringList changedSteps; // "0002_x": applied with another checksum than the one shipped

    bool isTooNew() const { return appliedVersion > knownVersion; }
    bool isUpToDate() const { return appliedVersion == knownVersion; }
};

struct OPENMAIRIE_CORE_EXPORT MigrationReport
{
    QList<ModuleSchemaState> before;
    QStringList applied;  // "reglement 0001_init"
    QStringList warnings; // changed checksums, in French
};

// Applies each module's pending steps, each in its own transaction, recording them with their
// checksum in schema_migrations. Refuses a schema newer than this binary knows.
class OPENMAIRIE_CORE_EXPORT MigrationRunner
{
public:
    explicit MigrationRunner(DatabaseManager &database);

    Result<QList<ModuleSchemaState>> inspect(const QList<ModuleMigrations> &modules);
    // Modules must be given in dependency order (core first).
    Result<MigrationReport> migrate(const QList<ModuleMigrations> &modules);

    static Error tooNewError(const ModuleSchemaState &state);

private:
    Status ensureBookkeepingTable();
    Status prepareSecurity();
    Status applyStep(const MigrationStep &step);

    DatabaseManager &m_database;
};

} // namespace OpenMairie::Core
