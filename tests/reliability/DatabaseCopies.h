#pragma once

#include "ConnectionProfile.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QVariant>

namespace OpenMairie::Test {

class TestDatabase;

// A prepared database copied once per trial, so that every kill starts from the same state: a file
// copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL (the server's own copy, seconds for
// hundreds of thousands of rows). The prepared database must have no open connection.
class DatabaseCopies
{
public:
    DatabaseCopies(const TestDatabase &pristine, QString workDir);
    ~DatabaseCopies();

    Core::Result<Core::ConnectionProfile> make(int trial);
    void drop(const Core::ConnectionProfile &copy);

private:
    const TestDatabase &m_pristine;
    QString m_workDir;
    QList<Core::ConnectionProfile> m_made;
};

// A plain connection of the test itself, to look at a database after a kill, without the suite.
class RawConnection
{
public:
    RawConnection(const Core::ConnectionProfile &profile, const QString &password);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    const QString &openError() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // The first column of the first row; an invalid QVariant and *error set on failure.
    QVariant scalar(const QString &sql, QString *error = nullptr) const;
    QStringList column(const QString &sql, QString *error = nullptr) const;

    // SQLite: PRAGMA integrity_check and foreign_key_check; PostgreSQL: the server answers and no
    // other session is still at work on the database (a killed client's transaction is over).
    QString integrityProblem() const;
    // PostgreSQL: waits until no other session is connected to the database (at most 30 s).
    bool waitUntilAlone() const;

private:
    QString m_name;
    QString m_error;
    bool m_postgres = false;
};

} // namespace OpenMairie::Test
