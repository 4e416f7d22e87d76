// The composition root's workspace operations on a real database: creating a seat, opening it,
// and the refusals that protect existing data (a second init, a file that exists, an empty
// server database, a schema from a newer version).
#include "CoreServices.h"
#include "MigrationStep.h"
#include "Sql.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QtTest>

using namespace OpenMairie::Core;
using OpenMairie::Test::TestDatabase;

namespace {

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<illisible>");
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

InitRequest initRequest(const TestDatabase &db)
{
    InitRequest request;
    request.profile = db.profile();
    request.connectionPassword = db.password();
    request.codeInsee = QStringLiteral("13004");
    request.adminLogin = TestDatabase::adminLogin();
    request.adminName = QStringLiteral("Marie Curie");
    request.adminPassword = TestDatabase::adminApplicationPassword();
    return request;
}

int coreLatestVersion()
{
    const Result<ModuleMigrations> core = ModuleMigrations::fromDirectory(
        QStringLiteral("core"), ModuleMigrations::resourceDirectory(QStringLiteral("core")));
    return core ? core->latestVersion() : -1;
}

// Tables of the test database, read through a connection of its own (the services may be closed).
Result<QStringList> tablesOf(const TestDatabase &db)
{
    DatabaseManager manager;
    if (Status s = manager.open(db.profile(), db.password(), DatabaseManager::OpenMode::OpenExisting); !s)
        return s.error();
    QStringList tables = manager.connection().tables();
    tables.sort();
    return tables;
}

} // namespace

class TestCoreServices : public QObject
{
    Q_OBJECT

private slots:
    void initializeCreatesSchemaCommuneAndAdministrator();
    void secondInitializationIsRefused();
    void initializationRefusals_data();
    void initializationRefusals();
    void openWorkspaceOnAnEmptyDatabase();
    void openWorkspaceOnAnInitializedDatabase();
    void openWorkspaceRefusesANewerSchema();
    void signInRefusals();
    void twoWorkspacesInOneThread();
};

void TestCoreServices::initializeCreatesSchemaCommuneAndAdministrator()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    const Result<WorkspaceReport> report = services.initializeWorkspace(initRequest(db));
    OM_VERIFY_OK(report);
    QVERIFY(services.database().isOpen());
    QCOMPARE(report->appliedSteps.value(0), QStringLiteral("core 0001_socle"));
    QCOMPARE(report->appliedSteps.size(), coreLatestVersion());
    QCOMPARE(report->warnings, QStringList());
    QCOMPARE(report->refusedModules, QStringList());

    const QSqlDatabase c = services.database().connection();
    const QStringList tables = c.tables();
    for (const QString &t : {QStringLiteral("schema_migrations"), QStringLiteral("collectivite"),
                             QStringLiteral("utilisateur"), QStringLiteral("utilisateur_collectivite"),
                             QStringLiteral("journal_audit")})
        QVERIFY2(tables.contains(t), qPrintable(t));

    Result<QSqlQuery> commune = Sql::exec(c, QStringLiteral("SELECT code_insee, nom, departement, codes_postaux, "
                                                            "population, niveau, actif, created_by FROM collectivite"));
    OM_VERIFY_OK(commune);
    QVERIFY(commune.value().next());
    QCOMPARE(commune.value().value(0).toString(), QStringLiteral("13004"));
    QCOMPARE(commune.value().value(1).toString(), QStringLiteral("Arles"));
    QCOMPARE(commune.value().value(2).toString(), QStringLiteral("13"));
    QVERIFY(commune.value().value(3).toString().split(u',').contains(QStringLiteral("13200")));
    QVERIFY(commune.value().value(4).toInt() > 50000);
    QCOMPARE(commune.value().value(5).toInt(), 1);
    QCOMPARE(commune.value().value(6).toBool(), true);
    QCOMPARE(commune.value().value(7).toString(), TestDatabase::adminLogin());
    QVERIFY(!commune.value().next());

    Result<QSqlQuery> admin = Sql::exec(c, QStringLiteral("SELECT login, nom, profil, multi_collectivite, "
                                                          "mot_de_passe_hash, actif FROM utilisateur"));
    OM_VERIFY_OK(admin);
    QVERIFY(admin.value().next());
    QCOMPARE(admin.value().value(0).toString(), TestDatabase::adminLogin());
    QCOMPARE(admin.value().value(1).toString(), QStringLiteral("Marie Curie"));
    QCOMPARE(admin.value().value(2).toInt(), static_cast<int>(Profile::Administrateur));
    QCOMPARE(admin.value().value(3).toBool(), true);
    if (db.profile().isSqlite())
        QVERIFY(admin.value().value(4).toString().startsWith(u"$argon2id$"));
    else
        QCOMPARE(admin.value().value(4).toString(), QString()); // the server authenticates the role
    QCOMPARE(admin.value().value(5).toBool(), true);
    QVERIFY(!admin.value().next());

    // Creating the commune and the administrator left their trace.
    Result<QSqlQuery> audit = Sql::exec(c, QStringLiteral("SELECT table_name, action, utilisateur FROM journal_audit "
                                                          "ORDER BY id"));
    OM_VERIFY_OK(audit);
    QStringList trace;
    while (audit.value().next())
        trace.append(audit.value().value(0).toString() + u' ' + audit.value().value(1).toString() + u' '
                     + audit.value().value(2).toString());
    QCOMPARE(trace, (QStringList{QStringLiteral("collectivite insert ") + TestDatabase::adminLogin(),
                                 QStringLiteral("utilisateur insert ") + TestDatabase::adminLogin(),
                                 QStringLiteral("utilisateur_collectivite insert ") + TestDatabase::adminLogin()}));

    const Result<QList<ModuleSchemaState>> states = services.schemaStates();
    OM_VERIFY_OK(states);
    QCOMPARE(states->first().module, QStringLiteral("core"));
    QVERIFY(states->first().isUpToDate());

    OM_VERIFY_OK(services.signIn(TestDatabase::adminLogin(), TestDatabase::adminApplicationPassword(),
                                 QStringLiteral("13004")));
    QVERIFY(services.session().isAuthenticated());
    QCOMPARE(services.session().user().login, TestDatabase::adminLogin());
    QCOMPARE(services.session().user().profile, Profile::Administrateur);
    QCOMPARE(services.session().commune().codeInsee, QStringLiteral("13004"));
    QCOMPARE(services.session().commune().nom, QStringLiteral("Arles"));

    if (db.profile().isSqlite()) {
        const Result<QVariant> id = Sql::scalar(c, QStringLiteral("PRAGMA application_id"));
        QCOMPARE(id.value().toInt(), DatabaseManager::kSqliteApplicationId);
    }
}

void TestCoreServices::secondInitializationIsRefused()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    {
        CoreServices services;
        OM_VERIFY_OK(services.initializeWorkspace(initRequest(db)));
    }
    const QString before = db.profile().isSqlite() ? fileSha256(db.profile().filePath()) : QString();

    CoreServices services;
    InitRequest again = initRequest(db);
    again.codeInsee = QStringLiteral("2A004");
    const Result<WorkspaceReport> report = services.initializeWorkspace(again);
    QVERIFY(!report.ok());
    QVERIFY(!services.database().isOpen());
    if (db.profile().isSqlite()) {
        QCOMPARE(report.error().message(),
                 QStringLiteral("Le fichier « %1 » existe déjà : il n'est pas écrasé. Choisissez un autre nom, ou "
                                "ouvrez-le au lieu de le créer.").arg(QDir::toNativeSeparators(db.profile().filePath())));
        QCOMPARE(report.error().kind(), Error::Kind::Conflict);
        QCOMPARE(fileSha256(db.profile().filePath()), before);

        // Any file in the way is kept, not only an OpenMairie seat.
        const QString other = db.tempPath(QStringLiteral("notes.txt"));
        QFile notes(other);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Ne pas effacer\n");
        notes.close();
        InitRequest onText = initRequest(db);
        onText.profile = ConnectionProfile::sqlite(other);
        const Result<WorkspaceReport> refused = services.initializeWorkspace(onText);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Error::Kind::Conflict);
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), QByteArray("Ne pas effacer\n"));
    } else {
        QCOMPARE(report.error().message(),
                 QStringLiteral("La base %1 contient déjà des données OpenMairie : elle n'est pas réinitialisée. "
                                "Ouvrez-la, ou choisissez une base vide.").arg(db.profile().displayName()));
        QCOMPARE(report.error().kind(), Error::Kind::Conflict);
    }
    // The first commune and administrator are untouched; Ajaccio was not added.
    CoreServices reader;
    OM_VERIFY_OK(reader.openWorkspace(db.profile(), db.password()));
    const Result<QList<SessionCommune>> communes = reader.communes().all();
    OM_VERIFY_OK(communes);
    QCOMPARE(communes->size(), 1);
    QCOMPARE(communes->first().codeInsee, QStringLiteral("13004"));
    const Result<qint64> users = reader.users().userCount();
    OM_VERIFY_OK(users);
    QCOMPARE(users.value(), 1);
}

void TestCoreServices::initializationRefusals_data()
{
    QTest::addColumn<QString>("codeInsee");
    QTest::addColumn<QString>("adminLogin");
    QTest::addColumn<QString>("adminPassword");
    QTest::addColumn<QString>("message");
    QTest::newRow("code INSEE inconnu")
        << QStringLiteral("99999") << TestDatabase::adminLogin() << TestDatabase::adminApplicationPassword()
        << QStringLiteral("Le code INSEE « 99999 » ne correspond à aucune commune. Vérifiez-le (5 caractères, par "
                          "exemple 13004 pour Arles, 2A004 pour Ajaccio).");
    QTest::newRow("administrateur sans identifiant")
        << QStringLiteral("13004") << QString() << TestDatabase::adminApplicationPassword()
        << QStringLiteral("Indiquez l'identifiant de l'administrateur.");
    QTest::newRow("identifiant de l'administrateur mal formé")
        << QStringLiteral("13004") << QStringLiteral("Admin Mairie") << TestDatabase::adminApplicationPassword()
        << QStringLiteral("Identifiant « Admin Mairie » refusé : utilisez de 2 à 63 caractères parmi les lettres "
                          "minuscules sans accent, les chiffres, le point, le tiret et le souligné, en commençant par "
                          "une lettre (par exemple « jdupont »).");
    if (!TestDatabase::isPostgres())
        QTest::newRow("mot de passe faible (poste SQLite)")
            << QStringLiteral("13004") << QStringLiteral("admin") << QStringLiteral("arles")
            << QStringLiteral("Mot de passe de l'administrateur refusé : Le mot de passe doit compter au moins 8 "
                              "caractères.");
}

void TestCoreServices::initializationRefusals()
{
    QFETCH(QString, codeInsee);
    QFETCH(QString, adminLogin);
    QFETCH(QString, adminPassword);
    QFETCH(QString, message);
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    InitRequest request = initRequest(db);
    request.codeInsee = codeInsee;
    request.adminLogin = adminLogin;
    request.adminPassword = adminPassword;
    const Result<WorkspaceReport> report = services.initializeWorkspace(request);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().message(), message);
    QCOMPARE(report.error().kind(), Error::Kind::InvalidInput);
    QVERIFY(!services.database().isOpen());

    // Nothing half-made stays behind, so that the agent can simply correct and start again.
    if (db.profile().isSqlite()) {
        QVERIFY(!QFileInfo::exists(db.profile().filePath()));
        QVERIFY(!QFileInfo::exists(db.profile().filePath() + QStringLiteral("-wal")));
    } else {
        const Result<QStringList> tables = tablesOf(db);
        OM_VERIFY_OK(tables);
        QCOMPARE(tables.value(), QStringList());
    }
    OM_VERIFY_OK(services.initializeWorkspace(initRequest(db)));
}

void TestCoreServices::openWorkspaceOnAnEmptyDatabase()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    if (db.profile().isSqlite()) {
        // A file marked as OpenMairie's but without any table (an init interrupted by a power cut).
        DatabaseManager manager;
        OM_VERIFY_OK(manager.open(db.profile(), {}, DatabaseManager::OpenMode::CreateNew));
    }
    const QString before = db.profile().isSqlite() ? fileSha256(db.profile().filePath()) : QString();
    CoreServices services;
    const Result<WorkspaceReport> report = services.openWorkspace(db.profile(), db.password());
    QVERIFY(!report.ok());
    QCOMPARE(report.error().message(),
             QStringLiteral("La base %1 ne contient pas de données OpenMairie. Créez-la d'abord avec "
                            "« openmairie-cli init » ou l'assistant de premier démarrage.")
                 .arg(db.profile().displayName()));
    QCOMPARE(report.error().kind(), Error::Kind::NotFound);
    QVERIFY(!services.database().isOpen());
    if (db.profile().isSqlite()) {
        QCOMPARE(fileSha256(db.profile().filePath()), before);
    } else {
        const Result<QStringList> tables = tablesOf(db);
        OM_VERIFY_OK(tables);
        QCOMPARE(tables.value(), QStringList());
    }
}

void TestCoreServices::openWorkspaceOnAnInitializedDatabase()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    {
        CoreServices services;
        OM_VERIFY_OK(db.initialize(services));
    }
    CoreServices services;
    const Result<WorkspaceReport> report = services.openWorkspace(db.profile(), db.password());
    OM_VERIFY_OK(report);
    QCOMPARE(report->appliedSteps, QStringList());
    QCOMPARE(report->warnings, QStringList());
    QVERIFY(services.database().isOpen());
    QVERIFY(!services.session().isAuthenticated());
    OM_VERIFY_OK(services.signIn(TestDatabase::adminLogin(), TestDatabase::adminApplicationPassword()));
    QCOMPARE(services.session().commune().codeInsee, QStringLiteral("13004"));
}

void TestCoreServices::openWorkspaceRefusesANewerSchema()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    {
        CoreServices services;
        OM_VERIFY_OK(db.initialize(services));
    }
    // A newer OpenMairie recorded core step 99.
    OM_VERIFY_OK(db.execAsAdmin(QStringLiteral(
        "INSERT INTO schema_migrations (module, version, name, checksum) VALUES ('core', 99, 'futur', 'inconnue')")));
    const QString before = db.profile().isSqlite() ? fileSha256(db.profile().filePath()) : QString();

    CoreServices services;
    const Result<WorkspaceReport> report = services.openWorkspace(db.profile(), db.password());
    QVERIFY(!report.ok());
    QCOMPARE(report.error().message(),
             QStringLiteral("Cette base de données a été mise à jour par une version plus récente d'OpenMairie "
                            "(module « core » : schéma en version 99, cette version du logiciel ne connaît que la "
                            "version %1). Rien n'a été modifié. Installez la dernière version d'OpenMairie sur ce "
                            "poste.").arg(coreLatestVersion()));
    QCOMPARE(report.error().kind(), Error::Kind::SchemaTooNew);
    QVERIFY(!services.database().isOpen());
    if (db.profile().isSqlite())
        QCOMPARE(fileSha256(db.profile().filePath()), before);
}

void TestCoreServices::signInRefusals()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    services.session().end();

    const Status otherCommune = services.signIn(TestDatabase::adminLogin(), TestDatabase::adminApplicationPassword(),
                                                QStringLiteral("2A004"));
    QVERIFY(!otherCommune.ok());
    QCOMPARE(otherCommune.error().message(),
             QStringLiteral("Le compte « %1 » n'a pas accès à la commune de code INSEE 2A004.")
                 .arg(TestDatabase::adminLogin()));
    QCOMPARE(otherCommune.error().kind(), Error::Kind::PermissionDenied);
    QVERIFY(!services.session().isAuthenticated());

    if (db.profile().isSqlite()) {
        const Status wrong = services.signIn(QStringLiteral("admin"), QStringLiteral("Mairie-2025!"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().message(), QStringLiteral("Identifiant ou mot de passe incorrect."));
        QCOMPARE(wrong.error().kind(), Error::Kind::Authentication);
        QVERIFY(!services.session().isAuthenticated());
    }
    // The code is accepted in lower case, as agents type it.
    OM_VERIFY_OK(services.signIn(TestDatabase::adminLogin(), TestDatabase::adminApplicationPassword(),
                                 QStringLiteral(" 13004 ")));
    QCOMPARE(services.session().commune().nom, QStringLiteral("Arles"));
}

void TestCoreServices::twoWorkspacesInOneThread()
{
    // Two services in the same thread (a copy between two seats, a second window) each keep their
    // own connection.
    TestDatabase arlesDb;
    OM_REQUIRE_DB(arlesDb);
    TestDatabase ajaccioDb;
    OM_REQUIRE_DB(ajaccioDb);
    CoreServices arles;
    OM_VERIFY_OK(arlesDb.initialize(arles, QStringLiteral("13004")));
    CoreServices ajaccio;
    OM_VERIFY_OK(ajaccioDb.initialize(ajaccio, QStringLiteral("2A004")));

    for (int round = 0; round < 2; ++round) {
        const Result<QList<SessionCommune>> a = arles.communes().all();
        const Result<QList<SessionCommune>> b = ajaccio.communes().all();
        OM_VERIFY_OK(a);
        OM_VERIFY_OK(b);
        QCOMPARE(a->size(), 1);
        QCOMPARE(b->size(), 1);
        QCOMPARE(a->first().nom, QStringLiteral("Arles"));
        QCOMPARE(b->first().nom, QStringLiteral("Ajaccio"));
    }
    ajaccio.database().close();
    const Result<QList<SessionCommune>> still = arles.communes().all();
    OM_VERIFY_OK(still);
    QCOMPARE(still->first().nom, QStringLiteral("Arles"));
}

QTEST_GUILESS_MAIN(TestCoreServices)
#include "tst_coreservices.moc"
