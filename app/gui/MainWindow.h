#pragma once

#include "CoreServices.h"
#include "NavigationCatalog.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;

namespace OpenMairie::Gui {

class AboutDialog;
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
    void showHome();
    ModulesDialog *showModulesDialog();
    AboutDialog *showAboutDialog();

    const NavigationCatalog &catalog() const { return m_catalog; }
    ModuleNavigator *navigator() const { return m_navigator; }
    QTabWidget *tabs() const { return m_tabs; }
    HomePage *homePage() const { return m_home; }
    StartupBanner *startupBanner() const { return m_banner; }
    QLineEdit *searchField() const { return m_search; }
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
    QMenu *m_modulesMenu = nullptr;
    QAction *m_modulesDialogAction = nullptr;
    QLabel *m_statusUser = nullptr;
    QLabel *m_statusCommune = nullptr;
    QComboBox *m_communeSwitcher = nullptr;
    QLabel *m_statusDatabase = nullptr;
};

} // namespace OpenMairie::Gui
