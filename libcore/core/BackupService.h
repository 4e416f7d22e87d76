#pragma once

#include "Result.h"

namespace OpenMairie::Core {

class DatabaseManager;

// Backups of a SQLite seat. The copy is consistent even while the GUI has the file open (SQLite's
// VACUUM INTO reads one snapshot). PostgreSQL servers are backed up with pg_dump by the partner.
class OPENMAIRIE_CORE_EXPORT BackupService
{
public:
    explicit BackupService(DatabaseManager &database);

    Status backupTo(const QString &targetFile);
    // Replaces the open database file with the backup after checking it; the file replaced is kept
    // beside it as "<nom>.avant-restauration-<date>.sqlite". The database is closed meanwhile.
    Result<QString> restoreFrom(const QString &backupFile);

    static Status checkBackupFile(const QString &backupFile);

private:
    DatabaseManager &m_database;
};

} // namespace OpenMairie::Core
