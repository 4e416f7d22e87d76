#include "TestDatabase.h"

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
Status execOn(const ConnectionProfile &profile, const QString &password, const QString &sql)
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
            QSqlQuery q(db);
            if (!q.exec(sql))
                status = Sql::error(q.lastError(), sql);
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
    if (admin)
        execOn(admin.value(), adminPassword(),
               QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
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
