#include "DatabaseCopies.h"

#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace OpenMairie::Test {

using Core::ConnectionProfile;
using Core::Error;

namespace {
Core::Status adminExec(const QString &sql, QStringList *rows = nullptr)
{
    Core::Result<ConnectionProfile> admin = TestDatabase::adminProfile();
    if (!admin)
        return admin.error();
    RawConnection c(admin.value(), TestDatabase::adminPassword());
    if (!c.openError().isEmpty())
        return Error(c.openError());
    QString error;
    if (rows)
        *rows = c.column(sql, &error);
    else
        c.scalar(sql, &error);
    if (!error.isEmpty())
        return Error(error);
    return {};
}
} // namespace

DatabaseCopies::DatabaseCopies(const TestDatabase &pristine, QString workDir)
    : m_pristine(pristine), m_workDir(std::move(workDir))
{
}

DatabaseCopies::~DatabaseCopies()
{
    for (const ConnectionProfile &p : QList<ConnectionProfile>(m_made))
        drop(p);
}

Core::Result<ConnectionProfile> DatabaseCopies::make(int trial)
{
    const ConnectionProfile &source = m_pristine.profile();
    if (source.isSqlite()) {
        const QString path = QDir(m_workDir).filePath(QStringLiteral("essai-%1.sqlite").arg(trial));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        if (!QFile::copy(source.filePath(), path))
            return Error(QStringLiteral("copie impossible de ") + source.filePath());
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFile::exists(source.filePath() + suffix))
                QFile::copy(source.filePath() + suffix, path + suffix);
        ConnectionProfile copy = ConnectionProfile::sqlite(path);
        m_made.append(copy);
        return copy;
    }
    const QString name = source.database() + QStringLiteral("_c%1").arg(trial);
    adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    if (Core::Status s = adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, source.database())); !s)
        return s.error();
    ConnectionProfile copy = ConnectionProfile::postgres(source.host(), source.port(), name, source.role(), source.sslMode());
    m_made.append(copy);
    return copy;
}

void DatabaseCopies::drop(const ConnectionProfile &copy)
{
    m_made.removeAll(copy);
    if (copy.isSqlite()) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(copy.filePath() + suffix);
        return;
    }
    adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(copy.database()));
    // The group roles a migration made for this copy are named after it (SecurityRoleNames).
    QStringList groups;
    adminExec(QStringLiteral("SELECT rolname FROM pg_roles WHERE starts_with(rolname, '%1_')").arg(copy.database()), &groups);
    for (const QString &group : std::as_const(groups))
        adminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(group));
}

RawConnection::RawConnection(const ConnectionProfile &profile, const QString &password)
    : m_name(QStringLiteral("fiabilite-") + QUuid::createUuid().toString(QUuid::Id128)), m_postgres(!profile.isSqlite())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
    if (m_postgres) {
        db.setHostName(profile.host());
        db.setPort(profile.port());
        db.setDatabaseName(profile.database());
        db.setUserName(profile.role());
        db.setPassword(password);
    } else {
        db.setDatabaseName(profile.filePath());
    }
    if (!db.open())
        m_error = db.lastError().text();
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QVariant RawConnection::scalar(const QString &sql, QString *error) const
{
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text() + QStringLiteral(" — ") + sql;
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

QStringList RawConnection::column(const QString &sql, QString *error) const
{
    QStringList values;
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text() + QStringLiteral(" — ") + sql;
        return values;
    }
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

QString RawConnection::integrityProblem() const
{
    if (!m_error.isEmpty())
        return QStringLiteral("la base ne s'ouvre pas : ") + m_error;
    QString error;
    if (m_postgres) {
        if (!waitUntilAlone())
            return QStringLiteral("une session de la console tuée travaille encore sur la base après 30 s");
        return scalar(QStringLiteral("SELECT 1"), &error).toInt() == 1 ? QString() : error;
    }
    const QStringList integrity = column(QStringLiteral("PRAGMA integrity_check"), &error);
    if (!error.isEmpty())
        return error;
    if (integrity != QStringList{QStringLiteral("ok")})
        return QStringLiteral("PRAGMA integrity_check : ") + integrity.join(QStringLiteral(" / "));
    const QStringList foreignKeys = column(QStringLiteral("PRAGMA foreign_key_check"), &error);
    if (!error.isEmpty())
        return error;
    if (!foreignKeys.isEmpty())
        return QStringLiteral("PRAGMA foreign_key_check : lignes orphelines dans ") + foreignKeys.join(QStringLiteral(", "));
    return {};
}

bool RawConnection::waitUntilAlone() const
{
    if (!m_postgres)
        return true;
    for (int i = 0; i < 300; ++i) {
        const QVariant others = scalar(QStringLiteral(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"));
        if (others.isValid() && others.toInt() == 0)
            return true;
        QThread::msleep(100);
    }
    return false;
}

} // namespace OpenMairie::Test
