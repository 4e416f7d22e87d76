#pragma once

#include "CommandLineOptions.h"
#include "CoreServices.h"
#include "DeploymentConfig.h"
#include "WorkspaceAccess.h"

#include <QObject>
#include <QPointer>

namespace OpenMairie::Gui {

class ConnectionDialog;
class FirstRunWizard;
class LoginDialog;
class MainWindow;
class ShellSettings;

// The shell's start-up and session flow: modules loaded once, then the first-run wizard (no saved
// profile) or the login dialog (saved profile, or --db), then the main window. Sign-out and change
// of base come back to the login dialog without restarting the program. Windows are shown
// non-modally so that tests drive the very same flow offscreen.
class ShellController final : public QObject
{
    Q_OBJECT

public:
    ShellController(Core::CoreServices &services, ShellSettings &settings, CommandLineOptions options,
                    QObject *parent = nullptr);
    ~ShellController() override;

    void start();

    // The partner's deployment file (main() reads it; tests give their own). When complete, its
    // server and commune are used and the first-run wizard is not shown; a profile given with --db
    // still wins for that run.
    void setDeployment(const DeploymentConfig &deployment) { m_deployment = deployment; }
    const DeploymentConfig &deployment() const { return m_deployment; }

    FirstRunWizard *wizard() const;
    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const;
    ConnectionDialog *connectionDialog() const;
    WorkspaceAccess &access() { return m_access; }

    // The profile in use: --db for this run, else the saved one.
    Core::ConnectionProfile currentProfile() const { return m_profile; }

    void changeDatabase();
    void logout();

signals:
    // The main window has been painted: what the agent sees (benchmark, --quitter-apres-affichage).
    void mainWindowShown();
    // Sign-in with --user and OPENMAIRIE_PASSWORD failed; the login dialog shows the reason too.
    void autoSignInFailed(const QString &message);
    // The agent closed the last window (main window, login, wizard): the program ends.
    void quitRequested();

private:
    void showWizard(bool firstRun);
    void showLogin(const Core::Error *error = nullptr);
    void showMainWindow(const Core::WorkspaceReport &report);
    void onSignedIn(const Core::WorkspaceReport &report);
    void closeMainWindow();
    void discardLogin();
    void openConnectionDialog(QWidget *parent);
    void applyConnectionChoice();

    Core::CoreServices &m_services;
    ShellSettings &m_settings;
    CommandLineOptions m_options;
    DeploymentConfig m_deployment;
    WorkspaceAccess m_access;
    Core::ConnectionProfile m_profile;
    bool m_profileFromCommandLine = false;
    bool m_modulesStarted = false;

    QPointer<FirstRunWizard> m_wizard;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_mainWindow;
    QPointer<ConnectionDialog> m_connectionDialog;
};

} // namespace OpenMairie::Gui
