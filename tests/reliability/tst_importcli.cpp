// openmairie-cli import --objet ID FICHIER: the generic import over the import framework, run as a
// partner's script runs it (the real binary), on SQLite and on PostgreSQL. Each case checks the exit
// code, the French message, and the database (unchanged after every refusal).
#include "CliProcess.h"
#include "DatabaseCopies.h"
#include "TestDatabase.h"

#include "CoreServices.h"

#include <QFile>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenMairie;
using Test::CliProcess;
using Test::RawConnection;
using Test::TestDatabase;

#define EXPECT_EXIT(outcome, code) QVERIFY2((outcome).exitCode == (code), qPrintable((outcome).describe()))
#define EXPECT_ERR(outcome, text) \
    QVERIFY2((outcome).err.contains(text), qPrintable(QStringLiteral("attendu dans les erreurs : « %1 »\n%2").arg(text, (outcome).describe())))
#define EXPECT_OUT(outcome, text) \
    QVERIFY2((outcome).out.contains(text), qPrintable(QStringLiteral("attendu dans la sortie : « %1 »\n%2").arg(text, (outcome).describe())))

class TestImportCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsEveryLine();
    void jsonCounts();
    void dryRunWritesNothing();
    void badLineRefusesTheFile();
    void partialImportWritesRejects();
    void commandLineErrors_data();
    void commandLineErrors();
    void missingFile();

private:
    QString write(const QString &name, const QByteArray &content);
    qint64 voies();
    CliProcess::Outcome import(const QStringList &arguments);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
const QByteArray kGood = "code;type;libelle;complement;date_debut_validite\r\n"
                         "REP;RUE;de la République;;01/01/1990\r\n"
                         "HUGO;AV;Victor Hugo;prolongée;\r\n"
                         "EGL;PL;de l'Église;;1975-03-12\r\n";
const QByteArray kBadDate = "code;type;libelle;complement;date_debut_validite\r\n"
                            "REP;RUE;de la République;;01/01/1990\r\n"
                            "HUGO;AV;Victor Hugo;;31/02/2020\r\n"
                            "EGL;PL;de l'Église;;\r\n";
} // namespace

void TestImportCli::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_dir = std::make_unique<QTemporaryDir>();
    OM_REQUIRE_DB(*m_db);
    QDir().mkpath(m_dir->filePath(QStringLiteral("modules")));
    qputenv("OPENMAIRIE_MODULE_PATH", m_dir->filePath(QStringLiteral("modules")).toUtf8());
    Core::CoreServices services;
    services.startModules();
    OM_VERIFY_OK(m_db->initialize(services));
    services.database().close();
}

void TestImportCli::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestImportCli::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

qint64 TestImportCli::voies()
{
    RawConnection c(m_db->profile(), m_db->password());
    return c.scalar(QStringLiteral("SELECT count(*) FROM voie")).toLongLong();
}

CliProcess::Outcome TestImportCli::import(const QStringList &arguments)
{
    const CliProcess cli(m_db->profile(),
                         TestDatabase::isPostgres() ? m_db->password() : TestDatabase::adminApplicationPassword(),
                         m_dir->filePath(QStringLiteral("home")), m_dir->filePath(QStringLiteral("modules")));
    return cli.run(QStringList{QStringLiteral("import")} + arguments, 120000);
}

void TestImportCli::importsEveryLine()
{
    const QString file = write(QStringLiteral("voies.csv"), kGood);
    const auto r = import({QStringLiteral("--objet"), QStringLiteral("core.voies"), file});
    EXPECT_EXIT(r, 0);
    EXPECT_OUT(r, QStringLiteral("voies.csv"));
    EXPECT_OUT(r, QStringLiteral("3 lignes importées"));
    QCOMPARE(voies(), 3);
}

void TestImportCli::jsonCounts()
{
    const QString file = write(QStringLiteral("voies.csv"), kGood);
    const auto r = import({QStringLiteral("--objet"), QStringLiteral("core.voies"), file, QStringLiteral("--json")});
    EXPECT_EXIT(r, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("resultat")).toString(), QStringLiteral("importe"));
    QCOMPARE(o.value(QStringLiteral("objet")).toString(), QStringLiteral("core.voies"));
    QCOMPARE(o.value(QStringLiteral("ajoutes")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("rejetes")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("lignes")).toInt(), 3);
}

void TestImportCli::dryRunWritesNothing()
{
    const QString file = write(QStringLiteral("voies.csv"), kGood);
    const auto r = import({QStringLiteral("--objet"), QStringLiteral("core.voies"), QStringLiteral("--dry-run"), file,
                           QStringLiteral("--json")});
    EXPECT_EXIT(r, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("resultat")).toString(), QStringLiteral("simulation_reussie"));
    QCOMPARE(o.value(QStringLiteral("simulation")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("ajoutes")).toInt(), 0);
    QCOMPARE(voies(), 0);
}

void TestImportCli::badLineRefusesTheFile()
{
    const QString file = write(QStringLiteral("voies.csv"), kBadDate);
    const auto r = import({QStringLiteral("--objet"), QStringLiteral("core.voies"), file});
    EXPECT_EXIT(r, 4);
    EXPECT_ERR(r, QStringLiteral("Ligne 3, colonne « date_debut_validite » : la date « 31/02/2020 » n'existe pas"));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(voies(), 0);

    // The same in JSON: the counts on stdout, the summary on stderr.
    const auto j = import({QStringLiteral("--objet"), QStringLiteral("core.voies"), file, QStringLiteral("--json")});
    EXPECT_EXIT(j, 4);
    const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("resultat")).toString(), QStringLiteral("refuse"));
    QCOMPARE(o.value(QStringLiteral("problemes")).toArray().size(), 1);
    QCOMPARE(o.value(QStringLiteral("problemes")).toArray().at(0).toObject().value(QStringLiteral("ligne")).toInt(), 3);
    EXPECT_ERR(j, QStringLiteral("Erreur : "));
    QCOMPARE(voies(), 0);
}

void TestImportCli::partialImportWritesRejects()
{
    const QString file = write(QStringLiteral("voies.csv"), kBadDate);
    const QString rejects = m_dir->filePath(QStringLiteral("refus.csv"));
    const auto r = import({QStringLiteral("--objet"), QStringLiteral("core.voies"), file, QStringLiteral("--partiel"),
                           QStringLiteral("--rejets"), rejects});
    EXPECT_EXIT(r, 0);
    EXPECT_OUT(r, QStringLiteral("2 lignes importées"));
    QCOMPARE(voies(), 2);
    QFile f(rejects);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(rejects));
    const QString content = QString::fromUtf8(f.readAll());
    QVERIFY2(content.contains(QStringLiteral("HUGO")) && !content.contains(QStringLiteral("REP;")), qPrintable(content));

    // Without --rejets, --partiel writes NOM_rejets.csv beside the file.
    const QString second = write(QStringLiteral("autres.csv"), QByteArray(kBadDate).replace("REP", "REP2").replace("EGL", "EGL2").replace("HUGO", "HUGO2"));
    const auto d = import({QStringLiteral("--objet"), QStringLiteral("core.voies"), second, QStringLiteral("--partiel")});
    EXPECT_EXIT(d, 0);
    QVERIFY2(QFile::exists(m_dir->filePath(QStringLiteral("autres_rejets.csv"))), qPrintable(d.describe()));
    QCOMPARE(voies(), 4);
}

void TestImportCli::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("sans --objet") << QStringList{QStringLiteral("voies.csv")}
                                  << QStringLiteral("Indiquez l'objet à importer avec --objet ID.\nObjets importables :\n"
                                                    "  core.voies : Voies de la commune");
    QTest::newRow("objet inconnu") << QStringList{QStringLiteral("--objet"), QStringLiteral("elec.inconnu"), QStringLiteral("x.csv")}
                                   << QStringLiteral("Objet importable inconnu « elec.inconnu ».");
    QTest::newRow("sans fichier") << QStringList{QStringLiteral("--objet"), QStringLiteral("core.voies")}
                                  << QStringLiteral("Indiquez le fichier à importer, par exemple : openmairie-cli import "
                                                    "--objet core.voies fichier.csv");
    QTest::newRow("deux fichiers") << QStringList{QStringLiteral("--objet"), QStringLiteral("core.voies"),
                                                  QStringLiteral("a.csv"), QStringLiteral("b.csv")}
                                   << QStringLiteral("Un seul fichier à la fois : « b.csv » est de trop.");
}

void TestImportCli::commandLineErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto r = import(arguments);
    EXPECT_EXIT(r, 2);
    EXPECT_ERR(r, QStringLiteral("Erreur : ") + message);
    QCOMPARE(voies(), 0);
}

void TestImportCli::missingFile()
{
    const QString file = m_dir->filePath(QStringLiteral("absent.csv"));
    const auto r = import({QStringLiteral("--objet"), QStringLiteral("core.voies"), file});
    EXPECT_EXIT(r, 1);
    EXPECT_ERR(r, QStringLiteral("Le fichier « %1 » ne peut pas être ouvert. Vérifiez qu'il existe et que vous avez le "
                                 "droit de le lire.").arg(file));
    QCOMPARE(voies(), 0);
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
