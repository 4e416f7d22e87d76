// openmairie-cli as partners' scripts use it: the real binary, run with QProcess, on a fresh
// database of the backend under test (SQLite file or PostgreSQL database). Each case asserts the
// exit code and the French message a script or an agent would read.
#include "TestDatabase.h"

#include "BackupService.h"
#include "ConnectionProfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>
#endif

using namespace OpenMairie;
using Test::TestDatabase;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
    QString describe() const
    {
        return QStringLiteral("code de sortie %1\n--- sortie standard ---\n%2\n--- erreurs ---\n%3")
            .arg(exitCode)
            .arg(out, err);
    }
};

struct RunOptions
{
    QString modulePath;                 // OPENMAIRIE_MODULE_PATH; empty: the fixture "actifs"
    std::optional<QString> password;    // OPENMAIRIE_PASSWORD; nullopt: not set at all
    QStringList prefix;                 // a program that runs the CLI (setpriv)
    bool inBuildTree = false;           // run it where it was built, beside the business modules
};

QString builtBinary()
{
    return qEnvironmentVariable("OPENMAIRIE_TEST_BINARY_DIR") + QStringLiteral("/bin/openmairie-cli");
}

QString fixtureDir(const QString &set)
{
    return QStringLiteral(OPENMAIRIE_CLI_FIXTURE_DIR) + u'/' + set;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList moduleIds(const QJsonArray &modules)
{
    QStringList ids;
    for (const QJsonValue &m : modules)
        ids.append(m.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QJsonObject schemaOf(const QJsonObject &status, const QString &module)
{
    for (const QJsonValue &v : status.value(QStringLiteral("schema")).toArray())
        if (v.toObject().value(QStringLiteral("module")).toString() == module)
            return v.toObject();
    return {};
}

} // namespace

// The result is bound once: an expression such as on(db, …) must run the program only once.
#define CLI_EXPECT(result, code) \
    do { \
        const CliResult &cliResult_ = (result); \
        QVERIFY2(cliResult_.exitCode == (code), qPrintable(cliResult_.describe())); \
    } while (false)
#define CLI_ERR_HAS(result, text) \
    QVERIFY2((result).err.contains(text), qPrintable(QStringLiteral("attendu dans les erreurs : « %1 »\n%2") \
                                                          .arg(text, (result).describe())))
#define CLI_OUT_HAS(result, text) \
    QVERIFY2((result).out.contains(text), qPrintable(QStringLiteral("attendu dans la sortie : « %1 »\n%2") \
                                                          .arg(text, (result).describe())))

class TestCli : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment environment(const RunOptions &options) const;
    CliResult run(const QStringList &arguments, const RunOptions &options = {});
    // The database's address, --user on SQLite, and the password that goes with them.
    static QStringList target(const TestDatabase &db);
    static QString password(const TestDatabase &db);
    CliResult on(const TestDatabase &db, const QStringList &arguments, const QString &modulePath = {});
    void initialize(const TestDatabase &db, const QString &modulePath = {});

    QString cliBinary(const RunOptions &options = {}) const;

    std::unique_ptr<QTemporaryDir> m_home;
    // The program also loads the modules installed beside it (<build>/lib/openmairie/modules), on
    // top of OPENMAIRIE_MODULE_PATH. So that the tests see exactly their fixture modules, whatever
    // business modules are built, they run the very same binary copied into a folder of its own
    // (the build tree's run path still finds the libraries).
    QTemporaryDir m_isolated;

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void help_data();
    void help();
    void helpOfASignedInAgent();
    void commandHelp();
    void version();
    void unknownCommand_data();
    void unknownCommand();
    void modulesWithoutAny();
    void modulesActiveAndRefused();
    void modulesOfTheBuild();

    void initThenStatus();
    void initRefusesExistingDatabase();
    void initRefusesBadInsee();
    void initRefusesWeakPassword_data();
    void initRefusesWeakPassword();
    void passwordMissingWithoutTerminal();
#ifdef Q_OS_UNIX
    void passwordTypedAtTerminal_data();
    void passwordTypedAtTerminal();
#endif
    void wrongPassword();
    void postgresUnreachable();
    void migrateIsIdempotent();
    void newerSchemaRefused();
    void backupAndRestore();
    void demoIsLoadedOnce();
    void communeOption();
    void moduleCommandDispatch();
    void readOnlySqliteFile();
    void foreignFileRefused_data();
    void foreignFileRefused();
    void savedProfileUsedWithoutDb();
    void defaultLocalFileWithoutProfile();
};

QProcessEnvironment TestCli::environment(const RunOptions &options) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OPENMAIRIE_PASSWORD"));
    if (options.password)
        env.insert(QStringLiteral("OPENMAIRIE_PASSWORD"), *options.password);
    env.insert(QStringLiteral("OPENMAIRIE_MODULE_PATH"),
               options.modulePath.isEmpty() ? fixtureDir(QStringLiteral("actifs")) : options.modulePath);
    // The account's saved profile and default file live here, never in the real home.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

CliResult TestCli::run(const QStringList &arguments, const RunOptions &options)
{
    QProcess process;
    process.setProcessEnvironment(environment(options));
    // stdin stays a pipe: never a terminal, as in cron or CI.
    if (options.prefix.isEmpty())
        process.start(cliBinary(options), arguments);
    else
        process.start(options.prefix.first(), options.prefix.mid(1) + QStringList{cliBinary(options)} + arguments);
    CliResult result;
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("impossible de lancer ") + cliBinary(options) + QStringLiteral(" : ")
                     + process.errorString();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("openmairie-cli ne s'est pas terminé à temps");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList TestCli::target(const TestDatabase &db)
{
    QStringList args{QStringLiteral("--db"), db.profile().toUrl()};
    if (!TestDatabase::isPostgres())
        args << QStringLiteral("--user") << QStringLiteral("admin");
    return args;
}

QString TestCli::password(const TestDatabase &db)
{
    return TestDatabase::isPostgres() ? db.password() : TestDatabase::adminApplicationPassword();
}

CliResult TestCli::on(const TestDatabase &db, const QStringList &arguments, const QString &modulePath)
{
    RunOptions options;
    options.modulePath = modulePath;
    options.password = password(db);
    return run(target(db) + arguments, options);
}

void TestCli::initialize(const TestDatabase &db, const QString &modulePath)
{
    const CliResult r = on(db, {QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("13004")}, modulePath);
    CLI_EXPECT(r, 0);
}

void TestCli::initTestCase()
{
    QVERIFY(m_isolated.isValid());
    QVERIFY(QDir(m_isolated.path()).mkpath(QStringLiteral("bin")));
    QVERIFY2(QFile::copy(builtBinary(), cliBinary()), qPrintable(builtBinary()));
    // Readable and runnable by "nobody" too (readOnlySqliteFile runs it under that account).
    const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                      | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(m_isolated.path(), open));
    QVERIFY(QFile::setPermissions(m_isolated.filePath(QStringLiteral("bin")), open));
    QVERIFY(QFile::setPermissions(cliBinary(), open));
}

QString TestCli::cliBinary(const RunOptions &options) const
{
    return options.inBuildTree ? builtBinary() : m_isolated.filePath(QStringLiteral("bin/openmairie-cli"));
}

void TestCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestCli::cleanup()
{
    m_home.reset();
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")};
    QTest::newRow("--aide") << QStringList{QStringLiteral("--aide")};
    QTest::newRow("help") << QStringList{QStringLiteral("help")};
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    const CliResult r = run(arguments);
    CLI_EXPECT(r, 0);
    CLI_OUT_HAS(r, QStringLiteral("Usage : openmairie-cli [options] COMMANDE"));
    CLI_OUT_HAS(r, QStringLiteral("Commandes du socle :"));
    for (const QString &command : {QStringLiteral("init"), QStringLiteral("migrate"), QStringLiteral("status"),
                                   QStringLiteral("modules"), QStringLiteral("backup FICHIER"),
                                   QStringLiteral("restore FICHIER"), QStringLiteral("demo")})
        QVERIFY2(r.out.contains(QStringLiteral("\n  ") + command + u' '), qPrintable(command));
    // The core first, then the module's group under its name.
    const qsizetype core = r.out.indexOf(QStringLiteral("Commandes du socle :"));
    const qsizetype module = r.out.indexOf(QStringLiteral("Module « Module d'essai de la console » (essaicli) :"));
    QVERIFY2(module > core, qPrintable(r.out));
    CLI_OUT_HAS(r, QStringLiteral("essaicli notes"));
    CLI_OUT_HAS(r, QStringLiteral("OPENMAIRIE_PASSWORD"));
    CLI_OUT_HAS(r, QStringLiteral("Codes de sortie : 0 succès"));
    QVERIFY(r.err.isEmpty());
}

// "help --user LOGIN": an agent sees only the commands his rights allow; the general help
// still lists everything and says how to narrow it.
void TestCli::helpOfASignedInAgent()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    initialize(db);
    const QString lecteurPassword = QStringLiteral("Lecture-Seule-2024!");
    qputenv("OPENMAIRIE_NEW_PASSWORD", lecteurPassword.toUtf8());
    const auto unset = qScopeGuard([] { qunsetenv("OPENMAIRIE_NEW_PASSWORD"); });
    const QString lecteur = QStringLiteral("lecteur_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    CLI_EXPECT(on(db, {QStringLiteral("users"), QStringLiteral("add"), lecteur, QStringLiteral("--profil"),
                       QStringLiteral("consultation"), QStringLiteral("--commune"), QStringLiteral("13004")}),
               0);

    const CliResult admin = on(db, {QStringLiteral("help")});
    CLI_EXPECT(admin, 0);
    CLI_OUT_HAS(admin, QStringLiteral("(profil Administrateur) :"));
    CLI_OUT_HAS(admin, QStringLiteral("\n  backup FICHIER "));
    CLI_OUT_HAS(admin, QStringLiteral("essaicli ajouter"));

    // The consultation agent, signed in with his own account (on PostgreSQL, his own role).
    Core::ConnectionProfile own = db.profile();
    QStringList args;
    if (TestDatabase::isPostgres()) {
        own.setRole(lecteur);
        args = {QStringLiteral("--db"), own.toUrl()};
    } else {
        args = {QStringLiteral("--db"), own.toUrl(), QStringLiteral("--user"), lecteur};
    }
    RunOptions options;
    options.password = lecteurPassword;
    const CliResult r = run(args + QStringList{QStringLiteral("help")}, options);
    CLI_EXPECT(r, 0);
    CLI_OUT_HAS(r, QStringLiteral("Commandes permises au compte « %1 » (profil Consultation) :").arg(lecteur));
    CLI_OUT_HAS(r, QStringLiteral("essaicli notes"));
    CLI_OUT_HAS(r, QStringLiteral("communes list"));
    for (const QString &hidden : {QStringLiteral("essaicli ajouter"), QStringLiteral("essaicli secret"),
                                  QStringLiteral("backup FICHIER"), QStringLiteral("communes add"),
                                  QStringLiteral("users add"), QStringLiteral("droits set")})
        QVERIFY2(!r.out.contains(hidden), qPrintable(hidden + QStringLiteral(" ne devrait pas figurer\n") + r.out));
    // A group with nothing he may run says so; the commands hidden are refused anyway (exit 3).
    const CliResult group = run(args + QStringList{QStringLiteral("help"), QStringLiteral("droits")}, options);
    CLI_EXPECT(group, 0);
    const CliResult refused = run(args + QStringList{QStringLiteral("essaicli"), QStringLiteral("ajouter"),
                                                     QStringLiteral("interdit")},
                                  options);
    CLI_EXPECT(refused, 3);
    // A wrong password is refused like any sign-in, without listing anything.
    options.password = QStringLiteral("pas-le-bon");
    const CliResult wrong = run(args + QStringList{QStringLiteral("help")}, options);
    CLI_EXPECT(wrong, 3);
    QVERIFY(!wrong.out.contains(QStringLiteral("essaicli notes")));
}

void TestCli::commandHelp()
{
    for (const QStringList &args : {QStringList{QStringLiteral("init"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("help"), QStringLiteral("init")},
                                    QStringList{QStringLiteral("--aide"), QStringLiteral("init")}}) {
        const CliResult r = run(args);
        CLI_EXPECT(r, 0);
        CLI_OUT_HAS(r, QStringLiteral("Usage : openmairie-cli [options] init [options de la commande]"));
        CLI_OUT_HAS(r, QStringLiteral("--nom NOM"));
        CLI_OUT_HAS(r, QStringLiteral("--commune CODE_INSEE"));
    }
    const CliResult module = run({QStringLiteral("essaicli"), QStringLiteral("echo"), QStringLiteral("--help")});
    CLI_EXPECT(module, 0);
    CLI_OUT_HAS(module, QStringLiteral("Usage : openmairie-cli [options] essaicli echo [MOTS...]"));
    CLI_OUT_HAS(module, QStringLiteral("--texte TEXTE"));
    CLI_OUT_HAS(module, QStringLiteral("--majuscules"));
    const CliResult permission = run({QStringLiteral("help"), QStringLiteral("essaicli"), QStringLiteral("notes")});
    CLI_EXPECT(permission, 0);
    CLI_OUT_HAS(permission, QStringLiteral("Droit nécessaire : essaicli.note.consulter."));
}

void TestCli::version()
{
    const CliResult r = run({QStringLiteral("--version")});
    CLI_EXPECT(r, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("openmairie-cli " OPENMAIRIE_VERSION_STRING));
}

void TestCli::unknownCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("commande inconnue") << QStringList{QStringLiteral("frobnicate")}
                                       << QStringLiteral("Erreur : Commande inconnue « frobnicate ». Tapez « "
                                                         "openmairie-cli help »");
    QTest::newRow("aucune commande") << QStringList{} << QStringLiteral("Erreur : Indiquez une commande.");
    QTest::newRow("option inconnue") << QStringList{QStringLiteral("status"), QStringLiteral("--frob")}
                                     << QStringLiteral("Option inconnue « --frob » pour la commande « status »");
    QTest::newRow("groupe sans sous-commande") << QStringList{QStringLiteral("essaicli")}
                                               << QStringLiteral("« essaicli » demande une sous-commande");
    QTest::newRow("aide d'une commande inconnue") << QStringList{QStringLiteral("help"), QStringLiteral("frob")}
                                                  << QStringLiteral("Commande inconnue « frob »");
    QTest::newRow("adresse illisible") << QStringList{QStringLiteral("--db"), QStringLiteral("mysql://x"),
                                                      QStringLiteral("status")}
                                       << QStringLiteral("Base de données non reconnue : « mysql://x »");
    QTest::newRow("deux rôles") << QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://a@h/b"),
                                               QStringLiteral("--user"), QStringLiteral("c"), QStringLiteral("status")}
                                << QStringLiteral("Deux rôles différents sont indiqués : « a »");
    QTest::newRow("init sans commune") << QStringList{QStringLiteral("init")}
                                       << QStringLiteral("Indiquez la commune à créer avec --commune CODE_INSEE");
}

void TestCli::unknownCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    RunOptions options;
    options.password = QStringLiteral("Mairie-2026!");
    const CliResult r = run(arguments, options);
    CLI_EXPECT(r, 2);
    CLI_ERR_HAS(r, message);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
}

void TestCli::modulesWithoutAny()
{
    QTemporaryDir empty;
    RunOptions options;
    options.modulePath = empty.path();
    const CliResult text = run({QStringLiteral("modules")}, options);
    CLI_EXPECT(text, 0);
    CLI_OUT_HAS(text, QStringLiteral("Aucun module trouvé."));
    CLI_OUT_HAS(text, QDir::toNativeSeparators(empty.path()));
    const CliResult json = run({QStringLiteral("modules"), QStringLiteral("--json")}, options);
    CLI_EXPECT(json, 0);
    QCOMPARE(json.object().value(QStringLiteral("actifs")).toArray().size(), 0);
    QCOMPARE(json.object().value(QStringLiteral("refuses")).toArray().size(), 0);
    QCOMPARE(json.object().value(QStringLiteral("dossiers")).toArray().first().toString(),
             QDir::toNativeSeparators(empty.path()));
}

void TestCli::modulesActiveAndRefused()
{
    RunOptions options;
    options.modulePath = fixtureDir(QStringLiteral("actifs")) + QDir::listSeparator() + fixtureDir(QStringLiteral("refuses"));
    const CliResult text = run({QStringLiteral("modules")}, options);
    CLI_EXPECT(text, 0); // refusals are listed, not failures
    CLI_OUT_HAS(text, QStringLiteral("Modules actifs (1) :"));
    QVERIFY2(QRegularExpression(QStringLiteral("\\n  essaicli +Module d'essai de la console +" OPENMAIRIE_VERSION_STRING))
                 .match(text.out).hasMatch(),
             qPrintable(text.out));
    CLI_OUT_HAS(text, QStringLiteral("Modules refusés (1) :"));
    CLI_OUT_HAS(text, QStringLiteral("dépend du module « absent », qui n'est pas installé"));

    const CliResult json = run({QStringLiteral("modules"), QStringLiteral("--json")}, options);
    CLI_EXPECT(json, 0);
    const QJsonArray active = json.object().value(QStringLiteral("actifs")).toArray();
    QCOMPARE(moduleIds(active), QStringList{QStringLiteral("essaicli")});
    QCOMPARE(active.first().toObject().value(QStringLiteral("nom")).toString(), QStringLiteral("Module d'essai de la console"));
    QCOMPARE(active.first().toObject().value(QStringLiteral("version")).toString(), QStringLiteral(OPENMAIRIE_VERSION_STRING));
    const QJsonArray refused = json.object().value(QStringLiteral("refuses")).toArray();
    QCOMPARE(moduleIds(refused), QStringList{QStringLiteral("orphelin")});
    QCOMPARE(refused.first().toObject().value(QStringLiteral("raison")).toString(),
             QStringLiteral("dépend du module « absent », qui n'est pas installé"));
}

void TestCli::modulesOfTheBuild()
{
    // The business modules are listed when they are built; the test does not require them.
    const QString dir = qEnvironmentVariable("OPENMAIRIE_TEST_BINARY_DIR") + QStringLiteral("/lib/openmairie/modules");
    RunOptions options;
    options.modulePath = dir;
    options.inBuildTree = true;
    const CliResult json = run({QStringLiteral("modules"), QStringLiteral("--json")}, options);
    CLI_EXPECT(json, 0);
    const QStringList files = QDir(dir).entryList({QStringLiteral("om_reglement*")}, QDir::Files);
    const QStringList listed = moduleIds(json.object().value(QStringLiteral("actifs")).toArray())
                               + moduleIds(json.object().value(QStringLiteral("refuses")).toArray());
    QCOMPARE(listed.contains(QStringLiteral("reglement")), !files.isEmpty());
}

void TestCli::initThenStatus()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    const CliResult created = on(db, {QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("13004"),
                                      QStringLiteral("--json")});
    CLI_EXPECT(created, 0);
    const QJsonObject report = created.object();
    QCOMPARE(report.value(QStringLiteral("commune")).toObject().value(QStringLiteral("codeInsee")).toString(),
             QStringLiteral("13004"));
    QCOMPARE(report.value(QStringLiteral("commune")).toObject().value(QStringLiteral("nom")).toString(),
             QStringLiteral("Arles"));
    QCOMPARE(report.value(QStringLiteral("administrateur")).toString(), TestDatabase::adminLogin());
    QVERIFY(report.value(QStringLiteral("etapesAppliquees")).toArray().contains(QStringLiteral("essaicli 0001_notes")));

    const CliResult text = on(db, {QStringLiteral("status")});
    CLI_EXPECT(text, 0);
    CLI_OUT_HAS(text, QStringLiteral("13004  Arles"));
    CLI_OUT_HAS(text, QStringLiteral("La base est à jour."));

    const CliResult status = on(db, {QStringLiteral("status"), QStringLiteral("--json")});
    CLI_EXPECT(status, 0);
    const QJsonObject s = status.object();
    QCOMPARE(s.value(QStringLiteral("communes")).toArray().size(), 1);
    QCOMPARE(s.value(QStringLiteral("communes")).toArray().first().toObject().value(QStringLiteral("codeInsee")).toString(),
             QStringLiteral("13004"));
    QCOMPARE(s.value(QStringLiteral("communeCourante")).toObject().value(QStringLiteral("codeInsee")).toString(),
             QStringLiteral("13004"));
    QCOMPARE(s.value(QStringLiteral("nombreComptes")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("aJour")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("base")).toObject().value(QStringLiteral("type")).toString(),
             TestDatabase::isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    QCOMPARE(s.value(QStringLiteral("utilisateur")).toObject().value(QStringLiteral("profil")).toString(),
             QStringLiteral("administrateur"));
    const QJsonObject core = schemaOf(s, QStringLiteral("core"));
    QVERIFY(core.value(QStringLiteral("versionConnue")).toInt() >= 1);
    QCOMPARE(core.value(QStringLiteral("versionAppliquee")).toInt(), core.value(QStringLiteral("versionConnue")).toInt());
    const QJsonObject module = schemaOf(s, QStringLiteral("essaicli"));
    QCOMPARE(module.value(QStringLiteral("versionAppliquee")).toInt(), 1);
    QCOMPARE(module.value(QStringLiteral("versionConnue")).toInt(), 1);
    QCOMPARE(module.value(QStringLiteral("aJour")).toBool(), true);
    QCOMPARE(module.value(QStringLiteral("etapesModifiees")).toArray().size(), 0);
}

void TestCli::initRefusesExistingDatabase()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    initialize(db);
    const QByteArray before = TestDatabase::isPostgres() ? QByteArray() : fileHash(db.profile().filePath());
    const CliResult again = on(db, {QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("13055")});
    CLI_EXPECT(again, 1);
    if (TestDatabase::isPostgres()) {
        CLI_ERR_HAS(again, QStringLiteral("contient déjà des données OpenMairie : elle n'est pas réinitialisée"));
    } else {
        CLI_ERR_HAS(again, QStringLiteral("existe déjà : « init » ne crée qu'une base neuve et n'écrase jamais un "
                                          "fichier existant"));
        QCOMPARE(fileHash(db.profile().filePath()), before);
    }
    // The first commune is still the only one.
    const CliResult status = on(db, {QStringLiteral("status"), QStringLiteral("--json")});
    CLI_EXPECT(status, 0);
    QCOMPARE(status.object().value(QStringLiteral("communes")).toArray().size(), 1);
}

void TestCli::initRefusesBadInsee()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    const CliResult r = on(db, {QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("99999")});
    CLI_EXPECT(r, 4);
    CLI_ERR_HAS(r, QStringLiteral("Le code INSEE « 99999 » ne correspond à aucune commune"));
    if (!TestDatabase::isPostgres())
        QVERIFY(!QFile::exists(db.profile().filePath()));
    // Nothing was created: the database is still empty of OpenMairie data.
    const CliResult status = on(db, {QStringLiteral("status")});
    CLI_EXPECT(status, 1);
    CLI_ERR_HAS(status, TestDatabase::isPostgres() ? QStringLiteral("ne contient pas de données OpenMairie")
                                                   : QStringLiteral("n'existe pas"));
}

void TestCli::initRefusesWeakPassword_data()
{
    QTest::addColumn<QString>("weak");
    QTest::addColumn<QString>("rule");
    QTest::newRow("trop court") << QStringLiteral("Ab1!") << QStringLiteral("au moins 8 caractères");
    QTest::newRow("que des lettres") << QStringLiteral("motdepasse") << QStringLiteral("mêler des lettres et des chiffres");
}

void TestCli::initRefusesWeakPassword()
{
    // The application password exists on SQLite seats only (PostgreSQL: the server's rules).
    QFETCH(QString, weak);
    QFETCH(QString, rule);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mairie.sqlite"));
    RunOptions options;
    options.password = weak;
    const CliResult r = run({QStringLiteral("--db"), QStringLiteral("sqlite:") + file, QStringLiteral("init"),
                             QStringLiteral("--commune"), QStringLiteral("13004")},
                            options);
    CLI_EXPECT(r, 4);
    CLI_ERR_HAS(r, QStringLiteral("Mot de passe de l'administrateur refusé : "));
    CLI_ERR_HAS(r, rule);
    QVERIFY(!QFile::exists(file));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestCli::passwordMissingWithoutTerminal()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    RunOptions noPassword; // OPENMAIRIE_PASSWORD unset, stdin a pipe
    const CliResult init = run(target(db) + QStringList{QStringLiteral("init"), QStringLiteral("--commune"),
                                                        QStringLiteral("13004")},
                               noPassword);
    CLI_EXPECT(init, 3);
    CLI_ERR_HAS(init, QStringLiteral("Aucun mot de passe fourni : l'entrée standard n'est pas un terminal"));
    CLI_ERR_HAS(init, QStringLiteral("Définissez la variable d'environnement OPENMAIRIE_PASSWORD"));
    if (!TestDatabase::isPostgres())
        QVERIFY(!QFile::exists(db.profile().filePath()));

    initialize(db);
    const CliResult status = run(target(db) + QStringList{QStringLiteral("status")}, noPassword);
    CLI_EXPECT(status, 3);
    CLI_ERR_HAS(status, QStringLiteral("OPENMAIRIE_PASSWORD"));
}

#ifdef Q_OS_UNIX
void TestCli::passwordTypedAtTerminal_data()
{
    QTest::addColumn<QByteArray>("confirmation");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("saisies identiques") << QByteArray("Mairie-2026!\n") << 0;
    QTest::newRow("saisies différentes") << QByteArray("Mairie-2027!\n") << 4;
}

void TestCli::passwordTypedAtTerminal()
{
    // An agent at a terminal: the password is asked twice, never shown. The program's standard
    // input is a real pseudo-terminal whose other side the test types on.
    QFETCH(QByteArray, confirmation);
    QFETCH(int, exitCode);
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    const auto closeMaster = qScopeGuard([master] { ::close(master); });
    QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
    const QString slave = QString::fromLocal8Bit(ptsname(master));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mairie.sqlite"));
    QProcess process;
    process.setProcessEnvironment(environment({}));
    process.setStandardInputFile(slave);
    process.setReadChannel(QProcess::StandardError);
    process.start(cliBinary(), {QStringLiteral("--db"), QStringLiteral("sqlite:") + file, QStringLiteral("init"),
                                QStringLiteral("--commune"), QStringLiteral("13004")});
    QVERIFY(process.waitForStarted(10000));
    QByteArray prompts;
    const auto waitForPrompt = [&](const QString &prompt) {
        while (!QString::fromUtf8(prompts).contains(prompt)) {
            if (!process.waitForReadyRead(20000))
                return false;
            prompts += process.readAllStandardError();
        }
        return true;
    };
    QVERIFY2(waitForPrompt(QStringLiteral("Mot de passe du nouvel administrateur « admin »")), prompts.constData());
    QCOMPARE(::write(master, "Mairie-2026!\n", 13), 13);
    QVERIFY2(waitForPrompt(QStringLiteral("Saisissez-le une seconde fois :")), prompts.constData());
    QCOMPARE(::write(master, confirmation.constData(), size_t(confirmation.size())), confirmation.size());
    QVERIFY(process.waitForFinished(60000));
    prompts += process.readAllStandardError();
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(process.exitCode() == exitCode, qPrintable(out + QString::fromUtf8(prompts)));

    // Nothing typed came back on the terminal's screen side.
    QByteArray screen;
    pollfd p{master, POLLIN, 0};
    while (::poll(&p, 1, 100) > 0 && (p.revents & POLLIN)) {
        char buffer[256];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0)
            break;
        screen.append(buffer, n);
    }
    QVERIFY2(!screen.contains("Mairie-202"), screen.constData());
    if (exitCode == 0) {
        QVERIFY(out.contains(QStringLiteral("Base OpenMairie créée")));
        QVERIFY(QFile::exists(file));
    } else {
        QVERIFY(QString::fromUtf8(prompts).contains(QStringLiteral("Les deux saisies du mot de passe diffèrent")));
        QVERIFY(!QFile::exists(file));
    }
}
#endif

void TestCli::wrongPassword()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    initialize(db);
    RunOptions options;
    options.password = QStringLiteral("Pas-le-bon-2026");
    const CliResult r = run(target(db) + QStringList{QStringLiteral("status")}, options);
    CLI_EXPECT(r, 3);
    if (TestDatabase::isPostgres())
        CLI_ERR_HAS(r, QStringLiteral("Mot de passe refusé par le serveur %1, port %2 pour le rôle « %3 »")
                           .arg(db.profile().host())
                           .arg(db.profile().port())
                           .arg(db.profile().role()));
    else
        CLI_ERR_HAS(r, QStringLiteral("Erreur : Identifiant ou mot de passe incorrect."));
    QVERIFY(r.out.isEmpty());
}

void TestCli::postgresUnreachable()
{
    // Port 1 on the local machine: nothing listens there, the refusal is immediate.
    RunOptions options;
    options.password = QStringLiteral("peu-importe-2026");
    const CliResult r = run({QStringLiteral("--db"), QStringLiteral("postgresql://agent@127.0.0.1:1/mairie"),
                             QStringLiteral("status")},
                            options);
    QVERIFY2(r.exitCode != 0 && r.exitCode > 0, qPrintable(r.describe()));
    CLI_EXPECT(r, 1);
    CLI_ERR_HAS(r, QStringLiteral("Impossible de joindre le serveur 127.0.0.1, port 1."));
}

void TestCli::migrateIsIdempotent()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    QTemporaryDir noModules;
    initialize(db, noModules.path()); // the core only: the module's step is still to apply

    const CliResult first = on(db, {QStringLiteral("migrate"), QStringLiteral("--json")});
    CLI_EXPECT(first, 0);
    QCOMPARE(first.object().value(QStringLiteral("etapesAppliquees")).toArray(),
             QJsonArray{QStringLiteral("essaicli 0001_notes")});
    const CliResult second = on(db, {QStringLiteral("migrate"), QStringLiteral("--json")});
    CLI_EXPECT(second, 0);
    QCOMPARE(second.object().value(QStringLiteral("etapesAppliquees")).toArray(), QJsonArray{});
    const CliResult text = on(db, {QStringLiteral("migrate")});
    CLI_EXPECT(text, 0);
    QCOMPARE(text.out.trimmed(), QStringLiteral("La base est déjà à jour : aucune étape à appliquer."));
}

void TestCli::newerSchemaRefused()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    initialize(db);
    OM_VERIFY_OK(db.execAsAdmin(QStringLiteral("INSERT INTO schema_migrations (module, version, name, checksum) "
                                               "VALUES ('core', 99, 'futur', 'x')")));
    const CliResult migrate = on(db, {QStringLiteral("migrate")});
    CLI_EXPECT(migrate, 1);
    CLI_ERR_HAS(migrate, QStringLiteral("a été mise à jour par une version plus récente d'OpenMairie (module « core » : "
                                        "schéma en version 99"));
    CLI_ERR_HAS(migrate, QStringLiteral("Rien n'a été modifié."));

    const CliResult status = on(db, {QStringLiteral("status"), QStringLiteral("--json")});
    CLI_EXPECT(status, 0);
    QCOMPARE(schemaOf(status.object(), QStringLiteral("core")).value(QStringLiteral("tropRecent")).toBool(), true);
    QCOMPARE(status.object().value(QStringLiteral("aJour")).toBool(), false);
}

void TestCli::backupAndRestore()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    initialize(db);
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("sauvegarde.sqlite"));
    if (TestDatabase::isPostgres()) {
        const CliResult r = on(db, {QStringLiteral("backup"), backup});
        CLI_EXPECT(r, 2);
        CLI_ERR_HAS(r, QStringLiteral("se sauvegarde avec les outils du serveur"));
        CLI_ERR_HAS(r, QStringLiteral("pg_dump -Fc -h %1 -p %2").arg(db.profile().host()).arg(db.profile().port()));
        QVERIFY(!QFile::exists(backup));
        const CliResult restore = on(db, {QStringLiteral("restore"), backup});
        CLI_EXPECT(restore, 2);
        CLI_ERR_HAS(restore, QStringLiteral("pg_restore"));
        return;
    }

    const CliResult saved = on(db, {QStringLiteral("backup"), backup});
    CLI_EXPECT(saved, 0);
    CLI_OUT_HAS(saved, QStringLiteral("Sauvegarde enregistrée : ") + QDir::toNativeSeparators(backup));
    OM_VERIFY_OK(Core::BackupService::checkBackupFile(backup));
    const QByteArray backupHash = fileHash(backup);

    const CliResult again = on(db, {QStringLiteral("backup"), backup});
    CLI_EXPECT(again, 4);
    CLI_ERR_HAS(again, QStringLiteral("existe déjà : il n'est pas écrasé"));
    QCOMPARE(fileHash(backup), backupHash);

    // A change after the backup, which the restore must take away.
    CLI_EXPECT(on(db, {QStringLiteral("essaicli"), QStringLiteral("ajouter"), QStringLiteral("après la sauvegarde")}), 0);
    const CliResult restored = on(db, {QStringLiteral("restore"), backup});
    CLI_EXPECT(restored, 0);
    CLI_OUT_HAS(restored, QStringLiteral("Base restaurée depuis « %1 ».").arg(QDir::toNativeSeparators(backup)));
    const QRegularExpressionMatch kept =
        QRegularExpression(QStringLiteral("La base remplacée est conservée dans « (.+) »\\.")).match(restored.out);
    QVERIFY2(kept.hasMatch(), qPrintable(restored.describe()));
    QVERIFY(QFile::exists(kept.captured(1)));
    OM_VERIFY_OK(Core::BackupService::checkBackupFile(kept.captured(1)));

    const CliResult notes = on(db, {QStringLiteral("essaicli"), QStringLiteral("notes"), QStringLiteral("--json")});
    CLI_EXPECT(notes, 0);
    QCOMPARE(notes.object().value(QStringLiteral("notes")).toArray().size(), 0);
    // The replaced base still holds the note: nothing is lost if the wrong backup was chosen.
    const CliResult previous = run({QStringLiteral("--db"), QStringLiteral("sqlite:") + kept.captured(1),
                                    QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("essaicli"),
                                    QStringLiteral("notes"), QStringLiteral("--json")},
                                   RunOptions{{}, password(db), {}});
    CLI_EXPECT(previous, 0);
    QCOMPARE(previous.object().value(QStringLiteral("notes")).toArray(), QJsonArray{QStringLiteral("après la sauvegarde")});

    const CliResult notABackup = on(db, {QStringLiteral("restore"), dir.filePath(QStringLiteral("absent.sqlite"))});
    CLI_EXPECT(notABackup, 1);
    CLI_ERR_HAS(notABackup, QStringLiteral("n'existe pas"));
}

void TestCli::demoIsLoadedOnce()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    initialize(db);
    const CliResult first = on(db, {QStringLiteral("demo")});
    CLI_EXPECT(first, 0);
    CLI_OUT_HAS(first, QStringLiteral("Données de démonstration pour Arles (13004) :"));
    QVERIFY2(QRegularExpression(QStringLiteral("essaicli +chargées")).match(first.out).hasMatch(), qPrintable(first.out));
    const CliResult notes = on(db, {QStringLiteral("essaicli"), QStringLiteral("notes"), QStringLiteral("--json")});
    CLI_EXPECT(notes, 0);
    QCOMPARE(notes.object().value(QStringLiteral("notes")).toArray().size(), 3);

    const CliResult second = on(db, {QStringLiteral("demo"), QStringLiteral("--json")});
    CLI_EXPECT(second, 0);
    const QJsonArray modules = second.object().value(QStringLiteral("modules")).toArray();
    QCOMPARE(modules.size(), 1);
    QCOMPARE(modules.first().toObject().value(QStringLiteral("etat")).toString(), QStringLiteral("dejaChargees"));
    QCOMPARE(modules.first().toObject().value(QStringLiteral("chargeesPar")).toString(), TestDatabase::adminLogin());
    const CliResult text = on(db, {QStringLiteral("demo")});
    CLI_EXPECT(text, 0);
    CLI_OUT_HAS(text, QStringLiteral("Rien n'a été ajouté : les données de démonstration de cette commune sont déjà "
                                     "chargées."));
    const CliResult after = on(db, {QStringLiteral("essaicli"), QStringLiteral("notes"), QStringLiteral("--json")});
    QCOMPARE(after.object().value(QStringLiteral("notes")).toArray().size(), 3);
}

void TestCli::communeOption()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    initialize(db);
    const CliResult added = on(db, {QStringLiteral("communes"), QStringLiteral("add"), QStringLiteral("13055")});
    CLI_EXPECT(added, 0);
    CLI_OUT_HAS(added, QStringLiteral("Commune ajoutée : Marseille (13055)."));
    const CliResult twice = on(db, {QStringLiteral("communes"), QStringLiteral("add"), QStringLiteral("13055")});
    CLI_EXPECT(twice, 1);
    CLI_ERR_HAS(twice, QStringLiteral("La commune Marseille (13055) existe déjà dans cette base."));

    CLI_EXPECT(on(db, {QStringLiteral("essaicli"), QStringLiteral("ajouter"), QStringLiteral("pour Marseille"),
                       QStringLiteral("--commune"), QStringLiteral("13055")}),
               0);
    const CliResult marseille = on(db, {QStringLiteral("--commune"), QStringLiteral("13055"), QStringLiteral("essaicli"),
                                        QStringLiteral("notes"), QStringLiteral("--json")});
    CLI_EXPECT(marseille, 0);
    QCOMPARE(marseille.object().value(QStringLiteral("commune")).toString(), QStringLiteral("13055"));
    QCOMPARE(marseille.object().value(QStringLiteral("notes")).toArray(), QJsonArray{QStringLiteral("pour Marseille")});
    const CliResult arles = on(db, {QStringLiteral("essaicli"), QStringLiteral("notes"), QStringLiteral("--commune"),
                                    QStringLiteral("13004"), QStringLiteral("--json")});
    CLI_EXPECT(arles, 0);
    QCOMPARE(arles.object().value(QStringLiteral("notes")).toArray().size(), 0);

    const CliResult list = on(db, {QStringLiteral("communes"), QStringLiteral("list"), QStringLiteral("--json")});
    CLI_EXPECT(list, 0);
    QCOMPARE(list.array().size(), 2);

    const CliResult other = on(db, {QStringLiteral("essaicli"), QStringLiteral("notes"), QStringLiteral("--commune"),
                                    QStringLiteral("99999")});
    CLI_EXPECT(other, 3);
    CLI_ERR_HAS(other, QStringLiteral("n'a pas accès à la commune de code INSEE 99999"));
}

void TestCli::moduleCommandDispatch()
{
    // A command without database: it runs even when the base does not exist.
    const CliResult echo = run({QStringLiteral("--db"), QStringLiteral("sqlite:/nulle/part.sqlite"),
                                QStringLiteral("essaicli"), QStringLiteral("echo"), QStringLiteral("un"),
                                QStringLiteral("--texte"), QStringLiteral("bonjour"), QStringLiteral("deux"),
                                QStringLiteral("--majuscules")});
    CLI_EXPECT(echo, 0);
    QCOMPARE(echo.out.trimmed(), QStringLiteral("texte=BONJOUR mots=un,deux"));
    const CliResult json = run({QStringLiteral("essaicli"), QStringLiteral("echo"), QStringLiteral("--json"),
                                QStringLiteral("--texte=salut")});
    CLI_EXPECT(json, 0);
    QCOMPARE(json.object().value(QStringLiteral("texte")).toString(), QStringLiteral("salut"));
    const CliResult badOption = run({QStringLiteral("essaicli"), QStringLiteral("echo"), QStringLiteral("--inconnue")});
    CLI_EXPECT(badOption, 2);
    CLI_ERR_HAS(badOption, QStringLiteral("Option inconnue « --inconnue » pour la commande « essaicli echo »"));

    TestDatabase db;
    OM_REQUIRE_DB(db);
    initialize(db);
    const CliResult denied = on(db, {QStringLiteral("essaicli"), QStringLiteral("secret")});
    CLI_EXPECT(denied, 3);
    CLI_ERR_HAS(denied, QStringLiteral("Votre profil ne permet pas cette opération (essaicli.secret.lire)"));
    QVERIFY(!denied.out.contains(QStringLiteral("jamais affiché")));
    if (!TestDatabase::isPostgres()) {
        RunOptions options;
        options.password = password(db);
        const CliResult noUser = run({QStringLiteral("--db"), db.profile().toUrl(), QStringLiteral("essaicli"),
                                      QStringLiteral("notes")},
                                     options);
        CLI_EXPECT(noUser, 2);
        CLI_ERR_HAS(noUser, QStringLiteral("La commande « essaicli notes » demande une connexion : indiquez votre "
                                           "identifiant avec --user"));
    }
}

void TestCli::readOnlySqliteFile()
{
    // File modes do not stop root: when the tests run as root, the CLI runs as "nobody".
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mairie.sqlite"));
    RunOptions options;
    options.password = TestDatabase::adminApplicationPassword();
    const QStringList db{QStringLiteral("--db"), QStringLiteral("sqlite:") + file, QStringLiteral("--user"),
                         QStringLiteral("admin")};
    CLI_EXPECT(run(db + QStringList{QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("13004")}, options), 0);
    const QByteArray before = fileHash(file);
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                                  | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                  | QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
#ifdef Q_OS_UNIX
    if (geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        QVERIFY2(!setpriv.isEmpty(), "setpriv (util-linux) est nécessaire pour ce test lancé en root");
        options.prefix = {setpriv, QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                          QStringLiteral("--clear-groups")};
    }
#endif
    const CliResult r = run(db + QStringList{QStringLiteral("status")}, options);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CLI_EXPECT(r, 1);
    CLI_ERR_HAS(r, QStringLiteral("Le fichier de données « %1 » (ou son dossier) est en lecture seule")
                       .arg(QDir::toNativeSeparators(file)));
    QCOMPARE(fileHash(file), before);
}

void TestCli::foreignFileRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("fichier texte") << QStringLiteral("texte")
                                   << QStringLiteral("n'est pas une base de données OpenMairie : c'est le fichier "
                                                     "d'un autre programme, ou il est endommagé. Il n'a pas été modifié.");
    QTest::newRow("base SQLite d'un autre programme")
        << QStringLiteral("sqlite") << QStringLiteral("est une base SQLite d'un autre programme, pas une base OpenMairie. "
                                                      "Il n'a pas été modifié.");
}

void TestCli::foreignFileRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("comptes.db"));
    if (kind == u"texte") {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Liste des courses : pain, lait, oeufs\n");
    } else {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE compte (id INTEGER PRIMARY KEY, libelle TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO compte (libelle) VALUES ('caisse')")));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray before = fileHash(file);
    RunOptions options;
    options.password = TestDatabase::adminApplicationPassword();
    const QStringList db{QStringLiteral("--db"), QStringLiteral("sqlite:") + file, QStringLiteral("--user"),
                         QStringLiteral("admin")};
    for (const QString &command : {QStringLiteral("status"), QStringLiteral("migrate"), QStringLiteral("demo")}) {
        const CliResult r = run(db + QStringList{command}, options);
        CLI_EXPECT(r, 1);
        CLI_ERR_HAS(r, message);
    }
    const CliResult init = run(db + QStringList{QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("13004")},
                               options);
    CLI_EXPECT(init, 1);
    CLI_ERR_HAS(init, QStringLiteral("existe déjà"));
    QCOMPARE(fileHash(file), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("comptes.db")});
}

void TestCli::savedProfileUsedWithoutDb()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    initialize(db);
    {
        // Where the GUI saves it on this account (QSettings "OpenMairie"/"OpenMairie").
        QSettings settings(m_home->filePath(QStringLiteral("config/OpenMairie/OpenMairie.conf")), QSettings::IniFormat);
        db.profile().save(settings);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    RunOptions options;
    options.password = password(db);
    QStringList args;
    if (!TestDatabase::isPostgres())
        args << QStringLiteral("--user") << QStringLiteral("admin");
    const CliResult r = run(args + QStringList{QStringLiteral("status"), QStringLiteral("--json")}, options);
    CLI_EXPECT(r, 0);
    QCOMPARE(r.object().value(QStringLiteral("base")).toObject().value(QStringLiteral("adresse")).toString(),
             db.profile().toUrl());
}

void TestCli::defaultLocalFileWithoutProfile()
{
    RunOptions options;
    options.password = TestDatabase::adminApplicationPassword();
    const CliResult r = run({QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("13004"),
                             QStringLiteral("--json")},
                            options);
    CLI_EXPECT(r, 0);
    const QString expected = m_home->filePath(QStringLiteral("data/OpenMairie/openmairie.sqlite"));
    QCOMPARE(r.object().value(QStringLiteral("base")).toObject().value(QStringLiteral("fichier")).toString(),
             QDir::toNativeSeparators(expected));
    QVERIFY(QFile::exists(expected));
    const CliResult status = run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("status")}, options);
    CLI_EXPECT(status, 0);
    CLI_OUT_HAS(status, QStringLiteral("Base : fichier local ") + QDir::toNativeSeparators(expected));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
