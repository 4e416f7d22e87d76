// Closing and reopening OpenMairie returns to the same base, the same login and the same window
// layout; the settings never hold a password.
#include "FirstRunWizard.h"
#include "GuiTestSupport.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ShellController.h"
#include "ShellSettings.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

using namespace OpenMairie;
using Test::TestDatabase;

class TestShellSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::prepareGuiTest(); }

    void reopeningReturnsToTheSameProfile()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        const QString ini = Test::settingsFile(db);
        QByteArray geometry;
        {
            Gui::ShellSettings settings(ini);
            Core::CoreServices services;
            Test::useFixtureModules(services);
            Gui::ShellController controller(services, settings, {});
            controller.start();
            const QString filled = Test::fillWizardForNewBase(*controller.wizard(), db);
            QVERIFY2(filled.isEmpty(), qPrintable(filled));
            controller.wizard()->button(QWizard::FinishButton)->click();
            Gui::MainWindow *window = controller.mainWindow();
            QVERIFY(window);
            window->showNormal();
            window->setGeometry(40, 50, 900, 640);
            QTRY_COMPARE(window->size(), QSize(900, 640));
            window->close(); // as the agent does at the end of the day
            geometry = window->saveGeometry();
        }
        {
            // The file as another run reads it.
            QSettings raw(ini, QSettings::IniFormat);
            QCOMPARE(raw.value(QStringLiteral("connexion/type")).toString(),
                     TestDatabase::isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
            for (const QString &key : raw.allKeys())
                QVERIFY2(!raw.value(key).toString().contains(Test::adminSignInPassword(db)), qPrintable(key));
        }

        Gui::ShellSettings settings(ini);
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, {});
        controller.start();
        QVERIFY(!controller.wizard());
        Gui::LoginDialog *login = controller.loginDialog();
        QVERIFY(login);
        QCOMPARE(login->profile(), db.profile());
        QCOMPARE(controller.currentProfile(), db.profile());
        QCOMPARE(login->loginEdit()->text(), TestDatabase::adminLogin());
        QVERIFY(login->passwordEdit()->text().isEmpty());
        login->passwordEdit()->setText(Test::adminSignInPassword(db));
        QVERIFY(login->attemptSignIn());
        Gui::MainWindow *window = controller.mainWindow();
        QVERIFY(window);
        QCOMPARE(window->statusDatabaseText(), db.profile().displayName());
        QCOMPARE(window->windowTitle(), QStringLiteral("OpenMairie — Arles"));
        QTRY_COMPARE(window->size(), QSize(900, 640));
    }

    void anIncompleteProfileLeadsToTheWizard()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        const QString ini = Test::settingsFile(db);
        {
            QSettings raw(ini, QSettings::IniFormat);
            raw.setValue(QStringLiteral("connexion/type"), QStringLiteral("postgresql"));
            raw.setValue(QStringLiteral("connexion/serveur"), QString());
        }
        Gui::ShellSettings settings(ini);
        QVERIFY(!settings.hasProfile());
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, {});
        controller.start();
        QVERIFY(controller.wizard());
        QVERIFY(!controller.loginDialog());
    }

    void theCommandLineBaseIsNotSaved()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        {
            Core::CoreServices services;
            OM_VERIFY_OK(db.initialize(services));
        }
        Gui::ShellSettings settings(Test::settingsFile(db));
        const Core::ConnectionProfile saved = Core::ConnectionProfile::sqlite(db.tempPath(QStringLiteral("autre.sqlite")));
        settings.setProfile(saved);
        Gui::CommandLineOptions options;
        options.profile = db.profile();
        options.user = TestDatabase::adminLogin();
        options.password = Test::adminSignInPassword(db);
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, options);
        controller.start();
        QVERIFY(controller.mainWindow());
        QCOMPARE(services.database().profile(), db.profile());
        QCOMPARE(settings.profile().value(), saved);
    }
};

QTEST_MAIN(TestShellSettings)
#include "tst_shellsettings.moc"
