// Accounts of the suite on a real database: creation and its refusals, and sign-in. On a SQLite
// seat the password is checked here, with a lockout after 5 failures; on PostgreSQL the server
// authenticates the role and the account only maps it to a profile and communes.
#include "CoreServices.h"
#include "Sql.h"
#include "TestDatabase.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace OpenMairie::Core;
using OpenMairie::Test::TestDatabase;

namespace {

const QString kAgentPassword = QStringLiteral("Arles-2026!");

// PostgreSQL roles are shared by the whole server: the ones a test makes are dropped when it ends,
// after its database (declare the guard before the TestDatabase).
class RoleGuard
{
public:
    ~RoleGuard()
    {
        for (const QString &role : std::as_const(m_roles))
            runAsServerAdmin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }
    QString create(const QString &password)
    {
        const QString role = QStringLiteral("om_t_agent_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        const Status s = runAsServerAdmin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password));
        if (!s) {
            qWarning() << s.error().fullText();
            return {};
        }
        m_roles.append(role);
        return role;
    }

private:
    static Status runAsServerAdmin(const QString &sql)
    {
        const Result<ConnectionProfile> admin = TestDatabase::adminProfile();
        if (!admin)
            return admin.error();
        DatabaseManager manager;
        if (Status s = manager.open(admin.value(), TestDatabase::adminPassword()); !s)
            return s;
        QSqlQuery q(manager.connection());
        if (!q.exec(sql))
            return Sql::error(q.lastError(), sql);
        return {};
    }

    QStringList m_roles;
};

int scalarInt(CoreServices &services, const QString &sql, const QVariantList &values = {})
{
    const Result<QVariant> v = Sql::scalar(services.database().connection(), sql, values);
    return v ? v.value().toInt() : -1;
}

NewUser agent(const QString &login, qint64 communeId)
{
    NewUser user;
    user.login = login;
    user.nom = QStringLiteral("Jean Dupont");
    user.profile = Profile::Utilisateur;
    user.password = kAgentPassword;
    user.communeIds = {communeId};
    return user;
}

QString loginRefused(const QString &login)
{
    return QStringLiteral("Identifiant « %1 » refusé : utilisez de 2 à 63 caractères parmi les lettres minuscules sans "
                          "accent, les chiffres, le point, le tiret et le souligné, en commençant par une lettre (par "
                          "exemple « jdupont »).").arg(login);
}

} // namespace

class TestUserAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createUser();
    void duplicateLoginIsRefused();
    void badLoginIsRefused_data();
    void badLoginIsRefused();
    void weakPassword_data();
    void weakPassword();
    void sqliteLockoutAfterFiveFailures();
    void sqliteUnknownLoginIsAudited();
    void postgresRoleWithAndWithoutAccount();

private:
    qint64 arlesId(CoreServices &services);

    // One initialised seat shared by the cases that only check refusals (each proves it changed
    // nothing), so that the suite does not pay an initialisation per data row.
    std::unique_ptr<TestDatabase> m_shared;
    std::unique_ptr<CoreServices> m_sharedServices;
};

void TestUserAccounts::initTestCase()
{
    m_shared = std::make_unique<TestDatabase>();
    OM_REQUIRE_DB(*m_shared);
    m_sharedServices = std::make_unique<CoreServices>();
    OM_VERIFY_OK(m_shared->initialize(*m_sharedServices));
}

qint64 TestUserAccounts::arlesId(CoreServices &services)
{
    const Result<SessionCommune> arles = services.communes().findByInsee(QStringLiteral("13004"));
    return arles ? arles->id : 0;
}

void TestUserAccounts::createUser()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    const qint64 arles = arlesId(services);
    QVERIFY(arles > 0);

    const Result<qint64> id = services.users().createUser(agent(QStringLiteral("jdupont"), arles),
                                                          TestDatabase::adminLogin());
    OM_VERIFY_OK(id);
    QVERIFY(id.value() > 0);
    QCOMPARE(services.users().userCount().value(), 2);

    Result<QSqlQuery> row = Sql::exec(services.database().connection(),
                                      QStringLiteral("SELECT login, nom, profil, multi_collectivite, mot_de_passe_hash, "
                                                     "echecs_connexion, created_by FROM utilisateur WHERE id = ?"),
                                      {id.value()});
    OM_VERIFY_OK(row);
    QVERIFY(row.value().next());
    QCOMPARE(row.value().value(0).toString(), QStringLiteral("jdupont"));
    QCOMPARE(row.value().value(1).toString(), QStringLiteral("Jean Dupont"));
    QCOMPARE(row.value().value(2).toInt(), static_cast<int>(Profile::Utilisateur));
    QCOMPARE(row.value().value(3).toBool(), false);
    if (db.profile().isSqlite()) {
        QVERIFY(row.value().value(4).toString().startsWith(u"$argon2id$"));
        QVERIFY(!row.value().value(4).toString().contains(kAgentPassword));
    } else {
        QCOMPARE(row.value().value(4).toString(), QString());
    }
    QCOMPARE(row.value().value(5).toInt(), 0);
    QCOMPARE(row.value().value(6).toString(), TestDatabase::adminLogin());
    QCOMPARE(scalarInt(services, QStringLiteral("SELECT count(*) FROM utilisateur_collectivite WHERE utilisateur_id = ? "
                                                "AND collectivite_id = ?"), {id.value(), arles}),
             1);

    // The creation is in the audit trail, with what was created (never the password).
    Result<QSqlQuery> audit = Sql::exec(services.database().connection(),
                                        QStringLiteral("SELECT utilisateur, collectivite_id, module, action, apres "
                                                       "FROM journal_audit WHERE table_name = 'utilisateur' AND "
                                                       "enregistrement_id = ?"),
                                        {id.value()});
    OM_VERIFY_OK(audit);
    QVERIFY(audit.value().next());
    QCOMPARE(audit.value().value(0).toString(), TestDatabase::adminLogin());
    QVERIFY(audit.value().value(1).isNull()); // an account belongs to no one commune: its links do
    QCOMPARE(audit.value().value(2).toString(), QStringLiteral("core"));
    QCOMPARE(audit.value().value(3).toString(), QStringLiteral("insert"));
    const QJsonObject after = QJsonDocument::fromJson(audit.value().value(4).toString().toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("login")).toString(), QStringLiteral("jdupont"));
    QCOMPARE(scalarInt(services, QStringLiteral("SELECT count(*) FROM journal_audit WHERE table_name = "
                                                "'utilisateur_collectivite' AND action = 'insert' AND collectivite_id = ?"),
                       {arles}),
             2); // the administrator's link, then jdupont's
    QCOMPARE(after.value(QStringLiteral("profil")).toInt(), static_cast<int>(Profile::Utilisateur));
    QVERIFY(!audit.value().value(4).toString().contains(kAgentPassword));
    QVERIFY(!audit.value().next());

    // The account works with the communes it was given.
    SessionUser user;
    user.id = id.value();
    user.login = QStringLiteral("jdupont");
    const Result<QList<SessionCommune>> communes = services.users().communesOf(user);
    OM_VERIFY_OK(communes);
    QCOMPARE(communes->size(), 1);
    QCOMPARE(communes->first().codeInsee, QStringLiteral("13004"));
}

void TestUserAccounts::duplicateLoginIsRefused()
{
    OM_REQUIRE_DB(*m_shared);
    CoreServices &services = *m_sharedServices;
    OM_VERIFY_OK(services.users().createUser(agent(QStringLiteral("mdoublon"), arlesId(services)),
                                             TestDatabase::adminLogin()));
    const int auditBefore = scalarInt(services, QStringLiteral("SELECT count(*) FROM journal_audit"));
    const qint64 usersBefore = services.users().userCount().value();

    NewUser twin = agent(QStringLiteral("mdoublon"), arlesId(services));
    twin.nom = QStringLiteral("Jeanne Dupont");
    const Result<qint64> refused = services.users().createUser(twin, TestDatabase::adminLogin());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message(),
             QStringLiteral("L'identifiant « mdoublon » est déjà utilisé. Choisissez-en un autre."));
    QCOMPARE(refused.error().kind(), Error::Kind::Conflict);
    QCOMPARE(services.users().userCount().value(), usersBefore);
    QCOMPARE(scalarInt(services, QStringLiteral("SELECT count(*) FROM utilisateur WHERE nom = ?"),
                       {QStringLiteral("Jeanne Dupont")}), 0);
    QCOMPARE(scalarInt(services, QStringLiteral("SELECT count(*) FROM journal_audit")), auditBefore);
}

void TestUserAccounts::badLoginIsRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("majuscules") << QStringLiteral("JDupont");
    QTest::newRow("commence par un chiffre") << QStringLiteral("1dupont");
    QTest::newRow("espace") << QStringLiteral("j dupont");
    QTest::newRow("accent") << QStringLiteral("jérôme");
    QTest::newRow("une seule lettre") << QStringLiteral("j");
    QTest::newRow("vide") << QString();
    QTest::newRow("64 caractères") << QStringLiteral("a") + QString(63, u'b');
    QTest::newRow("apostrophe") << QStringLiteral("d'artagnan");
    QTest::newRow("arobase") << QStringLiteral("j.dupont@mairie-arles.fr");
}

void TestUserAccounts::badLoginIsRefused()
{
    QFETCH(QString, login);
    OM_REQUIRE_DB(*m_shared);
    CoreServices &services = *m_sharedServices;
    const qint64 usersBefore = services.users().userCount().value();
    const Result<qint64> refused = services.users().createUser(agent(login, arlesId(services)), TestDatabase::adminLogin());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message(), loginRefused(login));
    QCOMPARE(refused.error().kind(), Error::Kind::InvalidInput);
    QCOMPARE(services.users().userCount().value(), usersBefore);
    // Its neighbour inside the rule is accepted (63 characters, dot, hyphen, underscore).
    if (login.size() == 64) {
        const QString longest = QStringLiteral("a.b-c_") + QString(57, u'd');
        QCOMPARE(longest.size(), 63);
        OM_VERIFY_OK(services.users().createUser(agent(longest, arlesId(services)), TestDatabase::adminLogin()));
        QCOMPARE(services.users().userCount().value(), usersBefore + 1);
    }
}

void TestUserAccounts::weakPassword_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::newRow("trop court") << QStringLiteral("faible.court") << QStringLiteral("Arles1!")
                                << QStringLiteral("Le mot de passe doit compter au moins 8 caractères.");
    QTest::newRow("que des lettres") << QStringLiteral("faible.lettres") << QStringLiteral("camargue")
                                     << QStringLiteral("Le mot de passe doit mêler des lettres et des chiffres ou des "
                                                       "signes.");
    QTest::newRow("vide") << QStringLiteral("faible.vide") << QString()
                          << QStringLiteral("Le mot de passe doit compter au moins 8 caractères.");
}

void TestUserAccounts::weakPassword()
{
    QFETCH(QString, password);
    QFETCH(QString, message);
    OM_REQUIRE_DB(*m_shared);
    CoreServices &services = *m_sharedServices;
    QFETCH(QString, login);
    NewUser user = agent(login, arlesId(services));
    user.password = password;
    const qint64 usersBefore = services.users().userCount().value();
    const Result<qint64> result = services.users().createUser(user, TestDatabase::adminLogin());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Error::Kind::InvalidInput);
    QCOMPARE(services.users().userCount().value(), usersBefore);
    if (m_shared->profile().isPostgres() && password.isEmpty()) {
        // On PostgreSQL an empty password attaches an existing role of the server; there is none.
        QVERIFY2(result.error().message().contains(QStringLiteral("n'existe pas encore sur le serveur")),
                 qPrintable(result.error().message()));
    } else {
        // The same rule on both backends: on PostgreSQL it is the new role's password.
        QCOMPARE(result.error().message(), message);
    }
}

void TestUserAccounts::sqliteLockoutAfterFiveFailures()
{
    if (TestDatabase::isPostgres())
        QSKIP("Sur PostgreSQL le serveur vérifie le mot de passe du rôle (voir postgresRoleWithAndWithoutAccount).");
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    const Result<qint64> id = services.users().createUser(agent(QStringLiteral("jdupont"), arlesId(services)),
                                                          TestDatabase::adminLogin());
    OM_VERIFY_OK(id);
    services.session().end();
    const QString failuresSql = QStringLiteral("SELECT echecs_connexion FROM utilisateur WHERE login = 'jdupont'");

    for (int attempt = 1; attempt < UserAccountService::kMaxFailures; ++attempt) {
        const Status s = services.signIn(QStringLiteral("jdupont"), QStringLiteral("Arles-2025!"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message(), QStringLiteral("Identifiant ou mot de passe incorrect."));
        QCOMPARE(s.error().kind(), Error::Kind::Authentication);
        QCOMPARE(scalarInt(services, failuresSql), attempt);
    }
    const QDateTime beforeLock = QDateTime::currentDateTimeUtc();
    const Status fifth = services.signIn(QStringLiteral("jdupont"), QStringLiteral("Arles-2025!"));
    QVERIFY(!fifth.ok());
    QCOMPARE(fifth.error().message(),
             QStringLiteral("Mot de passe incorrect 5 fois : le compte « jdupont » est bloqué pendant 5 minutes."));
    QCOMPARE(scalarInt(services, failuresSql), 0);
    const Result<QVariant> lockedUntil = Sql::scalar(services.database().connection(),
                                                     QStringLiteral("SELECT bloque_jusqua FROM utilisateur WHERE login = 'jdupont'"));
    OM_VERIFY_OK(lockedUntil);
    const QDateTime until = QDateTime::fromString(lockedUntil.value().toString(), Qt::ISODateWithMs);
    QVERIFY2(until.isValid(), qPrintable(lockedUntil.value().toString()));
    QVERIFY(qAbs(beforeLock.secsTo(until) - UserAccountService::kLockoutSeconds) <= 5);

    // Even the right password is refused while the account is locked.
    const Status locked = services.signIn(QStringLiteral("jdupont"), kAgentPassword);
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().message(),
             QStringLiteral("Trop d'essais de mot de passe : le compte « jdupont » est bloqué encore 5 minute(s). "
                            "Réessayez ensuite, ou demandez à l'administrateur de réinitialiser le mot de passe."));
    QVERIFY(!services.session().isAuthenticated());

    Result<QSqlQuery> failed = Sql::exec(services.database().connection(),
                                         QStringLiteral("SELECT utilisateur, table_name, enregistrement_id FROM journal_audit "
                                                        "WHERE action = 'login_failed' ORDER BY id"));
    OM_VERIFY_OK(failed);
    int failedRows = 0;
    while (failed.value().next()) {
        ++failedRows;
        QCOMPARE(failed.value().value(0).toString(), QStringLiteral("jdupont"));
        QCOMPARE(failed.value().value(1).toString(), QStringLiteral("utilisateur"));
        QCOMPARE(failed.value().value(2).toLongLong(), id.value());
    }
    QCOMPARE(failedRows, UserAccountService::kMaxFailures);

    // Once the lock has expired, the right password opens the session and resets the counters.
    OM_VERIFY_OK(db.execAsAdmin(QStringLiteral("UPDATE utilisateur SET bloque_jusqua = '2000-01-01T00:00:00.000Z' "
                                               "WHERE login = 'jdupont'")));
    OM_VERIFY_OK(services.signIn(QStringLiteral("jdupont"), kAgentPassword));
    QCOMPARE(services.session().user().login, QStringLiteral("jdupont"));
    QCOMPARE(services.session().user().profile, Profile::Utilisateur);
    QCOMPARE(scalarInt(services, QStringLiteral("SELECT count(*) FROM utilisateur WHERE login = 'jdupont' AND "
                                                "echecs_connexion = 0 AND bloque_jusqua IS NULL")), 1);
    QCOMPARE(scalarInt(services, QStringLiteral("SELECT count(*) FROM journal_audit WHERE action = 'login' AND "
                                                "utilisateur = 'jdupont'")), 1);
}

void TestUserAccounts::sqliteUnknownLoginIsAudited()
{
    if (TestDatabase::isPostgres())
        QSKIP("Sur PostgreSQL l'identifiant est le rôle de la connexion (voir postgresRoleWithAndWithoutAccount).");
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    const Status s = services.signIn(QStringLiteral("inconnu"), kAgentPassword);
    QVERIFY(!s.ok());
    // Same words as a wrong password: the message must not tell which logins exist.
    QCOMPARE(s.error().message(), QStringLiteral("Identifiant ou mot de passe incorrect."));
    QCOMPARE(scalarInt(services, QStringLiteral("SELECT count(*) FROM journal_audit WHERE action = 'login_failed' AND "
                                                "utilisateur = 'inconnu' AND commentaire = 'identifiant inconnu'")), 1);
}

void TestUserAccounts::postgresRoleWithAndWithoutAccount()
{
    RoleGuard roles; // dropped after the database
    if (!TestDatabase::isPostgres())
        QSKIP("Les rôles du serveur n'existent que sur PostgreSQL (voir sqliteLockoutAfterFiveFailures).");
    TestDatabase db;
    OM_REQUIRE_DB(db);
    {
        CoreServices services;
        OM_VERIFY_OK(db.initialize(services));
    }
    const QString withAccount = roles.create(kAgentPassword);
    const QString withoutAccount = roles.create(kAgentPassword);
    QVERIFY(!withAccount.isEmpty() && !withoutAccount.isEmpty());
    // What an agent's role needs to open a workspace and sign in (the module GRANTs come on top).
    for (const QString &role : {withAccount, withoutAccount})
        OM_VERIFY_OK(db.execAsAdmin(QStringLiteral(
            "GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1; GRANT UPDATE ON utilisateur TO %1; "
            "GRANT INSERT ON journal_audit TO %1; GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role)));
    {
        CoreServices admin;
        OM_VERIFY_OK(admin.openWorkspace(db.profile(), db.password()));
        OM_VERIFY_OK(admin.signIn(TestDatabase::adminLogin(), {}));
        OM_VERIFY_OK(admin.users().createUser(agent(withAccount, arlesId(admin)), TestDatabase::adminLogin()));
    }

    ConnectionProfile asAgent = db.profile();
    asAgent.setRole(withAccount);
    CoreServices services;
    const Result<WorkspaceReport> opened = services.openWorkspace(asAgent, kAgentPassword);
    OM_VERIFY_OK(opened);
    // The login typed is not trusted: the account is the connection's role.
    OM_VERIFY_OK(services.signIn(QStringLiteral("quelquun.dautre"), QString()));
    QCOMPARE(services.session().user().login, withAccount);
    QCOMPARE(services.session().user().profile, Profile::Utilisateur);
    QCOMPARE(services.session().commune().codeInsee, QStringLiteral("13004"));
    QCOMPARE(scalarInt(services, QStringLiteral("SELECT count(*) FROM journal_audit WHERE action = 'login' AND "
                                                "utilisateur = ?"), {withAccount}), 1);

    asAgent.setRole(withoutAccount);
    CoreServices stranger;
    OM_VERIFY_OK(stranger.openWorkspace(asAgent, kAgentPassword));
    const Status refused = stranger.signIn(withoutAccount, kAgentPassword);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message(),
             QStringLiteral("Le rôle « %1 » est bien reconnu par le serveur, mais il n'a pas de compte dans OpenMairie. "
                            "Demandez à l'administrateur de créer votre compte.").arg(withoutAccount));
    QCOMPARE(refused.error().kind(), Error::Kind::Authentication);
    QVERIFY(!stranger.session().isAuthenticated());
}

QTEST_GUILESS_MAIN(TestUserAccounts)
#include "tst_useraccounts.moc"
