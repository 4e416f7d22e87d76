// The main window on a signed-in session: navigator from the modules and the rights, tabs, menus,
// status bar, Modules dialog with the refused modules, commune switcher.
#include "AboutDialog.h"
#include "ExchangeToolsActions.h"
#include "GuiTestSupport.h"
#include "HomePage.h"
#include "MainWindow.h"
#include "ModuleNavigator.h"
#include "ModulesDialog.h"
#include "ShellSettings.h"
#include "StartupBanner.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace OpenMairie;
using Test::TestDatabase;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    struct Session
    {
        TestDatabase db;
        Gui::ShellSettings settings{db.tempPath(QStringLiteral("openmairie-test.ini"))};
        Core::CoreServices services;
        std::unique_ptr<Gui::MainWindow> window;
        QString error;

        Session()
        {
            if (!db.setupError().isEmpty()) {
                error = db.setupError();
                return;
            }
            Test::useFixtureModules(services);
            services.startModules();
            if (Core::Status s = db.initialize(services); !s) {
                error = s.error().fullText();
                return;
            }
            window = std::make_unique<Gui::MainWindow>(services, settings);
            window->show();
        }
    };

    static QStringList menuTitles(const QMenuBar *bar)
    {
        QStringList titles;
        for (QAction *a : bar->actions())
            titles.append(a->text());
        return titles;
    }

    static QStringList actionTexts(const QMenu *menu)
    {
        QStringList texts;
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                texts.append(a->text());
        return texts;
    }

private slots:
    void initTestCase() { Test::prepareGuiTest(); }

    void theNavigatorListsTheModulesViews()
    {
        Session s;
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        Gui::ModuleNavigator *navigator = s.window->navigator();
        QCOMPARE(navigator->groupTitles(), QStringList{QStringLiteral("Essais")});
        QCOMPARE(navigator->topLevelItem(0)->text(0), QStringLiteral("Accueil"));
        QTreeWidgetItem *group = navigator->topLevelItem(1);
        QCOMPARE(group->childCount(), 2);
        QCOMPARE(group->child(0)->text(0), QStringLiteral("Registre des essais"));
        QCOMPARE(group->child(1)->text(0), QStringLiteral("Paramètres des essais"));
        // A right the module never declared is refused: its view stays hidden.
        QVERIFY(!navigator->itemForEntry(QStringLiteral("guiessai.cachee")));
        QCOMPARE(s.window->homePage()->cardTitles(), QStringList{QStringLiteral("Essais")});
    }

    void theNavigatorFollowsTheProfile()
    {
        Session s;
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        Core::SessionUser agent = s.services.session().user();
        agent.profile = Core::Profile::Consultation;
        s.services.session().start(agent, s.services.session().availableCommunes(), s.services.session().commune());
        s.window->rebuild();
        QVERIFY(s.window->navigator()->itemForEntry(QStringLiteral("guiessai.registre")));
        QVERIFY(!s.window->navigator()->itemForEntry(QStringLiteral("guiessai.parametres")));
        QVERIFY(!s.window->openEntry(QStringLiteral("guiessai.parametres")));
        QCOMPARE(s.window->tabs()->count(), 1);
        QCOMPARE(s.window->statusUserText(), QStringLiteral("Administrateur de test (Consultation)"));
    }

    void theStatusBarTellsWhoWhereAndWhichBase()
    {
        Session s;
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.window->windowTitle(), QStringLiteral("OpenMairie — Arles"));
        QCOMPARE(s.window->statusUserText(), QStringLiteral("Administrateur de test (Administrateur)"));
        QCOMPARE(s.window->statusCommuneText(), QStringLiteral("Arles (13004)"));
        QCOMPARE(s.window->statusDatabaseText(), s.db.profile().displayName());
        QVERIFY(!s.window->communeSwitcher()->isVisibleTo(s.window.get()));
        QCOMPARE(s.window->homePage()->communeTitle(), QStringLiteral("Arles"));
        QCOMPARE(s.window->homePage()->sessionText(), QStringLiteral("Connecté : Administrateur de test — profil Administrateur"));
    }

    void openingAViewTwiceGivesOneTab()
    {
        Session s;
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QTabWidget *tabs = s.window->tabs();
        QCOMPARE(tabs->count(), 1);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Accueil"));
        QWidget *first = s.window->openEntry(QStringLiteral("guiessai.registre"));
        QVERIFY(first);
        QCOMPARE(first->objectName(), QStringLiteral("vueRegistre"));
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Registre des essais"));
        s.window->showHome();
        QCOMPARE(tabs->currentIndex(), 0);

        // From the navigator, then from the home card: the same tab comes forward.
        Gui::ModuleNavigator *navigator = s.window->navigator();
        QTreeWidgetItem *item = navigator->itemForEntry(QStringLiteral("guiessai.registre"));
        const QRect rect = navigator->visualItemRect(item);
        QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentWidget(), first);
        s.window->showHome();
        auto *card = s.window->homePage()->findChild<QToolButton *>(QStringLiteral("homeEntry:guiessai.registre"));
        QVERIFY(card);
        card->click();
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentWidget(), first);
        QCOMPARE(navigator->currentItem(), item);

        QVERIFY(s.window->openEntry(QStringLiteral("guiessai.parametres")));
        QCOMPARE(tabs->count(), 3);
    }

    void theHomeTabCannotBeClosed()
    {
        Session s;
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QTabWidget *tabs = s.window->tabs();
        s.window->openEntry(QStringLiteral("guiessai.registre"));
        QVERIFY(!tabs->tabBar()->tabButton(0, QTabBar::RightSide));
        QVERIFY(tabs->tabBar()->tabButton(1, QTabBar::RightSide));
        emit tabs->tabCloseRequested(0);
        QCOMPARE(tabs->count(), 2);
        emit tabs->tabCloseRequested(1);
        QCOMPARE(tabs->count(), 1);
        QCOMPARE(tabs->widget(0), s.window->homePage());
    }

    void theMenusArePresent()
    {
        Session s;
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QMenuBar *bar = s.window->menuBar();
        QCOMPARE(menuTitles(bar), (QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Modules"),
                                               QStringLiteral("&Outils"), QStringLiteral("A&dministration"),
                                               QStringLiteral("Mon &compte"), QStringLiteral("&Aide")}));
        auto *file = s.window->findChild<QMenu *>(QStringLiteral("menuFichier"));
        QCOMPARE(actionTexts(file), (QStringList{QStringLiteral("&Changer de base de données…"),
                                                 QStringLiteral("&Fermer l'onglet"), QStringLiteral("Se &déconnecter"),
                                                 QStringLiteral("&Quitter")}));
        auto *modules = s.window->findChild<QMenu *>(QStringLiteral("menuModules"));
        QCOMPARE(actionTexts(modules), (QStringList{QStringLiteral("Essais"), QStringLiteral("Modules &installés…")}));
        QMenu *essais = modules->actions().constFirst()->menu();
        QVERIFY(essais);
        QCOMPARE(actionTexts(essais),
                 (QStringList{QStringLiteral("Registre des essais"), QStringLiteral("Paramètres des essais")}));
        essais->actions().constFirst()->trigger();
        QCOMPARE(s.window->tabs()->count(), 2);
        auto *help = s.window->findChild<QMenu *>(QStringLiteral("menuAide"));
        QCOMPARE(actionTexts(help), (QStringList{QStringLiteral("Modules &installés…"),
                                                 QStringLiteral("À &propos d'OpenMairie"),
                                                 QStringLiteral("À propos de &Qt")}));
    }

    // « Outils > Importer » lists what the modules declared and the profile may import (the core's
    // streets for the administrator); each entry opens the import dialog.
    void theToolsMenuOffersTheImports()
    {
        Session s;
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        auto *imports = s.window->findChild<QMenu *>(QStringLiteral("menuImporter"));
        QVERIFY(imports);
        QVERIFY(imports->menuAction()->isVisible());
        QAction *voies = s.window->findChild<QAction *>(QStringLiteral("actionImporter_core.voies"));
        QVERIFY2(voies, qPrintable(actionTexts(imports).join(u'|')));
        QWidget *dialog = s.window->exchangeTools()->showImport(QStringLiteral("core.voies"));
        QVERIFY(dialog);
        QVERIFY(dialog->inherits("OpenMairie::CoreUi::ImportDialog"));
        dialog->close();
        QVERIFY(!s.window->exchangeTools()->showImport(QStringLiteral("inconnu.objet")));
    }

    // The search itself is tested in tests/dashboard (tst_globalsearchgui).
    void theSearchBoxIsReady()
    {
        Session s;
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QLineEdit *search = s.window->searchField();
        QCOMPARE(search->placeholderText(), QStringLiteral("Rechercher dans tous les modules…"));
        QVERIFY(search->isEnabled());
        QVERIFY(s.window->globalSearch());
        QVERIFY(!search->toolTip().isEmpty());
    }

    void theModulesDialogListsTheRefusedModules()
    {
        Session s;
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        Gui::ModulesDialog *dialog = s.window->showModulesDialog();
        QVERIFY(dialog->isVisible());
        QTableWidget *table = dialog->table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->columnCount(), 5);
        QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("Raison"));
        QHash<QString, int> rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows.insert(table->item(r, Gui::ModulesDialog::IdColumn)->text(), r);
        // The active module first, then the refused ones.
        QCOMPARE(rows.value(QStringLiteral("guiessai")), 0);
        const int essai = rows.value(QStringLiteral("guiessai"));
        QCOMPARE(table->item(essai, Gui::ModulesDialog::NameColumn)->text(), QStringLiteral("Essais de l'interface"));
        QCOMPARE(table->item(essai, Gui::ModulesDialog::StateColumn)->text(), QStringLiteral("actif"));
        QCOMPARE(table->item(essai, Gui::ModulesDialog::ReasonColumn)->text(), QString());

        QVERIFY(rows.contains(QStringLiteral("guiapi")));
        const int api = rows.value(QStringLiteral("guiapi"));
        QCOMPARE(table->item(api, Gui::ModulesDialog::StateColumn)->text(), QStringLiteral("refusé"));
        QCOMPARE(table->item(api, Gui::ModulesDialog::ReasonColumn)->text(),
                 QStringLiteral("conçu pour l'interface de modules version 99, alors que cette version d'OpenMairie "
                                "fournit la version 1 : installez une version du module faite pour celle-ci"));
        const int dep = rows.value(QStringLiteral("guidep"));
        QCOMPARE(table->item(dep, Gui::ModulesDialog::ReasonColumn)->text(),
                 QStringLiteral("dépend du module « inexistant », qui n'est pas installé"));
        // Refused rows stand out.
        QCOMPARE(table->item(api, 0)->background().color(), QColor(0xfd, 0xe8, 0xe6));
        QCOMPARE(table->item(essai, 0)->background().style(), Qt::NoBrush);
        QCOMPARE(dialog->summary(), QStringLiteral("Modules actifs : 1. Modules refusés : 2 ; leur raison est indiquée "
                                                   "ci-dessous. Les modules refusés n'empêchent pas les autres de "
                                                   "fonctionner."));
        dialog->close();
    }

    void refusedModulesAreAnnouncedWithoutBlocking()
    {
        Session s;
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        Core::WorkspaceReport report;
        report.warnings = {QStringLiteral("l'étape 0001_init du module essai a changé depuis son application")};
        s.window->showStartupProblems(report);
        Gui::StartupBanner *banner = s.window->startupBanner();
        QVERIFY(banner->isVisibleTo(s.window.get()));
        const QString text = banner->text();
        QVERIFY2(text.startsWith(QStringLiteral("2 modules n'ont pas pu démarrer ; les autres fonctionnent normalement :")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("  • Module orphelin (guidep) : dépend du module « inexistant », qui n'est "
                                             "pas installé")));
        QVERIFY(text.contains(QStringLiteral("Avertissements de la mise à jour de la base :\n  • l'étape 0001_init")));
        // The window stays usable meanwhile.
        QVERIFY(s.window->openEntry(QStringLiteral("guiessai.registre")));
        banner->findChild<QPushButton *>(QStringLiteral("startupBannerClose"))->click();
        QVERIFY(!banner->isVisibleTo(s.window.get()));
    }

    void theAboutDialogCreditsAndQuotesTheDataLicence()
    {
        Session s;
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        Gui::AboutDialog *about = s.window->showAboutDialog();
        QVERIFY(about->aboutText().contains(QStringLiteral("Version %1.").arg(QCoreApplication::applicationVersion())));
        QVERIFY(about->aboutText().contains(QStringLiteral("version 3 ou ultérieure")));
        QVERIFY(about->aboutText().contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
        QVERIFY(about->aboutText().contains(s.db.profile().displayName().toHtmlEscaped()));
        QVERIFY(about->aboutText().contains(QStringLiteral("ville d'Arles")));
        QVERIFY(about->dataLicenceText().startsWith(QStringLiteral("MIT License")));
        QVERIFY(about->dataLicenceText().contains(QStringLiteral("Etalab")));
        about->close();
    }

    void anAgentOfSeveralCommunesSwitches()
    {
        Session s;
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        OM_VERIFY_OK(s.services.communes().addFromInsee(QStringLiteral("13055"), TestDatabase::adminLogin()));
        OM_VERIFY_OK(s.services.signIn(TestDatabase::adminLogin(), Test::adminSignInPassword(s.db),
                                       QStringLiteral("13004")));
        QComboBox *switcher = s.window->communeSwitcher();
        QVERIFY(switcher->isVisibleTo(s.window.get()));
        // The administrator is syndicate staff (niveau 2): his two communes, then all of them at once.
        QCOMPARE(switcher->count(), 3);
        QCOMPARE(switcher->itemText(2), QStringLiteral("Toutes mes communes (2)"));
        QCOMPARE(s.window->statusCommuneText(), QStringLiteral("Arles (13004)"));
        QVERIFY(s.window->openEntry(QStringLiteral("guiessai.registre")));
        const int marseille = switcher->findData(QStringLiteral("13055"));
        QVERIFY(marseille >= 0);
        switcher->setCurrentIndex(marseille);
        emit switcher->activated(marseille);
        QCOMPARE(s.services.session().commune().codeInsee, QStringLiteral("13055"));
        QCOMPARE(s.window->windowTitle(), QStringLiteral("OpenMairie — Marseille"));
        QCOMPARE(s.window->statusCommuneText(), QStringLiteral("Marseille (13055)"));
        QCOMPARE(s.window->homePage()->communeTitle(), QStringLiteral("Marseille"));
        // Views of the previous commune are closed rather than left misleading.
        QCOMPARE(s.window->tabs()->count(), 1);
        QCOMPARE(s.settings.lastCommune(), QStringLiteral("13055"));

        // « Toutes mes communes »: lists read every commune; entries still go to Marseille.
        QVERIFY(s.window->openEntry(QStringLiteral("guiessai.registre")));
        switcher->setCurrentIndex(2);
        emit switcher->activated(2);
        QVERIFY(s.services.session().isAllCommunesView());
        QCOMPARE(s.services.session().commune().codeInsee, QStringLiteral("13055"));
        QCOMPARE(s.window->windowTitle(), QStringLiteral("OpenMairie — toutes mes communes (saisie : Marseille)"));
        QCOMPARE(s.window->tabs()->count(), 1);
        QCOMPARE(s.services.session().communeIdsInView().size(), 2);
        // Back to one commune.
        const int arles = switcher->findData(QStringLiteral("13004"));
        switcher->setCurrentIndex(arles);
        emit switcher->activated(arles);
        QVERIFY(!s.services.session().isAllCommunesView());
        QCOMPARE(s.services.session().commune().codeInsee, QStringLiteral("13004"));
        QCOMPARE(s.window->windowTitle(), QStringLiteral("OpenMairie — Arles"));
    }

    void closingTheWindowAsksToQuit()
    {
        Session s;
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QSignalSpy quit(s.window.get(), &Gui::MainWindow::quitRequested);
        s.window->close();
        QCOMPARE(quit.count(), 1);
        QVERIFY(!s.settings.windowGeometry().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
