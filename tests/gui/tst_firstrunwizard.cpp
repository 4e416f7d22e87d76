// The first-run wizard on a real base (a new SQLite file, or an empty database on the test
// PostgreSQL server): it creates the schema, the commune and the administrator, saves the profile
// and opens the main window; an existing base is adopted, never re-initialised.
#include "ErrorPanel.h"
#include "FirstRunWizard.h"
#include "GuiTestSupport.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ShellController.h"
#include "ShellSettings.h"
#include "WizardLocalPage.h"
#include "WizardServerPage.h"
#include "ServerForm.h"
#include "WizardModePage.h"
#include "WizardSummaryPage.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QDir>
#include <QLineEdit>
#include <QTest>

using namespace OpenMairie;
using Gui::FirstRunWizard;
using Test::TestDatabase;

class TestFirstRunWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::prepareGuiTest(); }

    void createsTheBaseAndSignsInTheAdministrator()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        Gui::ShellSettings settings(Test::settingsFile(db));
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, {});
        controller.start();
        QVERIFY(controller.wizard());
        QVERIFY(!controller.loginDialog());
        QVERIFY(controller.wizard()->isVisible());

        const QString filled = Test::fillWizardForNewBase(*controller.wizard(), db);
        QVERIFY2(filled.isEmpty(), qPrintable(filled));
        const QString summary = controller.wizard()->summaryPage()->summaryText();
        QVERIFY(summary.contains(db.profile().displayName().toHtmlEscaped()));
        QVERIFY(summary.contains(QStringLiteral("Arles (13) — 13004")));
        QSignalSpy shown(&controller, &Gui::ShellController::mainWindowShown);
        controller.wizard()->button(QWizard::FinishButton)->click();

        QVERIFY(controller.mainWindow());
        QVERIFY(shown.wait(10000));
        QVERIFY(controller.mainWindow()->isVisible());
        QCOMPARE(controller.mainWindow()->windowTitle(), QStringLiteral("OpenMairie — Arles"));
        QCOMPARE(services.session().user().login, TestDatabase::adminLogin());
        QCOMPARE(services.session().user().profile, Core::Profile::Administrateur);
        QCOMPARE(services.session().user().displayName, QStringLiteral("Administrateur de test"));
        QCOMPARE(services.session().commune().codeInsee, QStringLiteral("13004"));
        Core::Result<qint64> users = services.users().userCount();
        QVERIFY(users.ok());
        QCOMPARE(users.value(), 1);

        // The profile is saved (with the role on a server), never a password.
        Core::Result<Core::ConnectionProfile> saved = settings.profile();
        QVERIFY(saved.ok());
        QCOMPARE(saved.value(), db.profile());
        QCOMPARE(settings.lastLogin(), TestDatabase::adminLogin());
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray content = ini.readAll();
        QVERIFY(!content.contains(Test::adminSignInPassword(db).toUtf8()));
    }

    void theChosenPasswordOpensTheBaseLater()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        Gui::ShellSettings settings(Test::settingsFile(db));
        {
            Core::CoreServices services;
            Test::useFixtureModules(services);
            Gui::ShellController controller(services, settings, {});
            controller.start();
            const QString filled = Test::fillWizardForNewBase(*controller.wizard(), db);
            QVERIFY2(filled.isEmpty(), qPrintable(filled));
            controller.wizard()->button(QWizard::FinishButton)->click();
            QVERIFY(controller.mainWindow());
        }
        Core::CoreServices services;
        Test::useFixtureModules(services);
        services.startModules();
        Gui::WorkspaceAccess access(services);
        OM_VERIFY_OK(access.signIn(db.profile(), TestDatabase::adminLogin(), Test::adminSignInPassword(db)));
        services.session().end();
        Core::Result<Core::WorkspaceReport> wrong =
            access.signIn(db.profile(), TestDatabase::adminLogin(), QStringLiteral("Pas-le-bon-2026"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind(), Core::Error::Kind::Authentication);
    }

    void anExistingBaseIsOpenedAsItIs()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        {
            Core::CoreServices services;
            OM_VERIFY_OK(db.initialize(services, QStringLiteral("13055")));
        }
        Gui::ShellSettings settings(Test::settingsFile(db));
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, {});
        controller.start();
        FirstRunWizard *wizard = controller.wizard();
        QVERIFY(wizard);
        wizard->modePage()->setServerMode(TestDatabase::isPostgres());
        wizard->next();
        if (TestDatabase::isPostgres()) {
            wizard->serverPage()->form()->setProfile(db.profile());
            wizard->serverPage()->form()->setPassword(db.password());
            QVERIFY(wizard->serverPage()->testConnection());
            QCOMPARE(wizard->serverPage()->errorPanel()->message(),
                     QStringLiteral("Connexion réussie à %1. La base contient déjà des données OpenMairie : elle sera "
                                    "utilisée telle quelle.").arg(db.profile().displayName()));
        } else {
            wizard->localPage()->setFilePath(db.profile().filePath());
        }
        wizard->next();
        // No commune, no administrator: the base has them already.
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::SummaryPage));
        QVERIFY(wizard->summaryPage()->summaryText().contains(
            QStringLiteral("Cette base contient déjà des données OpenMairie")));
        wizard->button(QWizard::FinishButton)->click();

        QVERIFY(!controller.mainWindow());
        QVERIFY(controller.loginDialog());
        QVERIFY(controller.loginDialog()->isVisible());
        QCOMPARE(controller.loginDialog()->profile(), db.profile());
        Core::Result<Core::ConnectionProfile> saved = settings.profile();
        QVERIFY(saved.ok());
        QCOMPARE(saved.value(), db.profile());

        // The base was not re-initialised: still Marseille, signing in works.
        controller.loginDialog()->loginEdit()->setText(TestDatabase::adminLogin());
        controller.loginDialog()->passwordEdit()->setText(Test::adminSignInPassword(db));
        QVERIFY(controller.loginDialog()->attemptSignIn());
        QVERIFY(controller.mainWindow());
        QCOMPARE(controller.mainWindow()->windowTitle(), QStringLiteral("OpenMairie — Marseille"));
    }

    void aFailureAtTheEndIsShownAndTheWizardStays()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        Gui::ShellSettings settings(Test::settingsFile(db));
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, {});
        controller.start();
        const QString filled = Test::fillWizardForNewBase(*controller.wizard(), db);
        QVERIFY2(filled.isEmpty(), qPrintable(filled));
        // Someone else prepares the same base meanwhile (another seat, the CLI).
        {
            Core::CoreServices other;
            OM_VERIFY_OK(db.initialize(other));
        }
        controller.wizard()->button(QWizard::FinishButton)->click();
        QVERIFY(controller.wizard());
        QVERIFY(controller.wizard()->isVisible());
        QCOMPARE(controller.wizard()->currentId(), int(FirstRunWizard::SummaryPage));
        QVERIFY(!controller.mainWindow());
        const QString expected = TestDatabase::isPostgres()
            ? QStringLiteral("La base %1 contient déjà des données OpenMairie : elle n'est pas réinitialisée. Ouvrez-la, "
                             "ou choisissez une base vide.").arg(db.profile().displayName())
            : QStringLiteral("Le fichier « %1 » existe déjà : il n'est pas écrasé. Choisissez un autre nom, ou "
                             "ouvrez-le au lieu de le créer.").arg(QDir::toNativeSeparators(db.profile().filePath()));
        QCOMPARE(controller.wizard()->summaryPage()->errorPanel()->message(), expected);
        QVERIFY(!settings.hasProfile());
    }

    void cancellingTheFirstRunQuits()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        Gui::ShellSettings settings(Test::settingsFile(db));
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::ShellController controller(services, settings, {});
        QSignalSpy quit(&controller, &Gui::ShellController::quitRequested);
        controller.start();
        controller.wizard()->reject();
        QCOMPARE(quit.count(), 1);
        QVERIFY(!controller.mainWindow());
        QVERIFY(!settings.hasProfile());
    }
};

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
