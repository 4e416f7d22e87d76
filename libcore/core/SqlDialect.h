#pragma once

#include "ConnectionProfile.h"

#include <QSqlError>
#include <QString>

namespace OpenMairie::Core {

// What differs between SQLite and PostgreSQL, in one place. Migrations are written once with
// placeholders ({{id}}, {{bool}}, {{timestamp}}, {{now}}...) that the dialect expands.
class OPENMAIRIE_CORE_EXPORT SqlDialect
{
public:
    explicit SqlDialect(ConnectionProfile::Backend backend) : m_backend(backend) {}

    ConnectionProfile::Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == ConnectionProfile::Backend::Sqlite; }
    bool isPostgres() const { return m_backend == ConnectionProfile::Backend::Postgres; }
    QString driverName() const;

    // Expands the portable placeholders of a migration script.
    QString expand(const QString &portableSql) const;

    QString identityPrimaryKey() const;
    QString booleanType() const;
    QString timestampType() const;
    QString currentTimestamp() const;
    // Transaction start that takes the write lock at once on SQLite, so that two writers never
    // deadlock upgrading a read lock.
    QString beginWrite() const;

    static bool isUniqueViolation(const QSqlError &error);
    static bool isForeignKeyViolation(const QSqlError &error);
    static bool isDiskFull(const QSqlError &error);
    static bool isReadOnly(const QSqlError &error);
    static bool isCorrupt(const QSqlError &error);

private:
    ConnectionProfile::Backend m_backend;
};

} // namespace OpenMairie::Core
