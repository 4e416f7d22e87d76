// Sign-in through the shell: the right password opens the main window, a wrong one keeps the dialog
// open with a French message, five wrong ones lock a SQLite account; the last login is remembered,
// never the password.
#include "ErrorPanel.h"
#include "GuiTestSupport.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ShellController.h"
#include "ShellSettings.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace OpenMairie;
using Test::TestDatabase;

class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    // A prepared base, closed again, with its profile saved as after a first run.
    static Core::Status prepare(TestDatabase &db, Gui::ShellSettings &settings)
    {
        Core::CoreServices services;
        if (Core::Status s = db.initialize(services); !s)
            return s;
        settings.setProfile(db.profile());
        return {};
    }

    static QString wrongPasswordMessage(const TestDatabase &db)
    {
        if (!TestDatabase::isPostgres())
            return QStringLiteral("Identifiant ou mot de passe incorrect.");
        return QStringLiteral("Mot de passe refusé par le serveur %1, port %2 pour le rôle « %3 ». Vérifiez "
                              "l'identifiant et le mot de passe (attention aux majuscules), ou demandez à "
                              "l'administrateur de le réinitialiser.")
            .arg(db.profile().host())
            .arg(db.profile().port())
            .arg(TestDatabase::adminLogin());
    }

private slots:
    void initTestCase() { Test::prepareGuiTest(); }

    void theRightPasswordOpensTheMainWindow()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        Gui::ShellSettings settings(Test::settingsFile(db));
        OM_VERIFY_OK(prepare(db, settings));
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, {});
        controller.start();
        Gui::LoginDialog *login = controller.loginDialog();
        QVERIFY(login);
        QVERIFY(login->isVisible());
        QVERIFY(!controller.wizard());
        auto *database = login->findChild<QLabel *>(QStringLiteral("loginDatabase"));
        QVERIFY(database->text().contains(db.profile().displayName().toHtmlEscaped()));
        auto *hint = login->findChild<QLabel *>(QStringLiteral("loginHint"));
        QCOMPARE(hint->isVisibleTo(login), TestDatabase::isPostgres());

        login->loginEdit()->setText(TestDatabase::adminLogin());
        QTest::keyClicks(login->passwordEdit(), Test::adminSignInPassword(db));
        QSignalSpy shown(&controller, &Gui::ShellController::mainWindowShown);
        QTest::keyClick(login->passwordEdit(), Qt::Key_Return);
        QVERIFY(controller.mainWindow());
        QVERIFY(shown.wait(10000));
        QVERIFY(!controller.loginDialog());
        QCOMPARE(controller.mainWindow()->windowTitle(), QStringLiteral("OpenMairie — Arles"));
        QCOMPARE(controller.mainWindow()->statusUserText(), QStringLiteral("Administrateur de test (Administrateur)"));
        QCOMPARE(settings.lastLogin(), TestDatabase::adminLogin());
    }

    void aWrongPasswordIsRefusedInFrench()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        Gui::ShellSettings settings(Test::settingsFile(db));
        OM_VERIFY_OK(prepare(db, settings));
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, {});
        controller.start();
        Gui::LoginDialog *login = controller.loginDialog();
        login->loginEdit()->setText(TestDatabase::adminLogin());
        login->passwordEdit()->setText(QStringLiteral("Pas-le-bon-2026"));
        login->signInButton()->click();

        QVERIFY(!controller.mainWindow());
        QVERIFY(controller.loginDialog());
        QVERIFY(login->isVisible());
        QCOMPARE(login->errorPanel()->message(), wrongPasswordMessage(db));
        QVERIFY(login->errorPanel()->isVisibleTo(login));
        QVERIFY(login->passwordEdit()->text().isEmpty());
        QCOMPARE(login->loginEdit()->text(), TestDatabase::adminLogin());
        QVERIFY(!services.session().isAuthenticated());

        // Then the right one works, in the same dialog.
        login->passwordEdit()->setText(Test::adminSignInPassword(db));
        login->signInButton()->click();
        QVERIFY(controller.mainWindow());
    }

    void anEmptyLoginIsAskedFor()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        Gui::ShellSettings settings(Test::settingsFile(db));
        OM_VERIFY_OK(prepare(db, settings));
        Core::CoreServices services;
        Gui::WorkspaceAccess access(services);
        Gui::LoginDialog login(access, db.profile());
        login.show();
        login.loginEdit()->clear();
        QVERIFY(!login.attemptSignIn());
        QCOMPARE(login.errorPanel()->message(), TestDatabase::isPostgres()
                                                    ? QStringLiteral("Indiquez votre rôle PostgreSQL.")
                                                    : QStringLiteral("Indiquez votre identifiant."));
    }

    void fiveFailuresLockTheAccount()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        Gui::ShellSettings settings(Test::settingsFile(db));
        OM_VERIFY_OK(prepare(db, settings));
        Core::CoreServices services;
        Gui::ShellController controller(services, settings, {});
        Test::useFixtureModules(services);
        controller.start();
        Gui::LoginDialog *login = controller.loginDialog();
        login->loginEdit()->setText(TestDatabase::adminLogin());
        for (int attempt = 1; attempt <= 5; ++attempt) {
            login->passwordEdit()->setText(QStringLiteral("Pas-le-bon-%1").arg(attempt));
            QVERIFY(!login->attemptSignIn());
            const QString expected = TestDatabase::isPostgres() || attempt < 5
                ? wrongPasswordMessage(db)
                : QStringLiteral("Mot de passe incorrect 5 fois : le compte « admin » est bloqué pendant 5 minutes.");
            QCOMPARE(login->errorPanel()->message(), expected);
        }
        // The right password now: refused on a SQLite seat until the lock ends; on a server the
        // server alone decides (it has no application lockout).
        login->passwordEdit()->setText(Test::adminSignInPassword(db));
        if (TestDatabase::isPostgres()) {
            QVERIFY(login->attemptSignIn());
            QVERIFY(controller.mainWindow());
            return;
        }
        QVERIFY(!login->attemptSignIn());
        QVERIFY2(login->errorPanel()->message().startsWith(
                     QStringLiteral("Trop d'essais de mot de passe : le compte « admin » est bloqué encore ")),
                 qPrintable(login->errorPanel()->message()));
        QVERIFY(!controller.mainWindow());
        QVERIFY(login->isVisible());
    }

    void theLastLoginIsRememberedNotThePassword()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        Gui::ShellSettings settings(Test::settingsFile(db));
        OM_VERIFY_OK(prepare(db, settings));
        {
            Core::CoreServices services;
            Test::useFixtureModules(services);
            Gui::ShellController controller(services, settings, {});
            controller.start();
            controller.loginDialog()->loginEdit()->setText(TestDatabase::adminLogin());
            controller.loginDialog()->passwordEdit()->setText(Test::adminSignInPassword(db));
            QVERIFY(controller.loginDialog()->attemptSignIn());
            QVERIFY(controller.mainWindow());
        }
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(Test::adminSignInPassword(db).toUtf8()));

        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, {});
        controller.start();
        QVERIFY(controller.loginDialog());
        QCOMPARE(controller.loginDialog()->loginEdit()->text(), TestDatabase::adminLogin());
        QVERIFY(controller.loginDialog()->passwordEdit()->text().isEmpty());
    }

    void automaticSignInFromTheCommandLine()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        Gui::ShellSettings settings(Test::settingsFile(db));
        OM_VERIFY_OK(prepare(db, settings));
        Gui::CommandLineOptions options;
        options.profile = db.profile();
        options.user = TestDatabase::adminLogin();
        options.password = Test::adminSignInPassword(db);
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, options);
        controller.start();
        QVERIFY(!controller.loginDialog());
        QVERIFY(controller.mainWindow());
        QCOMPARE(controller.mainWindow()->windowTitle(), QStringLiteral("OpenMairie — Arles"));
    }

    void automaticSignInFailureShowsTheDialog()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        Gui::ShellSettings settings(Test::settingsFile(db));
        OM_VERIFY_OK(prepare(db, settings));
        Gui::CommandLineOptions options;
        options.profile = db.profile();
        options.user = TestDatabase::adminLogin();
        options.password = QStringLiteral("Pas-le-bon-2026");
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, options);
        QSignalSpy failed(&controller, &Gui::ShellController::autoSignInFailed);
        controller.start();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().startsWith(wrongPasswordMessage(db)));
        QVERIFY(!controller.mainWindow());
        QVERIFY(controller.loginDialog());
        QCOMPARE(controller.loginDialog()->errorPanel()->message(), wrongPasswordMessage(db));
        QCOMPARE(controller.loginDialog()->loginEdit()->text(), TestDatabase::adminLogin());
    }

    void closingTheDialogQuits()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        Gui::ShellSettings settings(Test::settingsFile(db));
        OM_VERIFY_OK(prepare(db, settings));
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, {});
        QSignalSpy quit(&controller, &Gui::ShellController::quitRequested);
        controller.start();
        controller.loginDialog()->findChild<QPushButton *>(QStringLiteral("quitButton"))->click();
        QCOMPARE(quit.count(), 1);
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
