// The rights matrix: every declared right × every profile (data-driven), the administrator's
// overrides, who may change them, and on PostgreSQL the module's tables following the matrix.
#include "CoreServices.h"
#include "Sql.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace OpenMairie::Core;
using OpenMairie::Test::TestDatabase;

class TestRightsMatrix : public QObject
{
    Q_OBJECT

private slots:
    void eachProfileHoldsTheRightsOfItsRank_data();
    void eachProfileHoldsTheRightsOfItsRank();
    void overrideAppliesAndResets();
    void onlyAdministratorsChangeTheMatrix();
    void moduleTablesFollowTheMatrixOnTheServer();
};

void TestRightsMatrix::eachProfileHoldsTheRightsOfItsRank_data()
{
    QTest::addColumn<QString>("permission");
    QTest::addColumn<int>("profile");
    QTest::addColumn<bool>("expected");
    CoreServices services;
    services.startModules();
    const auto &catalogue = services.permissions().catalogue();
    QVERIFY(catalogue.size() >= 8);
    for (auto it = catalogue.cbegin(); it != catalogue.cend(); ++it) {
        Profile declared = Profile::Administrateur;
        QVERIFY(parseProfile(it.value().defaultProfile, &declared));
        for (int p = 1; p <= 5; ++p)
            QTest::addRow("%s × %d", qPrintable(it.key()), p) << it.key() << p << (p >= static_cast<int>(declared));
    }
}

void TestRightsMatrix::eachProfileHoldsTheRightsOfItsRank()
{
    QFETCH(QString, permission);
    QFETCH(int, profile);
    QFETCH(bool, expected);
    CoreServices services;
    services.startModules();
    QCOMPARE(services.permissions().allows(static_cast<Profile>(profile), permission), expected);
    QVERIFY(services.permissions().allows(Profile::Administrateur, permission));
    QVERIFY(!services.permissions().allows(static_cast<Profile>(profile), permission + QStringLiteral(".inconnu")));
}

void TestRightsMatrix::overrideAppliesAndResets()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    services.startModules();
    OM_VERIFY_OK(db.initialize(services));
    const QString right = QStringLiteral("core.audit.consulter");
    QVERIFY(!services.permissions().allows(Profile::Utilisateur, right));
    OM_VERIFY_OK(services.rights().setMinimumProfile(right, Profile::Utilisateur));
    QVERIFY(services.permissions().allows(Profile::Utilisateur, right));
    QVERIFY(!services.permissions().allows(Profile::UtilisateurLimite, right));
    // Read back from the database by another seat at sign-in.
    {
        // Modules are plugins, one instance per process: a second seat in this process works
        // without them (the right checked here is the core's).
        CoreServices other;
        OM_VERIFY_OK(other.openWorkspace(db.profile(), db.password()));
        OM_VERIFY_OK(other.signIn(TestDatabase::adminLogin(), TestDatabase::adminApplicationPassword()));
        QVERIFY(other.permissions().allows(Profile::Utilisateur, right));
        bool listed = false;
        for (const RightEntry &e : other.rights().entries())
            if (e.permission == right) {
                listed = true;
                QVERIFY(e.changed());
                QCOMPARE(e.effective, Profile::Utilisateur);
                QCOMPARE(e.declared, Profile::SuperUtilisateur);
            }
        QVERIFY(listed);
    }
    OM_VERIFY_OK(services.rights().resetToDefault(right));
    QVERIFY(!services.permissions().allows(Profile::Utilisateur, right));
    QCOMPARE(Sql::scalar(services.database().connection(), QStringLiteral("SELECT count(*) FROM droit_profil")).value().toInt(), 0);
    // The right to manage rights cannot be lowered; an unknown right is refused.
    QVERIFY(!services.rights().setMinimumProfile(RightsMatrix::managePermission(), Profile::SuperUtilisateur));
    const Status unknown = services.rights().setMinimumProfile(QStringLiteral("elec.inconnu.voir"), Profile::Consultation);
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message().contains(QStringLiteral("elec.inconnu.voir")));
}

void TestRightsMatrix::onlyAdministratorsChangeTheMatrix()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices admin;
    admin.startModules();
    OM_VERIFY_OK(db.initialize(admin));
    const QString login = QStringLiteral("super_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString password = QStringLiteral("Super-Agent-2026!");
    NewUser u{login, QStringLiteral("Super agent"), Profile::SuperUtilisateur, password, {admin.session().commune().id}, false};
    OM_VERIFY_OK(admin.users().createUser(u, TestDatabase::adminLogin()));
    CoreServices seat; // without modules: they are started once per process, by the administrator's
    ConnectionProfile p = db.profile();
    if (db.isPostgres())
        p = ConnectionProfile::postgres(p.host(), p.port(), p.database(), login, p.sslMode());
    OM_VERIFY_OK(seat.openWorkspace(p, db.isPostgres() ? password : db.password()));
    OM_VERIFY_OK(seat.signIn(login, password));
    const Status refused = seat.rights().setMinimumProfile(QStringLiteral("core.audit.exporter"), Profile::SuperUtilisateur);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), Error::Kind::PermissionDenied);
    QVERIFY(!seat.permissions().sessionAllows(QStringLiteral("core.audit.exporter")));
}

void TestRightsMatrix::moduleTablesFollowTheMatrixOnTheServer()
{
    if (!TestDatabase::isPostgres())
        QSKIP("Les GRANT par module sont ceux du serveur PostgreSQL.");
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices admin;
    admin.startModules();
    OM_VERIFY_OK(db.initialize(admin));
    const QStringList reglementRights = [&] {
        QStringList rights;
        for (const RightEntry &e : admin.rights().entries())
            if (e.module == u"reglement")
                rights.append(e.permission);
        return rights;
    }();
    QVERIFY(!reglementRights.isEmpty());
    const QString login = QStringLiteral("agent_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString password = QStringLiteral("Agent-Cimetiere-2026!");
    OM_VERIFY_OK(admin.users().createUser({login, QStringLiteral("Agent"), Profile::Utilisateur, password,
                                           {admin.session().commune().id}, false},
                                          TestDatabase::adminLogin()));
    const auto canRead = [&]() {
        const QString name = QStringLiteral("agent-") + QUuid::createUuid().toString(QUuid::Id128);
        bool ok = false;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            c.setHostName(db.profile().host());
            c.setPort(db.profile().port());
            c.setDatabaseName(db.profile().database());
            c.setUserName(login);
            c.setPassword(password);
            if (c.open()) {
                QSqlQuery q(c);
                ok = q.exec(QStringLiteral("SELECT count(*) FROM reglement_arrete"));
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    };
    QVERIFY(canRead());
    // No right of the module left for his profile: the server refuses its tables altogether.
    for (const QString &right : reglementRights)
        OM_VERIFY_OK(admin.rights().setMinimumProfile(right, Profile::SuperUtilisateur));
    QVERIFY(!canRead());
    for (const QString &right : reglementRights)
        OM_VERIFY_OK(admin.rights().resetToDefault(right));
    QVERIFY(canRead());
}

QTEST_GUILESS_MAIN(TestRightsMatrix)
#include "tst_rightsmatrix.moc"
