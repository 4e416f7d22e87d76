#pragma once

#include "CoreServices.h"
#include "NavigationCatalog.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;

namespace OpenMairie::Core {
class DashboardLoader;
class SearchEngine;
} // namespace OpenMairie::Core

namespace OpenMairie::CoreUi {
class DashboardView;
class GlobalSearch;
} // namespace OpenMairie::CoreUi

namespace OpenMairie::Gui {

class AboutDialog;
class DocumentToolsActions;
class ExchangeToolsActions;
class HomePage;
class ModuleNavigator;
class ModulesDialog;
class ShellSettings;
class StartupBanner;

// The main window: module navigator at the left, tabs in the centre (a fixed "Accueil" tab and one
// closable tab per opened view), global search box, status bar with the agent, the commune and the
// base, and the menus Fichier / Modules / Aide. It reads the session and the modules through
// CoreServices and never touches the database itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Core::CoreServices &services, ShellSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Rebuilds the navigator, the home cards and the Modules menu from the modules and the rights of
    // the signed-in agent.
    void rebuild();
    void showStartupProblems(const Core::WorkspaceReport &report);
    // Restores the last size and position, or fills a small screen.
    void showRestored();
    // Closes without asking to quit (sign-out, change of base).
    void closeForSessionChange();

    // Opens the view in its tab, or focuses the tab already showing it. Null when the agent may not
    // open it or the module failed to build it.
    QWidget *openEntry(const QString &id);
    // Opens the view of a global search hit or a dashboard link, then the record or action inside it.
    // Null when the view cannot be opened.
    QWidget *openLink(const Core::RecordLink &link);
    void showHome();
    ModulesDialog *showModulesDialog();
    AboutDialog *showAboutDialog();

    const NavigationCatalog &catalog() const { return m_catalog; }
    DocumentToolsActions *documentTools() const { return m_documentTools; }
    ExchangeToolsActions *exchangeTools() const { return m_exchangeTools; }
    ModuleNavigator *navigator() const { return m_navigator; }
    QTabWidget *tabs() const { return m_tabs; }
    HomePage *homePage() const { return m_home; }
    StartupBanner *startupBanner() const { return m_banner; }
    QLineEdit *searchField() const { return m_search; }
    CoreUi::GlobalSearch *globalSearch() const { return m_globalSearch; }
    CoreUi::DashboardView *dashboard() const { return m_dashboard; }
    QComboBox *communeSwitcher() const { return m_communeSwitcher; }
    QString statusUserText() const;
    QString statusCommuneText() const;
    QString statusDatabaseText() const;

signals:
    void changeDatabaseRequested();
    void logoutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void rebuildModulesMenu();
    void refreshSession();
    void switchCommune(int index);
    void closeTab(int index);
    void saveLayout();
    QString entryIdOfTab(int index) const;

    Core::CoreServices &m_services;
    ShellSettings &m_settings;
    NavigationCatalog m_catalog;
    bool m_closingForSessionChange = false;

    ModuleNavigator *m_navigator = nullptr;
    QTabWidget *m_tabs = nullptr;
    HomePage *m_home = nullptr;
    StartupBanner *m_banner = nullptr;
    QWidget *m_bannerHolder = nullptr;
    QLineEdit *m_search = nullptr;
    Core::SearchEngine *m_searchEngine = nullptr;
    CoreUi::GlobalSearch *m_globalSearch = nullptr;
    Core::DashboardLoader *m_dashboardLoader = nullptr;
    CoreUi::DashboardView *m_dashboard = nullptr;
    QMenu *m_modulesMenu = nullptr;
    // « Outils »: administration entries (document templates, label calibration…).
    QMenu *m_toolsMenu = nullptr;
    DocumentToolsActions *m_documentTools = nullptr;
    ExchangeToolsActions *m_exchangeTools = nullptr;
    QAction *m_modulesDialogAction = nullptr;
    QLabel *m_statusUser = nullptr;
    QLabel *m_statusCommune = nullptr;
    QComboBox *m_communeSwitcher = nullptr;
    QLabel *m_statusDatabase = nullptr;
};

} // namespace OpenMairie::Gui
