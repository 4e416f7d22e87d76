// The migration runner on a real database (SQLite file or PostgreSQL), with module steps written
// to temporary folders: fresh install, upgrade, a schema newer than the binary, a changed step,
// a failing step, and malformed step folders.
#include "DatabaseManager.h"
#include "MigrationRunner.h"
#include "MigrationStep.h"
#include "Sql.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace OpenMairie::Core;
using OpenMairie::Test::TestDatabase;

namespace {

const QString kStep1 = QStringLiteral(
    "-- Première étape : les personnes (tables d'essai sans commune, déclarées partagées).\n"
    "-- @reference essai_personne\n"
    "CREATE TABLE essai_personne (\n"
    "    id {{id}},\n"
    "    nom VARCHAR(100) NOT NULL,\n"
    "    actif {{bool}} NOT NULL DEFAULT {{true}}\n"
    ");\n"
    "INSERT INTO essai_personne (nom) VALUES ('Dupont; Jean');\n");
const QString kStep2 = QStringLiteral(
    "ALTER TABLE essai_personne ADD COLUMN naissance {{date}};\n"
    "CREATE INDEX essai_personne_nom ON essai_personne (nom);\n");
const QString kStep3 = QStringLiteral(
    "-- @reference essai_adresse\n"
    "CREATE TABLE essai_adresse (id {{id}}, personne_id {{ref}} NOT NULL REFERENCES essai_personne(id), "
    "voie VARCHAR(200) NOT NULL);\n");

QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<illisible>");
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

// A module's step folder, as a module would ship it in its resources.
class StepFolder
{
public:
    StepFolder() = default;
    QString path() const { return m_dir.path(); }
    bool write(const QString &fileName, const QString &sql) const
    {
        QFile f(m_dir.filePath(fileName));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(sql.toUtf8()) >= 0;
    }
    ModuleMigrations load(const QString &module = QStringLiteral("essai")) const
    {
        Result<ModuleMigrations> m = ModuleMigrations::fromDirectory(module, path());
        if (!m) {
            qWarning() << m.error().fullText();
            return {};
        }
        return m.value();
    }

private:
    QTemporaryDir m_dir;
};

struct AppliedRow
{
    QString module;
    int version = 0;
    QString name;
    QString checksum;
    bool operator==(const AppliedRow &) const = default;
};

QList<AppliedRow> appliedRows(const QSqlDatabase &db)
{
    QList<AppliedRow> rows;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT module, version, name, checksum, applied_at FROM schema_migrations "
                               "ORDER BY module, version")))
        return rows;
    while (q.next()) {
        if (q.value(4).isNull())
            qWarning() << "applied_at vide";
        rows.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString()});
    }
    return rows;
}

// Tables, columns and indexes of the database, to prove that a refused migration changed nothing.
QStringList schemaSnapshot(const QSqlDatabase &db, bool sqlite)
{
    QStringList out;
    QSqlQuery q(db);
    if (sqlite) {
        q.exec(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"));
        while (q.next())
            out.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString()}.join(u'|'));
    } else {
        q.exec(QStringLiteral("SELECT table_name, column_name, data_type, coalesce(column_default, '') "
                              "FROM information_schema.columns WHERE table_schema = current_schema() "
                              "ORDER BY table_name, ordinal_position"));
        while (q.next())
            out.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString()}.join(u'|'));
        q.exec(QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                              "ORDER BY indexname"));
        while (q.next())
            out.append(q.value(0).toString() + u'|' + q.value(1).toString());
    }
    return out;
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    return db.tables().contains(table);
}

int rowCount(const QSqlDatabase &db, const QString &table)
{
    Result<QVariant> n = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table);
    return n ? n.value().toInt() : -1;
}

} // namespace

class TestMigrationRunner : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseGetsEveryStep();
    void upgradeAppliesOnlyTheNewStep();
    void secondRunChangesNothing();
    void newerSchemaIsRefusedAndNothingChanges();
    void changedChecksumIsReported();
    void lineEndingsDoNotChangeTheChecksum();
    void failingStepRollsBackEntirely();
    void backendSectionsRunOnTheirBackendOnly();
    void malformedStepFoldersAreRefused_data();
    void malformedStepFoldersAreRefused();
    void moduleWithoutStepsHasNoTables();

private:
    // Opens the test database through the suite's own manager (the runner uses its connection).
    Status openManager(TestDatabase &db, DatabaseManager &manager);
};

Status TestMigrationRunner::openManager(TestDatabase &db, DatabaseManager &manager)
{
    return manager.open(db.profile(), db.password(),
                        db.profile().isSqlite() ? DatabaseManager::OpenMode::OpenOrCreate
                                                : DatabaseManager::OpenMode::OpenExisting);
}

void TestMigrationRunner::freshDatabaseGetsEveryStep()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    DatabaseManager manager;
    OM_VERIFY_OK(openManager(db, manager));
    StepFolder steps;
    QVERIFY(steps.write(QStringLiteral("0001_personnes.sql"), kStep1));
    QVERIFY(steps.write(QStringLiteral("0002_naissance.sql"), kStep2));
    QVERIFY(steps.write(QStringLiteral("0003_adresses.sql"), kStep3));
    QVERIFY(steps.write(QStringLiteral("LISEZMOI.md"), QStringLiteral("pas une étape")));
    const ModuleMigrations module = steps.load();
    QCOMPARE(module.latestVersion(), 3);

    MigrationRunner runner(manager);
    const Result<MigrationReport> report = runner.migrate({module});
    OM_VERIFY_OK(report);
    QCOMPARE(report->applied, (QStringList{QStringLiteral("essai 0001_personnes"), QStringLiteral("essai 0002_naissance"),
                                            QStringLiteral("essai 0003_adresses")}));
    QCOMPARE(report->warnings, QStringList());
    QCOMPARE(report->before.size(), 1);
    QCOMPARE(report->before.first().appliedVersion, 0);
    QCOMPARE(report->before.first().knownVersion, 3);

    const QSqlDatabase c = manager.connection();
    QCOMPARE(appliedRows(c), (QList<AppliedRow>{
                                 {QStringLiteral("essai"), 1, QStringLiteral("personnes"), sha256(kStep1)},
                                 {QStringLiteral("essai"), 2, QStringLiteral("naissance"), sha256(kStep2)},
                                 {QStringLiteral("essai"), 3, QStringLiteral("adresses"), sha256(kStep3)}}));
    Result<QVariant> missingDates = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM schema_migrations WHERE applied_at IS NULL"));
    OM_VERIFY_OK(missingDates);
    QCOMPARE(missingDates.value().toInt(), 0);
    QVERIFY(hasTable(c, QStringLiteral("essai_personne")));
    QVERIFY(hasTable(c, QStringLiteral("essai_adresse")));
    QVERIFY(c.record(QStringLiteral("essai_personne")).contains(QStringLiteral("naissance")));
    // The ';' inside the quoted name did not cut the statement.
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT nom FROM essai_personne")).value().toString(),
             QStringLiteral("Dupont; Jean"));

    const Result<QList<ModuleSchemaState>> states = runner.inspect({module});
    OM_VERIFY_OK(states);
    QCOMPARE(states->first().appliedVersion, 3);
    QVERIFY(states->first().isUpToDate());
    QVERIFY(!states->first().isTooNew());
}

void TestMigrationRunner::upgradeAppliesOnlyTheNewStep()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    DatabaseManager manager;
    OM_VERIFY_OK(openManager(db, manager));
    StepFolder steps;
    QVERIFY(steps.write(QStringLiteral("0001_personnes.sql"), kStep1));
    MigrationRunner runner(manager);
    OM_VERIFY_OK(runner.migrate({steps.load()}));
    const QSqlDatabase c = manager.connection();
    // Data entered with version 1 must survive the upgrade.
    OM_VERIFY_OK(Sql::exec(c, QStringLiteral("INSERT INTO essai_personne (nom) VALUES (?)"), {QStringLiteral("Martin")}));

    QVERIFY(steps.write(QStringLiteral("0002_naissance.sql"), kStep2));
    const ModuleMigrations v2 = steps.load();
    const Result<QList<ModuleSchemaState>> before = runner.inspect({v2});
    OM_VERIFY_OK(before);
    QCOMPARE(before->first().appliedVersion, 1);
    QCOMPARE(before->first().knownVersion, 2);
    QVERIFY(!before->first().isUpToDate());

    const Result<MigrationReport> report = runner.migrate({v2});
    OM_VERIFY_OK(report);
    QCOMPARE(report->applied, QStringList{QStringLiteral("essai 0002_naissance")});
    QCOMPARE(report->before.first().appliedVersion, 1);
    QCOMPARE(appliedRows(c).size(), 2);
    QCOMPARE(appliedRows(c).last(), (AppliedRow{QStringLiteral("essai"), 2, QStringLiteral("naissance"), sha256(kStep2)}));
    QCOMPARE(rowCount(c, QStringLiteral("essai_personne")), 2);
    QVERIFY(c.record(QStringLiteral("essai_personne")).contains(QStringLiteral("naissance")));
}

void TestMigrationRunner::secondRunChangesNothing()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    DatabaseManager manager;
    OM_VERIFY_OK(openManager(db, manager));
    StepFolder steps;
    QVERIFY(steps.write(QStringLiteral("0001_personnes.sql"), kStep1));
    QVERIFY(steps.write(QStringLiteral("0002_naissance.sql"), kStep2));
    MigrationRunner runner(manager);
    OM_VERIFY_OK(runner.migrate({steps.load()}));
    const QStringList schema = schemaSnapshot(manager.connection(), db.profile().isSqlite());
    const QList<AppliedRow> rows = appliedRows(manager.connection());

    const Result<MigrationReport> again = runner.migrate({steps.load()});
    OM_VERIFY_OK(again);
    QCOMPARE(again->applied, QStringList());
    QCOMPARE(again->warnings, QStringList());
    QCOMPARE(schemaSnapshot(manager.connection(), db.profile().isSqlite()), schema);
    QCOMPARE(appliedRows(manager.connection()), rows);
    // The INSERT of step 1 was not replayed.
    QCOMPARE(rowCount(manager.connection(), QStringLiteral("essai_personne")), 1);
}

void TestMigrationRunner::newerSchemaIsRefusedAndNothingChanges()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    const bool sqlite = db.profile().isSqlite();
    {
        // A newer OpenMairie brought the module to version 3.
        DatabaseManager manager;
        OM_VERIFY_OK(openManager(db, manager));
        StepFolder newer;
        QVERIFY(newer.write(QStringLiteral("0001_personnes.sql"), kStep1));
        QVERIFY(newer.write(QStringLiteral("0002_naissance.sql"), kStep2));
        QVERIFY(newer.write(QStringLiteral("0003_adresses.sql"), kStep3));
        OM_VERIFY_OK(MigrationRunner(manager).migrate({newer.load()}));
    }
    const QString fileBefore = sqlite ? fileSha256(db.profile().filePath()) : QString();

    DatabaseManager manager;
    OM_VERIFY_OK(openManager(db, manager));
    const QStringList schemaBefore = schemaSnapshot(manager.connection(), sqlite);
    const QList<AppliedRow> rowsBefore = appliedRows(manager.connection());
    QCOMPARE(rowsBefore.size(), 3);

    // This binary knows only 2 steps of "essai", and has a pending step for another module.
    StepFolder older;
    QVERIFY(older.write(QStringLiteral("0001_personnes.sql"), kStep1));
    QVERIFY(older.write(QStringLiteral("0002_naissance.sql"), kStep2));
    StepFolder other;
    QVERIFY(other.write(QStringLiteral("0001_registre.sql"), QStringLiteral("CREATE TABLE autre_registre (id {{id}});")));
    MigrationRunner runner(manager);
    const Result<MigrationReport> report = runner.migrate({other.load(QStringLiteral("autre")), older.load()});
    QVERIFY(!report.ok());
    QCOMPARE(report.error().message(),
             QStringLiteral("Cette base de données a été mise à jour par une version plus récente d'OpenMairie "
                            "(module « essai » : schéma en version 3, cette version du logiciel ne connaît que la "
                            "version 2). Rien n'a été modifié. Installez la dernière version d'OpenMairie sur ce poste."));
    QCOMPARE(report.error().kind(), Error::Kind::SchemaTooNew);

    const Result<QList<ModuleSchemaState>> states = runner.inspect({older.load()});
    OM_VERIFY_OK(states);
    QVERIFY(states->first().isTooNew());

    QCOMPARE(schemaSnapshot(manager.connection(), sqlite), schemaBefore);
    QCOMPARE(appliedRows(manager.connection()), rowsBefore);
    QVERIFY(!hasTable(manager.connection(), QStringLiteral("autre_registre")));
    if (sqlite) {
        manager.close();
        QCOMPARE(fileSha256(db.profile().filePath()), fileBefore);
    }
}

void TestMigrationRunner::changedChecksumIsReported()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    DatabaseManager manager;
    OM_VERIFY_OK(openManager(db, manager));
    StepFolder steps;
    QVERIFY(steps.write(QStringLiteral("0001_personnes.sql"), kStep1));
    QVERIFY(steps.write(QStringLiteral("0002_naissance.sql"), kStep2));
    MigrationRunner runner(manager);
    OM_VERIFY_OK(runner.migrate({steps.load()}));

    // Someone edited the shipped step 1 after it was applied, and added step 3.
    const QString edited = kStep1 + QStringLiteral("CREATE INDEX essai_personne_actif ON essai_personne (actif);\n");
    QVERIFY(steps.write(QStringLiteral("0001_personnes.sql"), edited));
    QVERIFY(steps.write(QStringLiteral("0003_adresses.sql"), kStep3));
    const Result<QList<ModuleSchemaState>> states = runner.inspect({steps.load()});
    OM_VERIFY_OK(states);
    QCOMPARE(states->first().changedSteps, QStringList{QStringLiteral("0001_personnes")});

    const Result<MigrationReport> report = runner.migrate({steps.load()});
    OM_VERIFY_OK(report);
    QCOMPARE(report->warnings,
             QStringList{QStringLiteral("L'étape déjà appliquée 0001_personnes du module « essai » a été modifiée depuis "
                                        "(somme de contrôle différente) : la base n'a pas reçu ce changement. "
                                        "Signalez-le à votre prestataire.")});
    QCOMPARE(report->applied, QStringList{QStringLiteral("essai 0003_adresses")});
    // The recorded checksum stays the one that was applied; the edit was not run.
    QCOMPARE(appliedRows(manager.connection()).first().checksum, sha256(kStep1));
    const Result<QVariant> index = Sql::scalar(
        manager.connection(),
        db.profile().isSqlite()
            ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'essai_personne_actif'")
            : QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'essai_personne_actif'"));
    OM_VERIFY_OK(index);
    QCOMPARE(index.value().toInt(), 0);
}

void TestMigrationRunner::lineEndingsDoNotChangeTheChecksum()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    DatabaseManager manager;
    OM_VERIFY_OK(openManager(db, manager));
    StepFolder steps;
    QVERIFY(steps.write(QStringLiteral("0001_personnes.sql"), kStep1));
    MigrationRunner runner(manager);
    OM_VERIFY_OK(runner.migrate({steps.load()}));

    // The same step checked out on Windows (CRLF).
    QString crlf = kStep1;
    crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    QVERIFY(steps.write(QStringLiteral("0001_personnes.sql"), crlf));
    const Result<MigrationReport> report = runner.migrate({steps.load()});
    OM_VERIFY_OK(report);
    QCOMPARE(report->warnings, QStringList());
    QCOMPARE(steps.load().steps.first().checksum, sha256(kStep1));
}

void TestMigrationRunner::failingStepRollsBackEntirely()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    DatabaseManager manager;
    OM_VERIFY_OK(openManager(db, manager));
    StepFolder steps;
    QVERIFY(steps.write(QStringLiteral("0001_personnes.sql"), kStep1));
    QVERIFY(steps.write(QStringLiteral("0002_casse.sql"), QStringLiteral(
        "-- @reference essai_a\n"
        "CREATE TABLE essai_a (id {{id}});\n"
        "INSERT INTO essai_a DEFAULT VALUES;\n"
        "CREATE TABLE essai_b (id {{id}});\n"
        "ALTER TABLE essai_personne ADD COLUMN prenom VARCHAR(100);\n"
        "INSERT INTO essai_table_inexistante (x) VALUES (1);\n"
        "CREATE TABLE essai_c (id {{id}});\n")));
    QVERIFY(steps.write(QStringLiteral("0003_adresses.sql"), kStep3));

    MigrationRunner runner(manager);
    const Result<MigrationReport> report = runner.migrate({steps.load()});
    QVERIFY(!report.ok());
    QCOMPARE(report.error().message(),
             QStringLiteral("La mise à jour du schéma (module « essai », étape 2 « casse ») a échoué ; la base est "
                            "restée telle qu'elle était avant cette étape. Erreur de la base de données."));
    QVERIFY2(report.error().detail().contains(u"essai_table_inexistante"), qPrintable(report.error().detail()));

    const QSqlDatabase c = manager.connection();
    // Step 1 stays; nothing of step 2 is left (not even the tables made before the failing
    // statement); step 3 was not attempted.
    QCOMPARE(appliedRows(c), (QList<AppliedRow>{{QStringLiteral("essai"), 1, QStringLiteral("personnes"), sha256(kStep1)}}));
    QVERIFY(hasTable(c, QStringLiteral("essai_personne")));
    QCOMPARE(rowCount(c, QStringLiteral("essai_personne")), 1);
    for (const QString &table : {QStringLiteral("essai_a"), QStringLiteral("essai_b"), QStringLiteral("essai_c"),
                                 QStringLiteral("essai_adresse")})
        QVERIFY2(!hasTable(c, table), qPrintable(table));
    QVERIFY(!c.record(QStringLiteral("essai_personne")).contains(QStringLiteral("prenom")));

    // The connection is usable afterwards (no transaction left open), and a fixed step applies.
    QVERIFY(steps.write(QStringLiteral("0002_casse.sql"), QStringLiteral("-- @reference essai_a\nCREATE TABLE essai_a (id {{id}});\n")));
    const Result<MigrationReport> fixed = runner.migrate({steps.load()});
    OM_VERIFY_OK(fixed);
    QCOMPARE(fixed->applied, (QStringList{QStringLiteral("essai 0002_casse"), QStringLiteral("essai 0003_adresses")}));
}

void TestMigrationRunner::backendSectionsRunOnTheirBackendOnly()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    DatabaseManager manager;
    OM_VERIFY_OK(openManager(db, manager));
    StepFolder steps;
    QVERIFY(steps.write(QStringLiteral("0001_sections.sql"), QStringLiteral(
        "-- @reference essai_commun\n"
        "-- @reference essai_sqlite\n"
        "-- @reference essai_pg\n"
        "CREATE TABLE essai_commun (id {{id}}, valeur INTEGER NOT NULL);\n"
        "-- @sqlite\n"
        "CREATE TABLE essai_sqlite (id INTEGER);\n"
        "CREATE TRIGGER essai_commun_positif BEFORE INSERT ON essai_commun\n"
        "BEGIN\n"
        "    SELECT RAISE(ABORT, 'valeur négative refusée') WHERE new.valeur < CASE WHEN 1 THEN 0 END;\n"
        "END;\n"
        "-- @pgsql\n"
        "CREATE TABLE essai_pg (id INTEGER);\n"
        "CREATE FUNCTION essai_commun_positif() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        "    IF new.valeur < 0 THEN RAISE EXCEPTION 'valeur négative refusée'; END IF;\n"
        "    RETURN new;\n"
        "END;\n"
        "$$;\n"
        "CREATE TRIGGER essai_commun_positif BEFORE INSERT ON essai_commun\n"
        "    FOR EACH ROW EXECUTE FUNCTION essai_commun_positif();\n"
        "-- @all\n"
        "CREATE INDEX essai_commun_valeur ON essai_commun (valeur);\n")));
    OM_VERIFY_OK(MigrationRunner(manager).migrate({steps.load()}));
    const QSqlDatabase c = manager.connection();
    const bool sqlite = db.profile().isSqlite();
    QCOMPARE(hasTable(c, QStringLiteral("essai_sqlite")), sqlite);
    QCOMPARE(hasTable(c, QStringLiteral("essai_pg")), !sqlite);
    OM_VERIFY_OK(Sql::exec(c, QStringLiteral("INSERT INTO essai_commun (valeur) VALUES (?)"), {1}));
    const Result<QSqlQuery> refused = Sql::exec(c, QStringLiteral("INSERT INTO essai_commun (valeur) VALUES (?)"), {-1});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().detail().contains(u"valeur négative refusée"), qPrintable(refused.error().detail()));
    QCOMPARE(rowCount(c, QStringLiteral("essai_commun")), 1);
}

void TestMigrationRunner::malformedStepFoldersAreRefused_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("message");
    const auto badName = [](const QString &f) {
        return QStringLiteral("Étape de migration mal nommée « %1 » dans le module essai (attendu : "
                              "NNNN_description.sql).").arg(f);
    };
    const auto gap = [](int expected) {
        return QStringLiteral("Les étapes de migration du module essai ne se suivent pas : l'étape %1 est attendue.")
            .arg(expected);
    };
    QTest::newRow("trou 1, 3") << QStringList{QStringLiteral("0001_a.sql"), QStringLiteral("0003_c.sql")} << gap(2);
    QTest::newRow("commence à 2") << QStringList{QStringLiteral("0002_b.sql"), QStringLiteral("0003_c.sql")} << gap(1);
    QTest::newRow("commence à 0") << QStringList{QStringLiteral("0000_zero.sql"), QStringLiteral("0001_a.sql")} << gap(1);
    QTest::newRow("version en double") << QStringList{QStringLiteral("0001_a.sql"), QStringLiteral("0001_b.sql")} << gap(2);
    QTest::newRow("trois chiffres") << QStringList{QStringLiteral("001_a.sql")} << badName(QStringLiteral("001_a.sql"));
    QTest::newRow("tiret au lieu du souligné") << QStringList{QStringLiteral("0001-a.sql")}
                                                << badName(QStringLiteral("0001-a.sql"));
    QTest::newRow("sans description") << QStringList{QStringLiteral("0001.sql")} << badName(QStringLiteral("0001.sql"));
    QTest::newRow("espace dans le nom") << QStringList{QStringLiteral("0001_a.sql"), QStringLiteral("0002_mise a jour.sql")}
                                        << badName(QStringLiteral("0002_mise a jour.sql"));
    QTest::newRow("accent dans le nom") << QStringList{QStringLiteral("0001_créer.sql")}
                                        << badName(QStringLiteral("0001_créer.sql"));
}

void TestMigrationRunner::malformedStepFoldersAreRefused()
{
    QFETCH(QStringList, files);
    QFETCH(QString, message);
    StepFolder steps;
    for (const QString &f : std::as_const(files))
        QVERIFY(steps.write(f, QStringLiteral("CREATE TABLE essai_x (id INTEGER);")));
    const Result<ModuleMigrations> loaded = ModuleMigrations::fromDirectory(QStringLiteral("essai"), steps.path());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().message(), message);
}

void TestMigrationRunner::moduleWithoutStepsHasNoTables()
{
    const Result<ModuleMigrations> none =
        ModuleMigrations::fromDirectory(QStringLiteral("sanstable"), QStringLiteral(":/openmairie/migrations/sanstable"));
    OM_VERIFY_OK(none);
    QCOMPARE(none->latestVersion(), 0);
    QVERIFY(none->steps.isEmpty());

    // The core's own steps ship in resources and load cleanly.
    const Result<ModuleMigrations> core =
        ModuleMigrations::fromDirectory(QStringLiteral("core"), ModuleMigrations::resourceDirectory(QStringLiteral("core")));
    OM_VERIFY_OK(core);
    QVERIFY(core->latestVersion() >= 1);
    QCOMPARE(core->steps.first().name, QStringLiteral("socle"));
    QCOMPARE(core->steps.first().checksum.size(), 64);

    TestDatabase db;
    OM_REQUIRE_DB(db);
    DatabaseManager manager;
    OM_VERIFY_OK(openManager(db, manager));
    const Result<MigrationReport> report = MigrationRunner(manager).migrate({none.value()});
    OM_VERIFY_OK(report);
    QCOMPARE(report->applied, QStringList());
    QCOMPARE(appliedRows(manager.connection()).size(), 0);
}

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "tst_migrationrunner.moc"
