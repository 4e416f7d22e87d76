// The real `openmairie` program, as the demo script and the startup benchmark run it: signs in from
// --user and OPENMAIRIE_PASSWORD, shows the main window and quits once it is painted.
#include "GuiTestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenMairie;
using Test::TestDatabase;

class TestStartupSmoke : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        bool finished = false;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments, const QString &password, const QString &configHome)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        env.insert(QStringLiteral("XDG_DATA_HOME"), configHome);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), configHome); // 0700, as Qt wants it
        env.insert(QStringLiteral("OPENMAIRIE_MODULE_PATH"), Test::guiFixtureModuleDir());
        if (password.isNull())
            env.remove(QStringLiteral("OPENMAIRIE_PASSWORD"));
        else
            env.insert(QStringLiteral("OPENMAIRIE_PASSWORD"), password);
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("OPENMAIRIE_TEST_BINARY_DIR") + QStringLiteral("/bin/openmairie"), arguments);
        Run r;
        r.finished = process.waitForFinished(60000);
        if (!r.finished)
            process.kill();
        r.exitCode = process.exitCode();
        r.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        r.err = QString::fromLocal8Bit(process.readAllStandardError());
        return r;
    }

private slots:
    void initTestCase() { Test::prepareGuiTest(); }

    void showsTheMainWindowAndQuits()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        {
            Core::CoreServices services;
            OM_VERIFY_OK(db.initialize(services));
        }
        QTemporaryDir home;
        const Run r = run({QStringLiteral("--db"), db.profile().toUrl(), QStringLiteral("--user"),
                           TestDatabase::adminLogin(), QStringLiteral("--quitter-apres-affichage")},
                          Test::adminSignInPassword(db), home.path());
        QVERIFY2(r.finished, "openmairie ne s'est pas arrêté après l'affichage de la fenêtre principale");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // --db is for this run only: nothing saved as the default base.
        QFile conf(home.path() + QStringLiteral("/OpenMairie/OpenMairie.conf"));
        if (conf.open(QIODevice::ReadOnly))
            QVERIFY(!conf.readAll().contains("[connexion]"));
    }

    void aWrongPasswordFailsWithAFrenchMessage()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        {
            Core::CoreServices services;
            OM_VERIFY_OK(db.initialize(services));
        }
        QTemporaryDir home;
        const Run r = run({QStringLiteral("--db"), db.profile().toUrl(), QStringLiteral("--user"),
                           TestDatabase::adminLogin(), QStringLiteral("--quitter-apres-affichage")},
                          QStringLiteral("Pas-le-bon-2026"), home.path());
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        const QString expected = TestDatabase::isPostgres() ? QStringLiteral("openmairie : Mot de passe refusé par le serveur")
                                                            : QStringLiteral("openmairie : Identifiant ou mot de passe incorrect.");
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void commandLineMistakesAreExplained()
    {
        QTemporaryDir home;
        const Run bad = run({QStringLiteral("--db"), QStringLiteral("oracle://x")}, {}, home.path());
        QVERIFY(bad.finished);
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.trimmed().section(u'\n', -1), QStringLiteral("openmairie : Base de données non reconnue : « oracle://x ». Utilisez "
                                         "sqlite:CHEMIN ou postgresql://rôle@serveur:port/base."));
        const Run help = run({QStringLiteral("--aide")}, {}, home.path());
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--quitter-apres-affichage")));
    }
};

QTEST_MAIN(TestStartupSmoke)
#include "tst_startupsmoke.moc"
