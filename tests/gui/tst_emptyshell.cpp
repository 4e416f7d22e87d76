// The shell with no business module at all (a fresh install, or every module removed): everything
// still works and says where modules come from.
#include "GuiTestSupport.h"
#include "HomePage.h"
#include "MainWindow.h"
#include "ModuleNavigator.h"
#include "ModulesDialog.h"
#include "ShellSettings.h"

#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace OpenMairie;

class TestEmptyShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::prepareGuiTest(); }

    void zeroModulesIsHandled()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Core::CoreServices services;
        services.modules().setSearchPaths({dir.path()});
        services.startModules();
        QVERIFY(services.modules().specs().empty());
        Core::SessionUser user;
        user.id = 1;
        user.login = QStringLiteral("agent");
        user.displayName = QStringLiteral("Agent d'accueil");
        user.profile = Core::Profile::Utilisateur;
        const Core::SessionCommune arles{1, QStringLiteral("13004"), QStringLiteral("Arles")};
        services.session().start(user, {arles}, arles);

        Gui::ShellSettings settings(dir.filePath(QStringLiteral("s.ini")));
        Gui::MainWindow window(services, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.windowTitle(), QStringLiteral("OpenMairie — Arles"));
        QVERIFY(window.catalog().isEmpty());
        QVERIFY(window.navigator()->groupTitles().isEmpty());
        QCOMPARE(window.navigator()->topLevelItemCount(), 2);
        QCOMPARE(window.navigator()->topLevelItem(1)->text(0), QStringLiteral("Aucun module disponible"));
        QVERIFY(window.homePage()->cardTitles().isEmpty());
        QVERIFY(window.homePage()->findChild<QPushButton *>(QStringLiteral("homeModulesButton")));
        auto *footer = window.homePage()->findChild<QLabel *>(QStringLiteral("homeFooter"));
        QVERIFY(footer->text().contains(QStringLiteral("aucun module actif")));

        auto *modules = window.findChild<QMenu *>(QStringLiteral("menuModules"));
        QAction *none = modules->actions().constFirst();
        QCOMPARE(none->text(), QStringLiteral("Aucun module disponible"));
        QVERIFY(!none->isEnabled());

        Gui::ModulesDialog *dialog = window.showModulesDialog();
        QCOMPARE(dialog->table()->rowCount(), 0);
        QVERIFY(dialog->summary().startsWith(QStringLiteral("Aucun module n'est installé.")));
        dialog->close();
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.statusUserText(), QStringLiteral("Agent d'accueil (Utilisateur)"));
        // The tools of the installation are offered even without modules.
        QVERIFY(window.homePage()->findChild<QToolButton *>(QStringLiteral("homeToolModules")));
        QSignalSpy changeBase(&window, &Gui::MainWindow::changeDatabaseRequested);
        window.homePage()->findChild<QToolButton *>(QStringLiteral("homeToolDatabase"))->click();
        QCOMPARE(changeBase.count(), 1);
    }

    void anAccountNamedAfterItsProfileShowsItsLogin()
    {
        QTemporaryDir dir;
        Core::CoreServices services;
        services.modules().setSearchPaths({dir.path()});
        services.startModules();
        Core::SessionUser user;
        user.id = 1;
        user.login = QStringLiteral("admin");
        user.displayName = QStringLiteral("Administrateur");
        user.profile = Core::Profile::Administrateur;
        const Core::SessionCommune arles{1, QStringLiteral("13004"), QStringLiteral("Arles")};
        services.session().start(user, {arles}, arles);
        Gui::ShellSettings settings(dir.filePath(QStringLiteral("s.ini")));
        Gui::MainWindow window(services, settings);
        QCOMPARE(window.statusUserText(), QStringLiteral("admin (Administrateur)"));
        QCOMPARE(window.homePage()->sessionText(), QStringLiteral("Connecté : admin — profil Administrateur"));
    }
};

QTEST_MAIN(TestEmptyShell)
#include "tst_emptyshell.moc"
