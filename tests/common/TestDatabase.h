#pragma once

#include "ConnectionProfile.h"
#include "CoreServices.h"

#include <QTemporaryDir>

namespace OpenMairie::Test {

using Core::ConnectionProfile;

// A fresh, empty database for one test, on the backend CTest chose (OPENMAIRIE_TEST_BACKEND):
// a SQLite file in a temporary folder, or a new database on the test PostgreSQL server, dropped
// afterwards. No mock: the real drivers, the real server.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static QString backend();
    static bool isPostgres() { return backend() == u"pgsql"; }

    // Empty on success; otherwise why the database could not be made (a test must then FAIL,
    // never skip: CI has to prove the PostgreSQL tests ran).
    const QString &setupError() const { return m_setupError; }
    const ConnectionProfile &profile() const { return m_profile; }
    const QString &password() const { return m_password; }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    // The server's administrator (PostgreSQL only): for tests that create roles or databases.
    static Core::Result<ConnectionProfile> adminProfile();
    static QString adminPassword();

    // Creates the suite's schema, the commune (Arles by default) and the administrator, and signs
    // him in. On SQLite the administrator is "admin"; on PostgreSQL it is the server role.
    Core::Status initialize(Core::CoreServices &services, const QString &codeInsee = QStringLiteral("13004"));
    static QString adminLogin();
    static QString adminApplicationPassword() { return QStringLiteral("Mairie-2026!"); }

    // Runs SQL as the server administrator on this test database (PostgreSQL), or on the file (SQLite).
    Core::Status execAsAdmin(const QString &sql);

private:
    QTemporaryDir m_dir;
    ConnectionProfile m_profile;
    QString m_password;
    QString m_pgDatabase;
    QString m_setupError;
};

} // namespace OpenMairie::Test

// Fails the current test when the database could not be prepared.
#define OM_REQUIRE_DB(db) \
    do { \
        if (!(db).setupError().isEmpty()) \
            QFAIL(qPrintable((db).setupError())); \
    } while (false)

// A check the machine cannot make (no tmpfs, no setpriv...): skipped by hand, but a failure in CI
// (scripts/tester.sh sets OPENMAIRIE_TESTS_STRICT), where a silent skip would hide a lost check.
#define OM_SKIP_UNLESS_STRICT(reason) \
    do { \
        if (qEnvironmentVariableIsSet("OPENMAIRIE_TESTS_STRICT")) \
            QFAIL(qPrintable(QStringLiteral("Vérification impossible sur cette machine de CI : ") + (reason))); \
        QSKIP(qPrintable(reason)); \
    } while (false)

#define OM_VERIFY_OK(expr) \
    do { \
        const auto &omResult_ = (expr); \
        if (!omResult_.ok()) \
            QFAIL(qPrintable(QStringLiteral("%1 : %2").arg(QStringLiteral(#expr), omResult_.error().fullText()))); \
    } while (false)
