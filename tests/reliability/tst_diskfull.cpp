// A full disk during an import and during a PDF print: a small tmpfs (we are root in CI) holds the
// SQLite file or the PDF. The agent gets a clear French message, and nothing is half-written: the
// database is unchanged and passes its integrity check, no partial PDF is left. Where no tmpfs
// can be mounted (not root, no CAP_SYS_ADMIN), the tests are skipped with that reason.
#include "CliProcess.h"
#include "CommuneDataGenerator.h"
#include "DatabaseCopies.h"
#include "TestDatabase.h"

#include "CoreServices.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenMairie;
using Test::CliProcess;
using Test::RawConnection;
using Test::TestDatabase;

namespace {

// A tmpfs of the given size, unmounted when it goes.
class SmallDisk
{
public:
    SmallDisk(const QString &dir, qint64 kilobytes) : m_dir(dir)
    {
        QDir().mkpath(dir);
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("tmpfs"), dir});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            m_problem = QStringLiteral("impossible de monter un petit tmpfs (il faut être root) : %1%2")
                            .arg(QString::fromUtf8(mount.readAllStandardError()).trimmed(), mount.errorString());
        else
            m_mounted = true;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir});
    }
    const QString &problem() const { return m_problem; }
    QStringList entries() const { return QDir(m_dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot); }

private:
    QString m_dir;
    QString m_problem;
    bool m_mounted = false;
};

// The business modules' folder as CTest gives it, read before a test changes the variable.
const QString kBusinessModules = qEnvironmentVariable("OPENMAIRIE_MODULE_PATH");

QString moduleDir()
{
    return kBusinessModules;
}

// What the journal gained since row maxId: the operation that failed must have left nothing there
// (no data change, no "import" or print trace); signing in is recorded, and allowed.
QString journalAdditions(const RawConnection &c, qint64 maxId)
{
    const QStringList rows = c.column(QStringLiteral("SELECT lower(action) || ' ' || table_name || ' ' || commentaire "
                                                     "FROM journal_audit WHERE id > %1 ORDER BY id").arg(maxId));
    QStringList unexpected;
    for (const QString &row : rows)
        if (!row.startsWith(QStringLiteral("login ")))
            unexpected.append(row);
    return unexpected.join(QStringLiteral(" | "));
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void importOnFullDisk();
    void pdfOnFullDisk();
};

void TestDiskFull::importOnFullDisk()
{
    if (TestDatabase::isPostgres())
        QSKIP("Sur PostgreSQL, le disque plein est celui du serveur, pas celui du poste : le serveur de test n'est "
              "pas sur un petit tmpfs. Le code 53100 est traduit par SqlDialect::isDiskFull (voir tst_crash pour "
              "le tout ou rien).");
    QTemporaryDir dir;
    TestDatabase db;
    OM_REQUIRE_DB(db);
    const QString noModule = dir.filePath(QStringLiteral("sans-module"));
    QDir().mkpath(noModule);
    qputenv("OPENMAIRIE_MODULE_PATH", noModule.toUtf8());
    {
        Core::CoreServices services;
        services.startModules();
        OM_VERIFY_OK(db.initialize(services));
        services.database().close();
    }
    const qint64 size = QFileInfo(db.profile().filePath()).size();
    SmallDisk disk(dir.filePath(QStringLiteral("petit-disque")), size / 1024 + 1024);
    if (!disk.problem().isEmpty())
        OM_SKIP_UNLESS_STRICT(disk.problem());
    const QString onDisk = dir.filePath(QStringLiteral("petit-disque/mairie.sqlite"));
    QVERIFY(QFile::copy(db.profile().filePath(), onDisk));
    const Core::ConnectionProfile full = Core::ConnectionProfile::sqlite(onDisk);
    qint64 auditBefore = 0;
    {
        RawConnection c(full, {});
        auditBefore = c.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM journal_audit")).toLongLong();
    }

    Bench::GenerationSpec spec;
    spec.electeurs = 0;
    spec.voies = 100000;
    const QString file = dir.filePath(QStringLiteral("voies.csv"));
    QVERIFY(Bench::CommuneDataGenerator(spec).writeVoies(file).ok());
    const CliProcess cli(full, TestDatabase::adminApplicationPassword(), dir.filePath(QStringLiteral("home")), noModule);
    const auto r = cli.run({QStringLiteral("import"), QStringLiteral("--objet"), QStringLiteral("core.voies"), file});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("Le disque est plein : l'opération a été annulée et rien n'a été enregistré. "
                                           "Libérez de la place sur le disque puis recommencez.")),
             qPrintable(r.describe()));

    RawConnection c(full, {});
    QVERIFY2(c.integrityProblem().isEmpty(), qPrintable(c.integrityProblem()));
    QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM voie")).toLongLong(), 0);
    const QString added = journalAdditions(c, auditBefore);
    QVERIFY2(added.isEmpty(), qPrintable(added));
}

void TestDiskFull::pdfOnFullDisk()
{
    QTemporaryDir dir;
    TestDatabase db;
    OM_REQUIRE_DB(db);
    qputenv("OPENMAIRIE_MODULE_PATH", moduleDir().toUtf8());
    {
        Core::CoreServices services;
        services.startModules();
        QVERIFY2(services.modules().module(QStringLiteral("reglement")), "le module reglement n'est pas construit");
        OM_VERIFY_OK(db.initialize(services));
        services.database().close();
    }
    const QString password = TestDatabase::isPostgres() ? db.password() : TestDatabase::adminApplicationPassword();
    const CliProcess cli(db.profile(), password, dir.filePath(QStringLiteral("home")), moduleDir());
    const auto demo = cli.run({QStringLiteral("demo")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
    const QString year = QString::number(QDate::currentDate().year() - 1);

    // The same print on a roomy disk: it works, so the refusal below is the disk's doing.
    const auto roomy = cli.run({QStringLiteral("reglement"), QStringLiteral("print"), QStringLiteral("registre"),
                                QStringLiteral("--annee"), year, QStringLiteral("--out"), dir.filePath(QStringLiteral("ok.pdf"))});
    QVERIFY2(roomy.exitCode == 0, qPrintable(roomy.describe()));
    const qint64 pdfSize = QFileInfo(dir.filePath(QStringLiteral("ok.pdf"))).size();
    QVERIFY2(pdfSize > 16 * 1024, qPrintable(QString::number(pdfSize)));

    qint64 auditBefore = 0;
    {
        RawConnection c(db.profile(), db.password());
        auditBefore = c.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM journal_audit")).toLongLong();
    }
    SmallDisk disk(dir.filePath(QStringLiteral("petit-disque")), 8); // less than the PDF
    if (!disk.problem().isEmpty())
        OM_SKIP_UNLESS_STRICT(disk.problem());
    const QString out = dir.filePath(QStringLiteral("petit-disque/registre.pdf"));
    const auto r = cli.run({QStringLiteral("reglement"), QStringLiteral("print"), QStringLiteral("registre"),
                            QStringLiteral("--annee"), year, QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("Impossible d'écrire le fichier « %1 » : l'écriture n'a pas pu être terminée "
                                           "(disque plein ?). Aucun fichier n'a été créé.").arg(out)),
             qPrintable(r.describe()));
    QVERIFY2(disk.entries().isEmpty(), qPrintable(disk.entries().join(u',')));
    RawConnection c(db.profile(), db.password());
    const QString added = journalAdditions(c, auditBefore);
    QVERIFY2(added.isEmpty(), qPrintable(added));
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
