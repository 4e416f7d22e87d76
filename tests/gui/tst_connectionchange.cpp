// Changing base without restarting: from the main window to another base (file or server), sign in
// there, and the choice becomes the saved profile. Signing out comes back to the login dialog.
#include "ConnectionDialog.h"
#include "FirstRunWizard.h"
#include "GuiTestSupport.h"
#include "LocalFileForm.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ServerForm.h"
#include "ShellController.h"
#include "ShellSettings.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QAbstractButton>

using namespace OpenMairie;
using Test::TestDatabase;

class TestConnectionChange : public QObject
{
    Q_OBJECT

private:
    static Gui::CommandLineOptions autoSignIn(const TestDatabase &db)
    {
        Gui::CommandLineOptions options;
        options.user = TestDatabase::adminLogin();
        options.password = Test::adminSignInPassword(db);
        return options;
    }

private slots:
    void initTestCase() { Test::prepareGuiTest(); }

    void switchesToAnotherBaseWithoutRestarting()
    {
        TestDatabase first;
        OM_REQUIRE_DB(first);
        TestDatabase second;
        OM_REQUIRE_DB(second);
        {
            Core::CoreServices a;
            OM_VERIFY_OK(first.initialize(a, QStringLiteral("13004")));
            Core::CoreServices b;
            OM_VERIFY_OK(second.initialize(b, QStringLiteral("13055")));
        }
        Gui::ShellSettings settings(Test::settingsFile(first));
        settings.setProfile(first.profile());
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, autoSignIn(first));
        controller.start();
        QPointer<Gui::MainWindow> before = controller.mainWindow();
        QVERIFY(before);
        QCOMPARE(before->windowTitle(), QStringLiteral("OpenMairie — Arles"));
        before->openEntry(QStringLiteral("guiessai.registre"));

        emit before->changeDatabaseRequested();
        Gui::ConnectionDialog *dialog = controller.connectionDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // Cancelling changes nothing.
        dialog->reject();
        QVERIFY(controller.mainWindow());
        QVERIFY(services.session().isAuthenticated());

        emit before->changeDatabaseRequested();
        dialog = controller.connectionDialog();
        QVERIFY(dialog);
        dialog->setServerMode(TestDatabase::isPostgres());
        if (TestDatabase::isPostgres()) {
            dialog->serverForm()->setProfile(second.profile());
            dialog->serverForm()->setPassword(second.password());
        } else {
            dialog->localForm()->setFilePath(second.profile().filePath());
        }
        QVERIFY(dialog->testConnection());
        dialog->useButton()->click();

        if (!TestDatabase::isPostgres()) {
            // A SQLite seat asks for the application password of the new base.
            QVERIFY(controller.loginDialog());
            QCOMPARE(controller.loginDialog()->profile(), second.profile());
            QVERIFY(!services.session().isAuthenticated());
            controller.loginDialog()->loginEdit()->setText(TestDatabase::adminLogin());
            controller.loginDialog()->passwordEdit()->setText(Test::adminSignInPassword(second));
            QVERIFY(controller.loginDialog()->attemptSignIn());
        }
        QTRY_VERIFY(!before); // the previous window is gone, not hidden
        Gui::MainWindow *after = controller.mainWindow();
        QVERIFY(after);
        QVERIFY(after->isVisible());
        QCOMPARE(after->windowTitle(), QStringLiteral("OpenMairie — Marseille"));
        QCOMPARE(after->statusDatabaseText(), second.profile().displayName());
        QCOMPARE(services.database().profile(), second.profile());
        QCOMPARE(after->tabs()->count(), 1);
        Core::Result<Core::ConnectionProfile> saved = settings.profile();
        QVERIFY(saved.ok());
        QCOMPARE(saved.value(), second.profile());
    }

    void changingBaseFromTheLoginDialog()
    {
        TestDatabase first;
        OM_REQUIRE_DB(first);
        TestDatabase second;
        OM_REQUIRE_DB(second);
        {
            Core::CoreServices a;
            OM_VERIFY_OK(first.initialize(a, QStringLiteral("13004")));
            Core::CoreServices b;
            OM_VERIFY_OK(second.initialize(b, QStringLiteral("13055")));
        }
        Gui::ShellSettings settings(Test::settingsFile(first));
        settings.setProfile(first.profile());
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, {});
        controller.start();
        Gui::LoginDialog *login = controller.loginDialog();
        QVERIFY(login);
        login->changeDatabaseButton()->click();
        Gui::ConnectionDialog *dialog = controller.connectionDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->setServerMode(TestDatabase::isPostgres());
        if (TestDatabase::isPostgres())
            dialog->serverForm()->setProfile(second.profile()); // no password typed: asked at login
        else
            dialog->localForm()->setFilePath(second.profile().filePath());
        QVERIFY(dialog->useChosenProfile());
        QCOMPARE(controller.loginDialog(), login);
        QCOMPARE(login->profile(), second.profile());
        login->loginEdit()->setText(TestDatabase::adminLogin());
        login->passwordEdit()->setText(Test::adminSignInPassword(second));
        QVERIFY(login->attemptSignIn());
        QVERIFY(controller.mainWindow());
        QCOMPARE(controller.mainWindow()->windowTitle(), QStringLiteral("OpenMairie — Marseille"));
        QCOMPARE(settings.profile().value(), second.profile());
    }

    void signingOutComesBackToTheLoginDialog()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        {
            Core::CoreServices a;
            OM_VERIFY_OK(db.initialize(a));
        }
        Gui::ShellSettings settings(Test::settingsFile(db));
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::CommandLineOptions options = autoSignIn(db);
        options.profile = db.profile();
        Gui::ShellController controller(services, settings, options);
        QSignalSpy quit(&controller, &Gui::ShellController::quitRequested);
        controller.start();
        QPointer<Gui::MainWindow> window = controller.mainWindow();
        QVERIFY(window);
        emit window->logoutRequested();
        QVERIFY(!services.session().isAuthenticated());
        QVERIFY(controller.loginDialog());
        QVERIFY(controller.loginDialog()->isVisible());
        QCOMPARE(controller.loginDialog()->profile(), db.profile());
        QCOMPARE(controller.loginDialog()->loginEdit()->text(), TestDatabase::adminLogin());
        QTRY_VERIFY(!window);
        QCOMPARE(quit.count(), 0);
        // A base given on the command line is not saved as the default one.
        QVERIFY(!settings.hasProfile());

        controller.loginDialog()->passwordEdit()->setText(Test::adminSignInPassword(db));
        QVERIFY(controller.loginDialog()->attemptSignIn());
        QVERIFY(controller.mainWindow());
        QCOMPARE(controller.mainWindow()->windowTitle(), QStringLiteral("OpenMairie — Arles"));
    }

    void creatingANewBaseFromTheMainWindow()
    {
        TestDatabase first;
        OM_REQUIRE_DB(first);
        TestDatabase second;
        OM_REQUIRE_DB(second);
        {
            Core::CoreServices a;
            OM_VERIFY_OK(first.initialize(a));
        }
        Gui::ShellSettings settings(Test::settingsFile(first));
        settings.setProfile(first.profile());
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, autoSignIn(first));
        controller.start();
        QVERIFY(controller.mainWindow());
        emit controller.mainWindow()->changeDatabaseRequested();
        controller.connectionDialog()->createButton()->click();
        QVERIFY(controller.wizard());
        QCOMPARE(controller.wizard()->windowTitle(), QStringLiteral("OpenMairie — Nouvelle base"));
        QTRY_VERIFY(!controller.mainWindow());
        const QString filled = Test::fillWizardForNewBase(*controller.wizard(), second, QStringLiteral("13055"));
        QVERIFY2(filled.isEmpty(), qPrintable(filled));
        controller.wizard()->button(QWizard::FinishButton)->click();
        QVERIFY(controller.mainWindow());
        QCOMPARE(controller.mainWindow()->windowTitle(), QStringLiteral("OpenMairie — Marseille"));
        QCOMPARE(settings.profile().value(), second.profile());
    }
};

QTEST_MAIN(TestConnectionChange)
#include "tst_connectionchange.moc"
