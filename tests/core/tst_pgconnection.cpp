// Connecting to a PostgreSQL server that says no: each failure gives the agent a French message
// naming the server and port and saying what to do. Needs the test server (scripts/pg-test-server.sh):
// without it this test FAILS, it does not skip.
#include "ConnectionProfile.h"
#include "CoreServices.h"
#include "DatabaseManager.h"
#include "Sql.h"
#include "TestDatabase.h"

#include <QTcpServer>
#include <QUuid>
#include <QtTest>

using namespace OpenMairie::Core;
using OpenMairie::Test::TestDatabase;

Q_DECLARE_METATYPE(OpenMairie::Core::Error::Kind)

class TestPgConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverUnreachable();
    void unknownHostName();
    void wrongPassword();
    void missingPassword();
    void databaseMissing();
    void sslRequiredWithoutSsl();
    void sslRequiredWithSslConnects();
    void openWorkspaceGivesTheSameMessage();
    void goodCredentialsConnect();
    void serverMessagesTheTestServerCannotProduce_data();
    void serverMessagesTheTestServerCannotProduce();

private:
    Status open(const ConnectionProfile &profile, const QString &password);
    QString where(int port) const { return QStringLiteral("le serveur %1, port %2").arg(m_admin.host()).arg(port); }
    QString Where(int port) const { return QStringLiteral("Le serveur %1, port %2").arg(m_admin.host()).arg(port); }

    ConnectionProfile m_admin;
    QString m_password;
    QString m_sslRole;
};

void TestPgConnection::initTestCase()
{
    const Result<ConnectionProfile> admin = TestDatabase::adminProfile();
    if (!admin)
        QFAIL(qPrintable(admin.error().message()));
    m_admin = admin.value();
    m_password = TestDatabase::adminPassword();
    m_sslRole = qEnvironmentVariable("OPENMAIRIE_TEST_PG_SSL_ROLE");
    QVERIFY2(!m_password.isEmpty(), "OPENMAIRIE_TEST_PG_PASSWORD n'est pas défini : lancez scripts/pg-test-server.sh");
    QVERIFY2(!m_sslRole.isEmpty(), "OPENMAIRIE_TEST_PG_SSL_ROLE n'est pas défini : lancez scripts/pg-test-server.sh");
    // The server must be there, or every case below would "pass" for the wrong reason.
    OM_VERIFY_OK(open(m_admin, m_password));
}

Status TestPgConnection::open(const ConnectionProfile &profile, const QString &password)
{
    DatabaseManager manager;
    const Status status = manager.open(profile, password, DatabaseManager::OpenMode::OpenExisting);
    if (status && !manager.isOpen())
        return Error(QStringLiteral("open() a réussi mais la base n'est pas ouverte"));
    if (!status && manager.isOpen())
        return Error(QStringLiteral("open() a échoué mais la base est marquée ouverte"));
    return status;
}

void TestPgConnection::serverUnreachable()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const int port = probe.serverPort();
    probe.close();

    const ConnectionProfile profile = ConnectionProfile::postgres(m_admin.host(), port, m_admin.database(),
                                                                  m_admin.role(), QStringLiteral("disable"));
    const Status status = open(profile, m_password);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().message(),
             QStringLiteral("Impossible de joindre %1. Vérifiez que le serveur est démarré, que l'adresse et le port "
                            "du profil sont justes et que le réseau fonctionne, puis réessayez.").arg(where(port)));
    QCOMPARE(status.error().kind(), Error::Kind::Unreachable);
    QVERIFY2(status.error().detail().contains(u"refused", Qt::CaseInsensitive), qPrintable(status.error().detail()));
}

void TestPgConnection::unknownHostName()
{
    const ConnectionProfile profile = ConnectionProfile::postgres(QStringLiteral("serveur-inconnu.invalid"), 5432,
                                                                  QStringLiteral("mairie"), QStringLiteral("agent"));
    const Status status = open(profile, m_password);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().message(),
             QStringLiteral("Le nom de serveur « serveur-inconnu.invalid » est inconnu. Vérifiez l'adresse du serveur "
                            "dans le profil de connexion."));
    QCOMPARE(status.error().kind(), Error::Kind::Unreachable);
}

void TestPgConnection::wrongPassword()
{
    const Status status = open(m_admin, m_password + QStringLiteral("-faux"));
    QVERIFY(!status.ok());
    QCOMPARE(status.error().message(),
             QStringLiteral("Mot de passe refusé par %1 pour le rôle « %2 ». Vérifiez l'identifiant et le mot de passe "
                            "(attention aux majuscules), ou demandez à l'administrateur de le réinitialiser.")
                 .arg(where(m_admin.port()), m_admin.role()));
    QCOMPARE(status.error().kind(), Error::Kind::Authentication);
    // Neither the message nor its detail ever shows the password typed.
    QVERIFY(!status.error().fullText().contains(m_password));

    // A role that does not exist gets the same answer: the server does not say which was wrong.
    ConnectionProfile unknownRole = m_admin;
    unknownRole.setRole(QStringLiteral("om_role_inexistant"));
    const Status unknown = open(unknownRole, m_password);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind(), Error::Kind::Authentication);
    QVERIFY2(unknown.error().message().startsWith(QStringLiteral("Mot de passe refusé par %1 pour le rôle « om_role_inexistant »")
                                                      .arg(where(m_admin.port()))),
             qPrintable(unknown.error().message()));
}

void TestPgConnection::missingPassword()
{
    const Status status = open(m_admin, QString());
    QVERIFY(!status.ok());
    QCOMPARE(status.error().message(),
             QStringLiteral("%1 demande un mot de passe pour le rôle « %2 ». Saisissez-le à la connexion ou dans la "
                            "variable OPENMAIRIE_PASSWORD.").arg(Where(m_admin.port()), m_admin.role()));
    QCOMPARE(status.error().kind(), Error::Kind::Authentication);
}

void TestPgConnection::databaseMissing()
{
    const QString name = QStringLiteral("om_absente_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const ConnectionProfile profile = ConnectionProfile::postgres(m_admin.host(), m_admin.port(), name, m_admin.role(),
                                                                  m_admin.sslMode());
    const Status status = open(profile, m_password);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().message(),
             QStringLiteral("La base « %1 » n'existe pas sur %2. Vérifiez son nom dans le profil de connexion, ou "
                            "demandez au prestataire de la créer.").arg(name, where(m_admin.port())));
    QCOMPARE(status.error().kind(), Error::Kind::NotFound);
}

void TestPgConnection::sslRequiredWithoutSsl()
{
    // The test server rejects this role on any connection that is not encrypted (pg_hba.conf).
    const ConnectionProfile profile = ConnectionProfile::postgres(m_admin.host(), m_admin.port(), m_admin.database(),
                                                                  m_sslRole, QStringLiteral("disable"));
    const Status status = open(profile, m_password);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().message(),
             QStringLiteral("%1 exige une connexion chiffrée (SSL). Choisissez le mode SSL « require » (ou "
                            "« verify-full ») dans le profil de connexion.").arg(Where(m_admin.port())));
    QCOMPARE(status.error().kind(), Error::Kind::Authentication);
}

void TestPgConnection::sslRequiredWithSslConnects()
{
    const ConnectionProfile profile = ConnectionProfile::postgres(m_admin.host(), m_admin.port(), m_admin.database(),
                                                                  m_sslRole, QStringLiteral("require"));
    DatabaseManager manager;
    OM_VERIFY_OK(manager.open(profile, m_password, DatabaseManager::OpenMode::OpenExisting));
    const Result<QVariant> ssl = Sql::scalar(manager.connection(),
                                             QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    OM_VERIFY_OK(ssl);
    QCOMPARE(ssl.value().toBool(), true);
    const Result<QVariant> role = Sql::scalar(manager.connection(), QStringLiteral("SELECT current_user"));
    OM_VERIFY_OK(role);
    QCOMPARE(role.value().toString(), m_sslRole);
}

void TestPgConnection::openWorkspaceGivesTheSameMessage()
{
    CoreServices services;
    const Result<WorkspaceReport> report = services.openWorkspace(m_admin, m_password + QStringLiteral("-faux"));
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message().startsWith(QStringLiteral("Mot de passe refusé par %1").arg(where(m_admin.port()))),
             qPrintable(report.error().message()));
    QVERIFY(!services.database().isOpen());
}

void TestPgConnection::goodCredentialsConnect()
{
    DatabaseManager manager;
    OM_VERIFY_OK(manager.open(m_admin, m_password, DatabaseManager::OpenMode::OpenExisting));
    QVERIFY(manager.isOpen());
    QVERIFY(manager.dialect().isPostgres());
    const Result<QVariant> style = Sql::scalar(manager.connection(), QStringLiteral("SELECT current_setting('datestyle')"));
    OM_VERIFY_OK(style);
    QCOMPARE(style.value().toString(), QStringLiteral("ISO, DMY"));
    const Result<QVariant> app = Sql::scalar(manager.connection(), QStringLiteral("SELECT current_setting('application_name')"));
    OM_VERIFY_OK(app);
    QCOMPARE(app.value().toString(), QStringLiteral("OpenMairie"));
}

void TestPgConnection::serverMessagesTheTestServerCannotProduce_data()
{
    // libpq's own texts for situations this test server is not set up to produce.
    QTest::addColumn<QString>("databaseText");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Error::Kind>("kind");
    const ConnectionProfile p = ConnectionProfile::postgres(QStringLiteral("db.syndicat.fr"), 5433, QStringLiteral("sivom"),
                                                            QStringLiteral("agent"));
    QTest::newRow("serveur sans SSL")
        << QStringLiteral("server does not support SSL, but SSL was required") << QString()
        << QStringLiteral("Le serveur db.syndicat.fr, port 5433 n'accepte pas les connexions chiffrées (SSL) alors que "
                          "le profil l'exige. Demandez au prestataire d'activer SSL sur le serveur, ou changez le mode "
                          "SSL du profil.")
        << Error::Kind::Unreachable;
    QTest::newRow("poste non autorisé (pg_hba.conf)")
        << QStringLiteral("FATAL:  no pg_hba.conf entry for host \"10.1.2.3\", user \"agent\", database \"sivom\", "
                          "SSL encryption")
        << QStringLiteral("28000")
        << QStringLiteral("Le serveur db.syndicat.fr, port 5433 refuse la connexion du rôle « agent » depuis ce poste. "
                          "Demandez au prestataire d'autoriser ce poste (pg_hba.conf).")
        << Error::Kind::Authentication;
    QTest::newRow("délai dépassé")
        << QStringLiteral("timeout expired") << QString()
        << QStringLiteral("Impossible de joindre le serveur db.syndicat.fr, port 5433. Vérifiez que le serveur est "
                          "démarré, que l'adresse et le port du profil sont justes et que le réseau fonctionne, puis "
                          "réessayez.")
        << Error::Kind::Unreachable;
    QTest::newRow("rôle inexistant (authentification trust)")
        << QStringLiteral("connection to server at \"db.syndicat.fr\" (10.0.0.5), port 5433 failed: FATAL:  role "
                          "\"agent\" does not exist")
        << QStringLiteral("28000")
        << QStringLiteral("Le rôle « agent » n'existe pas sur le serveur db.syndicat.fr, port 5433. Vérifiez "
                          "l'identifiant.")
        << Error::Kind::Authentication;
    QTest::newRow("rôle inexistant sans code")
        << QStringLiteral("FATAL:  role \"agent\" does not exist") << QString()
        << QStringLiteral("Le rôle « agent » n'existe pas sur le serveur db.syndicat.fr, port 5433. Vérifiez "
                          "l'identifiant.")
        << Error::Kind::Authentication;
    QTest::newRow("message inconnu")
        << QStringLiteral("FATAL:  sorry, too many clients already") << QStringLiteral("53300")
        << QStringLiteral("La connexion au serveur db.syndicat.fr, port 5433 a échoué. Réessayez ; si cela se "
                          "reproduit, transmettez le détail de l'erreur à votre prestataire.")
        << Error::Kind::Unreachable;
}

void TestPgConnection::serverMessagesTheTestServerCannotProduce()
{
    QFETCH(QString, databaseText);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(Error::Kind, kind);
    const ConnectionProfile p = ConnectionProfile::postgres(QStringLiteral("db.syndicat.fr"), 5433, QStringLiteral("sivom"),
                                                            QStringLiteral("agent"));
    const Error e = DatabaseManager::describeOpenError(
        p, QSqlError(QStringLiteral("QPSQL: Unable to connect"), databaseText, QSqlError::ConnectionError, code));
    QCOMPARE(e.message(), message);
    QCOMPARE(e.kind(), kind);
    QVERIFY(e.detail().contains(databaseText));
}

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
