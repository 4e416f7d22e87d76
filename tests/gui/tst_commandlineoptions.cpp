#include "CommandLineOptions.h"
#include "GuiTestSupport.h"

#include <QTest>

using namespace OpenMairie;
using Gui::CommandLineOptions;

class TestCommandLineOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::prepareGuiTest(); }

    void acceptsOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("commune");
        QTest::addColumn<bool>("quit");
        QTest::addColumn<bool>("autoSignIn");

        QTest::newRow("sans option") << QStringList{} << QString() << QString() << QString() << QString() << false
                                     << false;
        QTest::newRow("fichier local") << QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:/tmp/om.sqlite")}
                                       << QString() << QStringLiteral("sqlite:/tmp/om.sqlite") << QString() << QString()
                                       << false << false;
        QTest::newRow("serveur : le rôle sert d'identifiant")
            << QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://agent@serveur:5433/mairie")}
            << QStringLiteral("secret") << QStringLiteral("postgresql://agent@serveur:5433/mairie")
            << QStringLiteral("agent") << QString() << false << true;
        QTest::newRow("connexion automatique")
            << QStringList{QStringLiteral("--db=sqlite:/tmp/om.sqlite"), QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("--commune"), QStringLiteral("13004"),
                           QStringLiteral("--quitter-apres-affichage")}
            << QStringLiteral("Mairie-2026!") << QStringLiteral("sqlite:/tmp/om.sqlite") << QStringLiteral("admin")
            << QStringLiteral("13004") << true << true;
        QTest::newRow("identifiant sans mot de passe : pas de connexion automatique")
            << QStringList{QStringLiteral("--user"), QStringLiteral("admin")} << QString() << QString()
            << QStringLiteral("admin") << QString() << false << false;
    }

    void acceptsOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, password);
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, commune);
        QFETCH(bool, quit);
        QFETCH(bool, autoSignIn);
        arguments.prepend(QStringLiteral("openmairie"));
        Core::Result<CommandLineOptions> options = CommandLineOptions::parse(arguments, password);
        QVERIFY2(options.ok(), qPrintable(options.error().message()));
        QCOMPARE(options->action, CommandLineOptions::Action::Run);
        QCOMPARE(options->profile.has_value(), !url.isEmpty());
        if (options->profile)
            QCOMPARE(options->profile->toUrl(), url);
        QCOMPARE(options->user, user);
        QCOMPARE(options->commune, commune);
        QCOMPARE(options->quitAfterShown, quit);
        QCOMPARE(options->autoSignIn(), autoSignIn);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("base inconnue")
            << QStringList{QStringLiteral("--db"), QStringLiteral("mysql://x/y")}
            << QStringLiteral("Base de données non reconnue : « mysql://x/y ». Utilisez sqlite:CHEMIN ou "
                              "postgresql://rôle@serveur:port/base.");
        QTest::newRow("mot de passe dans l'adresse")
            << QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://agent:secret@serveur/mairie")}
            << QStringLiteral("Ne mettez pas le mot de passe dans l'adresse du serveur : il serait visible de tous. "
                              "Utilisez la variable OPENMAIRIE_PASSWORD ou laissez la suite le demander.");
        QTest::newRow("argument en trop")
            << QStringList{QStringLiteral("fichier.sqlite")}
            << QStringLiteral("Argument inattendu : « fichier.sqlite ». Tapez « openmairie --aide » pour la liste des "
                              "options.");
    }

    void refusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        arguments.prepend(QStringLiteral("openmairie"));
        Core::Result<CommandLineOptions> options = CommandLineOptions::parse(arguments, {});
        QVERIFY(!options.ok());
        QCOMPARE(options.error().message(), message);
        QCOMPARE(options.error().kind(), Core::Error::Kind::InvalidInput);
    }

    void unknownOptionIsExplained()
    {
        Core::Result<CommandLineOptions> options =
            CommandLineOptions::parse({QStringLiteral("openmairie"), QStringLiteral("--inconnue")}, {});
        QVERIFY(!options.ok());
        QVERIFY2(options.error().message().contains(u"inconnue"), qPrintable(options.error().message()));
        QVERIFY(options.error().message().endsWith(
            QStringLiteral("Tapez « openmairie --aide » pour la liste des options.")));
    }

    void helpListsOptionsInFrench()
    {
        Core::Result<CommandLineOptions> options =
            CommandLineOptions::parse({QStringLiteral("openmairie"), QStringLiteral("--aide")}, {});
        QVERIFY(options.ok());
        QCOMPARE(options->action, CommandLineOptions::Action::ShowHelp);
        for (const char *option : {"--db", "--user", "--commune", "--quitter-apres-affichage"})
            QVERIFY2(options->text.contains(QLatin1String(option)), option);
        QVERIFY(options->text.contains(QStringLiteral("OPENMAIRIE_PASSWORD")));
    }

    void versionIsTheProjectVersion()
    {
        Core::Result<CommandLineOptions> options =
            CommandLineOptions::parse({QStringLiteral("openmairie"), QStringLiteral("--version")}, {});
        QVERIFY(options.ok());
        QCOMPARE(options->action, CommandLineOptions::Action::ShowVersion);
        QCOMPARE(options->text, QStringLiteral("OpenMairie %1\n").arg(QCoreApplication::applicationVersion()));
        QVERIFY(!QCoreApplication::applicationVersion().isEmpty());
    }
};

QTEST_MAIN(TestCommandLineOptions)
#include "tst_commandlineoptions.moc"
