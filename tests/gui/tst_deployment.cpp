// The partner's deployment file (openmairie.ini): what it sets is read, a password in it is refused,
// the modules it disables are not loaded, the first-run wizard is skipped when it names a server and a
// commune, and "À propos" shows the partner.
#include "AboutDialog.h"
#include "ApplicationSetup.h"
#include "DeploymentConfig.h"
#include "FirstRunWizard.h"
#include "GuiTestSupport.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ModuleManager.h"
#include "ShellController.h"
#include "ShellSettings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenMairie;
using Gui::DeploymentConfig;
using Test::TestDatabase;

namespace {

QString writeFile(const QString &path, const QString &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content.toUtf8());
    return path;
}

// The profile's keys as a partner writes them (the same as the user's settings).
QString connectionSection(const Core::ConnectionProfile &profile)
{
    if (profile.isSqlite())
        return QStringLiteral("[connexion]\ntype=sqlite\nfichier=%1\n").arg(profile.filePath());
    return QStringLiteral("[connexion]\ntype=postgresql\nserveur=%1\nport=%2\nbase=%3\nsslmode=%4\n")
        .arg(profile.host())
        .arg(profile.port())
        .arg(profile.database(), profile.sslMode());
}

} // namespace

class TestDeployment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::prepareGuiTest(); }

    void readsEverySection()
    {
        QTemporaryDir dir;
        QImage logo(40, 20, QImage::Format_RGB32);
        logo.fill(Qt::darkBlue);
        QVERIFY(logo.save(dir.filePath(QStringLiteral("logo.png"))));
        const QString ini = writeFile(dir.filePath(QStringLiteral("openmairie.ini")), QStringLiteral(
            "; Déploiement du syndicat\n"
            "[connexion]\ntype=postgresql\nserveur=pg.syndicat.fr\nport=5433\nbase=mairies\nsslmode=require\n"
            "[commune]\ncode_insee=2A004\n"
            "[partenaire]\nnom=Libre Informatique Territoriale\nlogo=logo.png\n"
            "support=Assistance : 04 90 00 00 00\nsite=https://lit.exemple.fr\n"
            "[modules]\ndesactives=elec, cadastre ads\n"
            "[interface]\nlangue=EN\n"));
        const DeploymentConfig config = DeploymentConfig::fromFile(ini);
        QVERIFY(config.exists());
        QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(u'\n')));
        QVERIFY(config.profile().has_value());
        QCOMPARE(*config.profile(), Core::ConnectionProfile::postgres(QStringLiteral("pg.syndicat.fr"), 5433,
                                                                       QStringLiteral("mairies"), {},
                                                                       QStringLiteral("require")));
        QCOMPARE(config.commune(), QStringLiteral("2A004"));
        QVERIFY(config.isComplete());
        QCOMPARE(config.partnerName(), QStringLiteral("Libre Informatique Territoriale"));
        QCOMPARE(config.partnerLogo(), QDir(dir.path()).absoluteFilePath(QStringLiteral("logo.png")));
        QCOMPARE(config.supportContact(), QStringLiteral("Assistance : 04 90 00 00 00"));
        QCOMPARE(config.supportUrl(), QStringLiteral("https://lit.exemple.fr"));
        QCOMPARE(config.disabledModules(),
                 (QStringList{QStringLiteral("elec"), QStringLiteral("cadastre"), QStringLiteral("ads")}));
        QCOMPARE(config.language(), QStringLiteral("en"));
    }

    void noFileSetsNothing()
    {
        const DeploymentConfig config = DeploymentConfig::fromFile(QStringLiteral("/nonexistent/openmairie.ini"));
        QVERIFY(!config.exists());
        QVERIFY(!config.isComplete());
        QVERIFY(!config.profile());
        QVERIFY(config.disabledModules().isEmpty());
        QVERIFY(!config.hasPartner());
    }

    void refusesAPassword_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("mot_de_passe") << QStringLiteral("mot_de_passe");
        QTest::newRow("password") << QStringLiteral("password");
    }

    void refusesAPassword()
    {
        QFETCH(QString, key);
        QTemporaryDir dir;
        const QString ini = writeFile(dir.filePath(QStringLiteral("openmairie.ini")),
                                      QStringLiteral("[connexion]\ntype=postgresql\nserveur=pg\nport=5432\nbase=m\n"
                                                     "%1=Secret-2026\n[commune]\ncode_insee=13004\n")
                                          .arg(key));
        const DeploymentConfig config = DeploymentConfig::fromFile(ini);
        QCOMPARE(config.warnings().size(), 1);
        const QString warning = config.warnings().constFirst();
        QVERIFY2(warning.contains(QStringLiteral("contient un mot de passe")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("Retirez-le")), qPrintable(warning));
        QVERIFY2(!warning.contains(QStringLiteral("Secret-2026")), "le mot de passe ne doit pas être recopié");
        // The rest of the file still serves; the password is used nowhere.
        QVERIFY(config.isComplete());
        QVERIFY(!config.profile()->toUrl().contains(QStringLiteral("Secret")));
    }

    void refusesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("complete");
        QTest::newRow("serveur sans base") << QStringLiteral("[connexion]\ntype=postgresql\nserveur=pg\n"
                                                             "[commune]\ncode_insee=13004\n")
                                           << QStringLiteral("profil de connexion") << false;
        QTest::newRow("code INSEE faux") << QStringLiteral("[connexion]\ntype=sqlite\nfichier=/tmp/x.sqlite\n"
                                                           "[commune]\ncode_insee=Arles\n")
                                         << QStringLiteral("code INSEE « Arles »") << false;
        QTest::newRow("langue inconnue") << QStringLiteral("[connexion]\ntype=sqlite\nfichier=/tmp/x.sqlite\n"
                                                           "[commune]\ncode_insee=13004\n[interface]\nlangue=de\n")
                                         << QStringLiteral("langue « de »") << true;
        QTest::newRow("logo absent") << QStringLiteral("[partenaire]\nnom=P\nlogo=absent.png\n")
                                     << QStringLiteral("logo du partenaire") << false;
    }

    void refusesWhatIsWrong()
    {
        QFETCH(QString, content);
        QFETCH(QString, expected);
        QFETCH(bool, complete);
        QTemporaryDir dir;
        const DeploymentConfig config =
            DeploymentConfig::fromFile(writeFile(dir.filePath(QStringLiteral("openmairie.ini")), content));
        QCOMPARE(config.warnings().size(), 1);
        QVERIFY2(config.warnings().constFirst().contains(expected), qPrintable(config.warnings().constFirst()));
        QCOMPARE(config.isComplete(), complete);
    }

    void looksNextToTheProgramThenMachineWide()
    {
        qputenv("OPENMAIRIE_DEPLOYMENT_FILE", "/srv/partenaire/openmairie.ini");
        const QStringList files = DeploymentConfig::candidateFiles();
        qunsetenv("OPENMAIRIE_DEPLOYMENT_FILE");
        QCOMPARE(files.value(0), QStringLiteral("/srv/partenaire/openmairie.ini"));
        QCOMPARE(files.value(1), QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("openmairie.ini")));
        QVERIFY(files.size() > 2);
        const QString userFolder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        for (const QString &file : files.mid(2)) {
            QVERIFY2(file.endsWith(QStringLiteral("/OpenMairie/openmairie.ini")), qPrintable(file));
            QVERIFY2(!file.startsWith(userFolder + u'/'), qPrintable(file));
        }
#ifdef Q_OS_LINUX
        if (qEnvironmentVariableIsEmpty("XDG_CONFIG_DIRS"))
            QVERIFY(files.contains(QStringLiteral("/etc/xdg/OpenMairie/openmairie.ini")));
#endif
        const DeploymentConfig none = DeploymentConfig::load();
        Q_UNUSED(none) // no file on the test machine: load() must simply find nothing and not fail
    }

    void disabledModulesAreListedNotLoaded()
    {
        QTemporaryDir dir;
        const DeploymentConfig deployment = DeploymentConfig::fromFile(
            writeFile(dir.filePath(QStringLiteral("openmairie.ini")), QStringLiteral("[modules]\ndesactives=guiessai\n")));
        Gui::ShellSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, {});
        controller.setDeployment(deployment);
        controller.start();
        const Core::ModuleSpec *spec = services.modules().spec(QStringLiteral("guiessai"));
        QVERIFY(spec);
        QVERIFY(spec->isRefused());
        QCOMPARE(spec->refusalReason(), QStringLiteral("désactivé par le fichier de déploiement"));
        QVERIFY(!services.modules().module(QStringLiteral("guiessai")));
        // Incomplete file: the first-run wizard is still needed.
        QVERIFY(controller.wizard());
    }

    void completeFileSkipsTheWizard()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        {
            Core::CoreServices init;
            OM_VERIFY_OK(db.initialize(init));
        }
        const QString ini = writeFile(db.tempPath(QStringLiteral("openmairie.ini")),
                                      connectionSection(db.profile()) + QStringLiteral("[commune]\ncode_insee=13004\n"));
        const DeploymentConfig deployment = DeploymentConfig::fromFile(ini);
        QVERIFY2(deployment.isComplete(), qPrintable(deployment.warnings().join(u'\n')));

        // A profile saved earlier by the agent does not win over the partner's file.
        Gui::ShellSettings settings(Test::settingsFile(db));
        settings.setProfile(Core::ConnectionProfile::sqlite(db.tempPath(QStringLiteral("ancienne.sqlite"))));
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, {});
        controller.setDeployment(deployment);
        controller.start();
        QVERIFY(!controller.wizard());
        Gui::LoginDialog *login = controller.loginDialog();
        QVERIFY(login);
        QVERIFY(login->isVisible());
        QCOMPARE(controller.currentProfile(), *deployment.profile());

        QSignalSpy shown(&controller, &Gui::ShellController::mainWindowShown);
        login->loginEdit()->setText(TestDatabase::adminLogin());
        login->passwordEdit()->setText(Test::adminSignInPassword(db));
        login->signInButton()->click();
        QVERIFY(controller.mainWindow());
        QVERIFY(shown.wait(10000));
        QCOMPARE(services.session().commune().codeInsee, QStringLiteral("13004"));
    }

    void aboutShowsThePartner()
    {
        QTemporaryDir dir;
        QImage logo(120, 60, QImage::Format_RGB32);
        logo.fill(QColor(0x2f, 0x5d, 0x93));
        QVERIFY(logo.save(dir.filePath(QStringLiteral("logo.png"))));
        const DeploymentConfig deployment = DeploymentConfig::fromFile(writeFile(
            dir.filePath(QStringLiteral("openmairie.ini")),
            QStringLiteral("[partenaire]\nnom=Libre Informatique Territoriale\nlogo=logo.png\n"
                           "support=Assistance : 04 90 00 00 00 — support@lit.exemple.fr\nsite=https://lit.exemple.fr\n")));
        Gui::AboutDialog about(QStringLiteral("fichier local /tmp/x.sqlite"), deployment);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        auto *box = about.findChild<QGroupBox *>(QStringLiteral("partnerBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(box->title(), QStringLiteral("Installé et assisté par"));
        auto *text = about.findChild<QLabel *>(QStringLiteral("partnerText"));
        QVERIFY(text->text().contains(QStringLiteral("<b>Libre Informatique Territoriale</b>")));
        QVERIFY(text->text().contains(QStringLiteral("support@lit.exemple.fr")));
        QVERIFY(text->text().contains(QStringLiteral("href=\"https://lit.exemple.fr\"")));
        auto *logoLabel = about.findChild<QLabel *>(QStringLiteral("partnerLogo"));
        QVERIFY(logoLabel->isVisible());
        QVERIFY(!logoLabel->pixmap().isNull());
        QVERIFY(about.partnerText().startsWith(QStringLiteral("Libre Informatique Territoriale\n")));
        if (!qEnvironmentVariableIsEmpty("OPENMAIRIE_CAPTURE_DIR"))
            about.grab().save(QDir(qEnvironmentVariable("OPENMAIRIE_CAPTURE_DIR")).filePath(QStringLiteral("a-propos-partenaire.png")));

        // Without a partner, no empty box.
        Gui::AboutDialog plain(QStringLiteral("fichier local /tmp/x.sqlite"), DeploymentConfig());
        QVERIFY(!plain.findChild<QGroupBox *>(QStringLiteral("partnerBox")));
        QVERIFY(plain.partnerText().isEmpty());
    }

    void languageFollowsTheSystemUnlessSet_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QString>("expected");
        const QLocale fr(QLocale::French, QLocale::France);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const QLocale de(QLocale::German, QLocale::Germany);
        QTest::newRow("système français") << QString() << QString() << fr << QStringLiteral("fr");
        QTest::newRow("système anglais") << QString() << QString() << en << QStringLiteral("en");
        QTest::newRow("autre langue : français") << QString() << QString() << de << QStringLiteral("fr");
        QTest::newRow("déploiement") << QString() << QStringLiteral("en") << fr << QStringLiteral("en");
        QTest::newRow("agent avant déploiement") << QStringLiteral("fr") << QStringLiteral("en") << en
                                                 << QStringLiteral("fr");
        QTest::newRow("valeur inconnue ignorée") << QStringLiteral("xx") << QString() << en << QStringLiteral("en");
    }

    void languageFollowsTheSystemUnlessSet()
    {
        QFETCH(QString, user);
        QFETCH(QString, deployment);
        QFETCH(QLocale, system);
        QFETCH(QString, expected);
        QCOMPARE(Gui::ApplicationSetup::chooseLanguage(user, deployment, system), expected);
    }

    // Last: it installs the English catalogue in this process.
    void englishCatalogueIsEmbedded()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        QVERIFY(Gui::ApplicationSetup::installTranslations(*app, QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("OpenMairie::Gui::AboutDialog", "Fermer"), QStringLiteral("Close"));
        QCOMPARE(QLocale().language(), QLocale::French); // formats stay French
    }
};

QTEST_MAIN(TestDeployment)
#include "tst_deployment.moc"
