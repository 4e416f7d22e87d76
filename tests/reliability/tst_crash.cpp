// kill -9 of openmairie-cli at random moments (seeded, the seed is printed) during a 200 000-line
// import and during a migration step that rewrites every row, 20 times each, on SQLite and on
// PostgreSQL. After each kill the database must open, pass its integrity check, and hold all or
// nothing of the interrupted operation (data and audit journal alike); then the suite itself opens
// it. Replay a failing run with OPENMAIRIE_CRASH_SEED=<seed>; OPENMAIRIE_CRASH_TRIALS changes the
// number of kills, OPENMAIRIE_CRASH_BUDGET the seconds a scenario may spend on them (300; at least 3
// kills are always made) (docs/harnais.md).
//
// Adding a scenario (the refonte of the electoral list when the elec module lands): a
// CrashScenario with its prepared database, its command and its all-or-nothing check.
#include "CliProcess.h"
#include "CommuneDataGenerator.h"
#include "DatabaseCopies.h"
#include "TestDatabase.h"

#include "CoreServices.h"
#include "Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <functional>

using namespace OpenMairie;
using Test::CliProcess;
using Test::DatabaseCopies;
using Test::RawConnection;
using Test::TestDatabase;

namespace {

// 200 000 lines (issue 11); OPENMAIRIE_CRASH_ROWS for a quicker run by hand.
const int kImportRows = [] {
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("OPENMAIRIE_CRASH_ROWS", &ok);
    return ok && n > 0 ? n : 200000;
}();
constexpr int kMigrationRows = 100000;

// What one kind of interrupted operation must leave: all or nothing. check() returns the problem
// (empty when consistent) and tells whether the operation had completed.
struct CrashScenario
{
    QString name;
    QString modulePath;   // what the CLI loads
    QStringList command;  // after --db
    std::function<QString(const RawConnection &, bool *complete)> check;
};

QString fixtureModules(const char *set)
{
    return qEnvironmentVariable("OPENMAIRIE_TEST_BINARY_DIR") + QStringLiteral("/fixtures/fiabilite/") + QLatin1String(set);
}

quint64 seedFromEnvironment()
{
    bool ok = false;
    const quint64 fixed = qEnvironmentVariable("OPENMAIRIE_CRASH_SEED").toULongLong(&ok);
    return ok ? fixed : QRandomGenerator::global()->generate64() % 1000000000ULL;
}

// Seconds a scenario may spend on its kills: on a slow or loaded machine the trials stop there
// (at least kMinimumTrials), so that CI stays bounded; the count run is printed.
int budgetFromEnvironment()
{
    bool ok = false;
    const int s = qEnvironmentVariableIntValue("OPENMAIRIE_CRASH_BUDGET", &ok);
    return ok && s > 0 ? s : 300;
}
constexpr int kMinimumTrials = 3;

int trialsFromEnvironment()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("OPENMAIRIE_CRASH_TRIALS", &ok);
    return ok && n > 0 ? n : 20;
}

qint64 count(const RawConnection &c, const QString &sql, QString *error)
{
    const QVariant v = c.scalar(sql, error);
    return v.isValid() ? v.toLongLong() : -1;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killDuringImport();
    void killDuringMigration();

private:
    // Prepares the pristine database (closed when it returns) with the modules of modulePath.
    QString prepare(TestDatabase &db, const QString &modulePath, const std::function<QString(Core::CoreServices &)> &fill);
    void runScenario(const TestDatabase &pristine, const CrashScenario &scenario);

    quint64 m_seed = 0;
    int m_trials = 20;
    QTemporaryDir m_dir;
};

void TestCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(CliProcess::binary()), qPrintable(CliProcess::binary()));
    m_seed = seedFromEnvironment();
    m_trials = trialsFromEnvironment();
    qInfo("Graine des coupures : %llu (OPENMAIRIE_CRASH_SEED=%llu pour rejouer), %d coupures par scénario",
          m_seed, m_seed, m_trials);
    QDir().mkpath(m_dir.filePath(QStringLiteral("sans-module")));
}

QString TestCrash::prepare(TestDatabase &db, const QString &modulePath, const std::function<QString(Core::CoreServices &)> &fill)
{
    if (!db.setupError().isEmpty())
        return db.setupError();
    qputenv("OPENMAIRIE_MODULE_PATH", modulePath.toUtf8());
    Core::CoreServices services;
    services.startModules();
    if (Core::Status s = db.initialize(services); !s)
        return s.error().fullText();
    const QString problem = fill ? fill(services) : QString();
    services.database().close();
    return problem;
}

void TestCrash::runScenario(const TestDatabase &pristine, const CrashScenario &scenario)
{
    DatabaseCopies copies(pristine, m_dir.path());
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QRandomGenerator random(quint32(m_seed ^ qHash(scenario.name)));

    // The whole operation once, uninterrupted: it must complete, and its duration bounds the kills.
    qint64 fullMs = 0;
    {
        Core::Result<Core::ConnectionProfile> copy = copies.make(0);
        QVERIFY2(copy.ok(), copy.ok() ? "" : qPrintable(copy.error().fullText()));
        const CliProcess cli(copy.value(), pristine.password().isEmpty() ? TestDatabase::adminApplicationPassword()
                                                                           : pristine.password(),
                             home, scenario.modulePath);
        const CliProcess::Outcome full = cli.run(scenario.command);
        QVERIFY2(full.exitCode == 0, qPrintable(full.describe()));
        fullMs = full.elapsedMs;
        RawConnection raw(copy.value(), pristine.password());
        bool complete = false;
        const QString problem = raw.integrityProblem() + scenario.check(raw, &complete);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(complete, "l'opération complète n'a pas tout écrit");
        copies.drop(copy.value());
    }
    // The console's own start (loading, opening the base) is not the operation: kills are drawn
    // from the end of a command that only opens the base ("status") to a little after the end.
    qint64 startMs = 0;
    {
        Core::Result<Core::ConnectionProfile> copy = copies.make(0);
        QVERIFY2(copy.ok(), copy.ok() ? "" : qPrintable(copy.error().fullText()));
        const CliProcess cli(copy.value(), TestDatabase::isPostgres() ? pristine.password()
                                                                       : TestDatabase::adminApplicationPassword(),
                             home, m_dir.filePath(QStringLiteral("sans-module")));
        const CliProcess::Outcome status = cli.run({QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        startMs = std::min(status.elapsedMs * 8 / 10, fullMs / 2);
        copies.drop(copy.value());
    }
    qInfo("%s : %lld ms sans coupure, dont %lld ms de démarrage de la console", qPrintable(scenario.name), fullMs, startMs);

    int interrupted = 0;
    int completed = 0;
    QElapsedTimer budget;
    budget.start();
    int trial = 1;
    for (; trial <= m_trials; ++trial) {
        if (trial > kMinimumTrials && budget.elapsed() > qint64(budgetFromEnvironment()) * 1000) {
            qInfo("%s : budget de %d s atteint après %d coupures (OPENMAIRIE_CRASH_BUDGET pour l'allonger)",
                  qPrintable(scenario.name), budgetFromEnvironment(), trial - 1);
            break;
        }
        Core::Result<Core::ConnectionProfile> copy = copies.make(trial);
        QVERIFY2(copy.ok(), copy.ok() ? "" : qPrintable(copy.error().fullText()));
        const QString password = TestDatabase::isPostgres() ? pristine.password() : TestDatabase::adminApplicationPassword();
        const CliProcess cli(copy.value(), password, home, scenario.modulePath);
        // From the end of the console's start to a little after the usual end (the commit).
        const qint64 killAt = startMs + qint64(random.bounded(quint32(fullMs * 105 / 100 - startMs + 1)));
        QProcess process;
        QVERIFY(cli.start(process, scenario.command));
        QElapsedTimer timer;
        timer.start();
        if (!process.waitForFinished(int(killAt)) && process.state() != QProcess::NotRunning)
            process.kill(); // SIGKILL
        process.waitForFinished(30000);

        RawConnection raw(copy.value(), pristine.password());
        bool complete = false;
        const QString integrity = raw.integrityProblem();
        const QString problem = integrity.isEmpty() ? scenario.check(raw, &complete) : integrity;
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1, coupure %2 à %3 ms (graine %4) : %5")
                                                   .arg(scenario.name).arg(trial).arg(killAt).arg(m_seed).arg(problem)));
        (complete ? completed : interrupted)++;

        // The suite itself opens the database after the crash (and finishes a migration it
        // interrupted); the operation is then still all or nothing.
        {
            qputenv("OPENMAIRIE_MODULE_PATH", scenario.modulePath.toUtf8());
            Core::CoreServices services;
            services.startModules();
            Core::Result<Core::WorkspaceReport> opened = services.openWorkspace(copy.value(), pristine.password());
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(QStringLiteral("coupure %1 à %2 ms : la suite n'ouvre pas la base : %3")
                                                              .arg(trial).arg(killAt).arg(opened.error().fullText())));
            services.database().close();
        }
        bool completeAfter = false;
        const QString after = scenario.check(raw, &completeAfter);
        QVERIFY2(after.isEmpty(), qPrintable(QStringLiteral("après réouverture, coupure %1 : %2").arg(trial).arg(after)));
        copies.drop(copy.value());
    }
    qInfo("%s : %d coupures pendant l'opération, %d après sa fin", qPrintable(scenario.name), interrupted, completed);
    // The draw must really interrupt the operation most of the time, or the test proves nothing.
    QVERIFY2(interrupted >= (trial - 1) / 2, qPrintable(QStringLiteral("seulement %1 coupures pendant l'opération").arg(interrupted)));
}

void TestCrash::killDuringImport()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    const QString noModule = m_dir.filePath(QStringLiteral("sans-module"));
    const QString problem = prepare(db, noModule, {});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    Bench::GenerationSpec spec;
    spec.seed = m_seed;
    spec.electeurs = 0;
    spec.voies = kImportRows;
    const QString file = m_dir.filePath(QStringLiteral("voies.csv"));
    QVERIFY(Bench::CommuneDataGenerator(spec).writeVoies(file).ok());

    CrashScenario scenario;
    scenario.name = QStringLiteral("import de %1 voies").arg(kImportRows);
    scenario.modulePath = noModule;
    scenario.command = {QStringLiteral("import"), QStringLiteral("--objet"), QStringLiteral("core.voies"), file};
    scenario.check = [](const RawConnection &c, bool *complete) -> QString {
        QString error;
        const qint64 voies = count(c, QStringLiteral("SELECT count(*) FROM voie"), &error);
        const qint64 audited = count(c, QStringLiteral("SELECT count(*) FROM journal_audit WHERE table_name = 'voie' "
                                                       "AND lower(action) = 'insert'"), &error);
        const qint64 imports = count(c, QStringLiteral("SELECT count(*) FROM journal_audit WHERE lower(action) = 'import'"),
                                     &error);
        if (!error.isEmpty())
            return error;
        *complete = voies == kImportRows;
        if (voies != 0 && voies != kImportRows)
            return QStringLiteral("%1 voies sur %2 : l'import n'est ni entier ni absent").arg(voies).arg(kImportRows);
        if (audited != voies)
            return QStringLiteral("%1 voies mais %2 lignes du journal d'audit").arg(voies).arg(audited);
        if (imports != (*complete ? 1 : 0))
            return QStringLiteral("%1 voies et %2 traces d'import au journal").arg(voies).arg(imports);
        return {};
    };
    runScenario(db, scenario);
}

void TestCrash::killDuringMigration()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    const QString problem = prepare(db, fixtureModules("v1"), [](Core::CoreServices &services) -> QString {
        QSqlDatabase c = services.database().connection();
        Core::Transaction transaction(c, services.database().dialect());
        QSqlQuery q(c);
        const QString sql = QStringLiteral(
            "INSERT INTO essaicrash_mesure (collectivite_id, libelle, valeur) "
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "SELECT (SELECT min(id) FROM collectivite), 'mesure n° ' || i, i FROM n").arg(kMigrationRows);
        if (!q.exec(sql))
            return q.lastError().text();
        Core::Status s = transaction.commit();
        return s ? QString() : s.error().fullText();
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    CrashScenario scenario;
    scenario.name = QStringLiteral("migration qui réécrit 100 000 lignes");
    scenario.modulePath = fixtureModules("v2");
    scenario.command = {QStringLiteral("migrate")};
    scenario.check = [](const RawConnection &c, bool *complete) -> QString {
        QString error;
        const qint64 applied = count(c, QStringLiteral("SELECT count(*) FROM schema_migrations WHERE module = 'essaicrash' "
                                                       "AND version = 2"), &error);
        const qint64 rows = count(c, QStringLiteral("SELECT count(*) FROM essaicrash_mesure"), &error);
        const qint64 rewritten = count(c, QStringLiteral("SELECT count(*) FROM essaicrash_mesure WHERE libelle LIKE '%(v2)' "
                                                         "AND version = 2"), &error);
        const bool postgres = c.db().driverName() == u"QPSQL";
        const qint64 column = count(c, postgres ? QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE "
                                                                 "table_name = 'essaicrash_mesure' AND column_name = 'cle_recherche'")
                                                : QStringLiteral("SELECT count(*) FROM pragma_table_info('essaicrash_mesure') "
                                                                 "WHERE name = 'cle_recherche'"),
                                    &error);
        if (!error.isEmpty())
            return error;
        *complete = applied == 1;
        if (rows != kMigrationRows)
            return QStringLiteral("%1 mesures au lieu de %2").arg(rows).arg(kMigrationRows);
        if (applied == 1 && (rewritten != kMigrationRows || column != 1))
            return QStringLiteral("étape 2 enregistrée mais %1 lignes réécrites sur %2 (colonne : %3)")
                .arg(rewritten).arg(kMigrationRows).arg(column);
        if (applied == 0 && (rewritten != 0 || column != 0))
            return QStringLiteral("étape 2 non enregistrée mais %1 lignes réécrites (colonne : %2)").arg(rewritten).arg(column);
        return {};
    };
    runScenario(db, scenario);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
