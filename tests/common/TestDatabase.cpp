#include "TestDatabase.h"

#include "security/AuditActor.h"

#include "Sql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace OpenMairie::Test {

using namespace OpenMairie::Core;

QString TestDatabase::backend()
{
    const QString b = qEnvironmentVariable("OPENMAIRIE_TEST_BACKEND", QStringLiteral("sqlite"));
    return b;
}

Result<ConnectionProfile> TestDatabase::adminProfile()
{
    const QString url = qEnvironmentVariable("OPENMAIRIE_TEST_PG_URL");
    if (url.isEmpty())
        return Error(QStringLiteral("OPENMAIRIE_TEST_PG_URL n'est pas défini : lancez les tests avec "
                                    "scripts/tester.sh, qui démarre le serveur PostgreSQL de test."));
    return ConnectionProfile::fromUrl(url);
}

QString TestDatabase::adminPassword()
{
    return qEnvironmentVariable("OPENMAIRIE_TEST_PG_PASSWORD");
}

QString TestDatabase::adminLogin()
{
    if (!isPostgres())
        return QStringLiteral("admin");
    Result<ConnectionProfile> admin = adminProfile();
    return admin ? admin->role() : QString();
}

namespace {
Status execOn(const ConnectionProfile &profile, const QString &password, const QString &sql,
              QStringList *rows = nullptr)
{
    const QString name = QStringLiteral("om-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            profile.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
        if (profile.isSqlite()) {
            db.setDatabaseName(profile.filePath());
        } else {
            db.setHostName(profile.host());
            db.setPort(profile.port());
            db.setDatabaseName(profile.database());
            db.setUserName(profile.role());
            db.setPassword(password);
            db.setConnectOptions(QStringLiteral("sslmode=%1").arg(profile.sslMode()));
        }
        if (!db.open()) {
            status = Error(QStringLiteral("connexion d'administration impossible"), db.lastError().text());
        } else {
            // The audit triggers of a SQLite file call om_utilisateur(), as on the suite's connections.
            if (profile.isSqlite()) {
                Core::AuditActor actor;
                actor.setLogin(QStringLiteral("test-admin"));
                actor.installOn(db);
            }
            QSqlQuery q(db);
            if (!q.exec(sql))
                status = Sql::error(q.lastError(), sql);
            while (rows && q.next())
                rows->append(q.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}
} // namespace

TestDatabase::TestDatabase()
{
    if (!isPostgres()) {
        m_profile = ConnectionProfile::sqlite(m_dir.filePath(QStringLiteral("openmairie-test.sqlite")));
        return;
    }
    Result<ConnectionProfile> admin = adminProfile();
    if (!admin) {
        m_setupError = admin.error().message();
        return;
    }
    m_pgDatabase = QStringLiteral("om_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (Status s = execOn(admin.value(), adminPassword(), QStringLiteral("CREATE DATABASE %1").arg(m_pgDatabase)); !s) {
        m_setupError = QStringLiteral("Serveur PostgreSQL de test injoignable ou refusé : ") + s.error().fullText();
        m_pgDatabase.clear();
        return;
    }
    m_profile = ConnectionProfile::postgres(admin->host(), admin->port(), m_pgDatabase, admin->role(),
                                            admin->sslMode());
    m_password = adminPassword();
}

TestDatabase::~TestDatabase()
{
    if (m_pgDatabase.isEmpty())
        return;
    Result<ConnectionProfile> admin = adminProfile();
    if (!admin)
        return;
    // Roles belong to the server, not to the database: the agents' roles and the group roles the
    // test made go with it (an agent role still member of another test's groups stays).
    const ConnectionProfile target = ConnectionProfile::postgres(admin->host(), admin->port(), m_pgDatabase,
                                                                 admin->role(), admin->sslMode());
    QStringList logins;
    execOn(target, adminPassword(), QStringLiteral("SELECT login FROM utilisateur WHERE login <> current_user"), &logins);
    execOn(admin.value(), adminPassword(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
    QStringList groups;
    execOn(admin.value(), adminPassword(),
           QStringLiteral("SELECT rolname FROM pg_roles WHERE starts_with(rolname, '%1_')").arg(m_pgDatabase), &groups);
    for (const QString &group : std::as_const(groups))
        execOn(admin.value(), adminPassword(), QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(group));
    for (const QString &login : std::as_const(logins))
        execOn(admin.value(), adminPassword(),
               QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = "
                              "m.member WHERE r.rolname = '%1') THEN DROP ROLE IF EXISTS \"%1\"; END IF; END $$").arg(login));
}

Status TestDatabase::initialize(CoreServices &services, const QString &codeInsee)
{
    InitRequest request;
    request.profile = m_profile;
    request.connectionPassword = m_password;
    request.codeInsee = codeInsee;
    request.adminLogin = adminLogin();
    request.adminName = QStringLiteral("Administrateur de test");
    request.adminPassword = adminApplicationPassword();
    Result<WorkspaceReport> report = services.initializeWorkspace(request);
    if (!report)
        return report.error();
    return services.signIn(request.adminLogin, adminApplicationPassword(), codeInsee);
}

Status TestDatabase::execAsAdmin(const QString &sql)
{
    if (!isPostgres())
        return execOn(m_profile, {}, sql);
    Result<ConnectionProfile> admin = adminProfile();
    if (!admin)
        return admin.error();
    ConnectionProfile target = ConnectionProfile::postgres(admin->host(), admin->port(), m_pgDatabase, admin->role(),
                                                           admin->sslMode());
    return execOn(target, adminPassword(), sql);
}

} // namespace OpenMairie::Test
