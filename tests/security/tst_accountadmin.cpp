// Accounts administered through the service: creation (and on PostgreSQL the LOGIN role with its
// groups), rights of the caller, optimistic locking, disabling, password change and reset.
#include "CoreServices.h"
#include "Sql.h"
#include "TestDatabase.h"

#include <QTest>
#include <QUuid>

using namespace OpenMairie::Core;
using OpenMairie::Test::TestDatabase;

namespace {
const QString kPassword = QStringLiteral("Agent-Tarascon-2026!");

QString uniqueLogin(const QString &stem)
{
    return stem + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

NewUser agent(const QString &login, qint64 commune, Profile profile = Profile::Utilisateur)
{
    NewUser u;
    u.login = login;
    u.nom = QStringLiteral("Jeanne Dupont");
    u.profile = profile;
    u.password = kPassword;
    u.communeIds = {commune};
    return u;
}

ConnectionProfile asRole(const TestDatabase &db, const QString &login)
{
    const ConnectionProfile &p = db.profile();
    return db.isPostgres() ? ConnectionProfile::postgres(p.host(), p.port(), p.database(), login, p.sslMode()) : p;
}

Status signInAs(CoreServices &services, const TestDatabase &db, const QString &login, const QString &password)
{
    if (Result<WorkspaceReport> r = services.openWorkspace(asRole(db, login), db.isPostgres() ? password : db.password()); !r)
        return r.error();
    return services.signIn(login, password);
}
} // namespace

class TestAccountAdmin : public QObject
{
    Q_OBJECT

private slots:
    void createdAgentCanSignInWithHisRole();
    void onlyTheAdministratorManagesAccounts();
    void concurrentEditIsRefusedWithWhoAndWhen();
    void disabledAccountCannotSignIn();
    void passwordChangeAndReset();
    void accountWithoutCommuneIsRefused();
};

void TestAccountAdmin::createdAgentCanSignInWithHisRole()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices admin;
    OM_VERIFY_OK(db.initialize(admin));
    const QString login = uniqueLogin(QStringLiteral("jdupont"));
    OM_VERIFY_OK(admin.users().createUser(agent(login, admin.session().commune().id), TestDatabase::adminLogin()));
    Result<UserAccount> found = admin.users().find(login);
    OM_VERIFY_OK(found);
    QCOMPARE(found->profile, Profile::Utilisateur);
    QCOMPARE(found->communes.size(), 1);
    QCOMPARE(found->communes.first().codeInsee, QStringLiteral("13004"));
    if (db.isPostgres()) {
        QSqlDatabase c = admin.database().connection();
        QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin"), {login})
                     .value().toInt(), 1);
        QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT pg_has_role(?, current_database() || '_agents', 'MEMBER')"), {login})
                     .value().toBool(), true);
    }
    CoreServices seat;
    seat.startModules();
    OM_VERIFY_OK(signInAs(seat, db, login, kPassword));
    QCOMPARE(seat.session().user().login, login);
    QCOMPARE(seat.session().user().profile, Profile::Utilisateur);
}

void TestAccountAdmin::onlyTheAdministratorManagesAccounts()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices admin;
    OM_VERIFY_OK(db.initialize(admin));
    const QString login = uniqueLogin(QStringLiteral("msuper"));
    OM_VERIFY_OK(admin.users().createUser(agent(login, admin.session().commune().id, Profile::SuperUtilisateur),
                                          TestDatabase::adminLogin()));
    CoreServices seat;
    OM_VERIFY_OK(signInAs(seat, db, login, kPassword));
    const Result<qint64> refused = seat.users().createUser(agent(uniqueLogin(QStringLiteral("pirate")),
                                                                 seat.session().commune().id, Profile::Administrateur),
                                                           login);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), Error::Kind::PermissionDenied);
    QVERIFY(!seat.users().list());
    QVERIFY(!seat.users().resetPassword(TestDatabase::adminLogin(), QStringLiteral("Nouveau-Mot-2026!")));
    QVERIFY(!seat.users().setActive(TestDatabase::adminLogin(), false));
}

void TestAccountAdmin::concurrentEditIsRefusedWithWhoAndWhen()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices admin;
    OM_VERIFY_OK(db.initialize(admin));
    const QString login = uniqueLogin(QStringLiteral("lmartin"));
    const qint64 commune = admin.session().commune().id;
    OM_VERIFY_OK(admin.users().createUser(agent(login, commune), TestDatabase::adminLogin()));
    const UserAccount opened = admin.users().find(login).value();
    UserChanges first{QStringLiteral("Louise Martin"), {}, Profile::SuperUtilisateur, false, {commune}};
    OM_VERIFY_OK(admin.users().update(login, first, opened.version));
    UserChanges second{QStringLiteral("L. Martin"), {}, Profile::Consultation, false, {commune}};
    const Status stale = admin.users().update(login, second, opened.version);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind(), Error::Kind::Conflict);
    QVERIFY2(stale.error().message().contains(TestDatabase::adminLogin())
                 && stale.error().message().contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))),
             qPrintable(stale.error().message()));
    const UserAccount now = admin.users().find(login).value();
    QCOMPARE(now.nom, QStringLiteral("Louise Martin"));
    QCOMPARE(now.profile, Profile::SuperUtilisateur);
}

void TestAccountAdmin::disabledAccountCannotSignIn()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices admin;
    OM_VERIFY_OK(db.initialize(admin));
    const QString login = uniqueLogin(QStringLiteral("pdurand"));
    OM_VERIFY_OK(admin.users().createUser(agent(login, admin.session().commune().id), TestDatabase::adminLogin()));
    OM_VERIFY_OK(admin.users().setActive(login, false));
    QVERIFY(!admin.users().setActive(TestDatabase::adminLogin(), false)); // not oneself
    CoreServices seat;
    QVERIFY(!signInAs(seat, db, login, kPassword));
    OM_VERIFY_OK(admin.users().setActive(login, true));
    CoreServices again;
    OM_VERIFY_OK(signInAs(again, db, login, kPassword));
}

void TestAccountAdmin::passwordChangeAndReset()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices admin;
    OM_VERIFY_OK(db.initialize(admin));
    const QString login = uniqueLogin(QStringLiteral("cpetit"));
    OM_VERIFY_OK(admin.users().createUser(agent(login, admin.session().commune().id), TestDatabase::adminLogin()));
    const QString changed = QStringLiteral("Changé-Le-29-novembre!");
    {
        CoreServices seat;
        OM_VERIFY_OK(signInAs(seat, db, login, kPassword));
        const Status wrongOld = seat.users().changeOwnPassword(QStringLiteral("pas-le-bon-2026!"), changed);
        QVERIFY(!wrongOld);
        QVERIFY(wrongOld.error().message().contains(QStringLiteral("ancien mot de passe")));
        QVERIFY(!seat.users().changeOwnPassword(kPassword, QStringLiteral("court")));
        OM_VERIFY_OK(seat.users().changeOwnPassword(kPassword, changed));
    }
    {
        CoreServices seat;
        QVERIFY(!signInAs(seat, db, login, kPassword));
        CoreServices seat2;
        OM_VERIFY_OK(signInAs(seat2, db, login, changed));
    }
    const QString reset = QStringLiteral("Remis-Par-Le-Maire-2026!");
    OM_VERIFY_OK(admin.users().resetPassword(login, reset));
    CoreServices seat;
    OM_VERIFY_OK(signInAs(seat, db, login, reset));
}

void TestAccountAdmin::accountWithoutCommuneIsRefused()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices admin;
    OM_VERIFY_OK(db.initialize(admin));
    NewUser nowhere = agent(uniqueLogin(QStringLiteral("nulle")), 0);
    nowhere.communeIds.clear();
    const Result<qint64> refused = admin.users().createUser(nowhere, TestDatabase::adminLogin());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), Error::Kind::InvalidInput);
    QVERIFY(refused.error().message().contains(QStringLiteral("au moins une commune")));
}

QTEST_GUILESS_MAIN(TestAccountAdmin)
#include "tst_accountadmin.moc"
