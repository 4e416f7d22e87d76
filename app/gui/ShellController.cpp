#include "ShellController.h"

#include "ConnectionDialog.h"
#include "FirstRunWizard.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "HomePage.h"
#include "PaintWatcher.h"
#include "ShellSettings.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace OpenMairie::Gui {

using namespace OpenMairie::Core;

// QT_LOGGING_RULES="openmairie.startup.debug=true" traces the start-up steps (see bench/startup).
Q_LOGGING_CATEGORY(lcStartup, "openmairie.startup", QtWarningMsg)

namespace {
QElapsedTimer &startupClock()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock;
}
} // namespace

ShellController::ShellController(CoreServices &services, ShellSettings &settings, CommandLineOptions options,
                                 QObject *parent)
    : QObject(parent), m_services(services), m_settings(settings), m_options(std::move(options)), m_access(services)
{
}

ShellController::~ShellController()
{
    delete m_connectionDialog;
    delete m_wizard;
    delete m_login;
    delete m_mainWindow;
}

FirstRunWizard *ShellController::wizard() const
{
    return m_wizard;
}

LoginDialog *ShellController::loginDialog() const
{
    return m_login;
}

MainWindow *ShellController::mainWindow() const
{
    return m_mainWindow;
}

ConnectionDialog *ShellController::connectionDialog() const
{
    return m_connectionDialog;
}

void ShellController::start()
{
    startupClock();
    if (!m_modulesStarted) {
        if (m_deployment.exists())
            m_services.modules().setDisabledModules(m_deployment.disabledModules());
        m_services.startModules();
        m_modulesStarted = true;
        qCDebug(lcStartup) << "modules started" << startupClock().elapsed() << "ms";
    }
    if (m_options.profile) {
        m_profile = *m_options.profile;
        m_profileFromCommandLine = true;
    } else if (m_deployment.isComplete()) {
        // A managed workstation: the partner's server, whatever the agent chose before.
        m_profile = *m_deployment.profile();
    } else if (Result<ConnectionProfile> saved = m_settings.profile()) {
        m_profile = saved.value();
    } else {
        showWizard(true);
        return;
    }
    if (m_options.autoSignIn()) {
        Result<WorkspaceReport> report = m_access.signIn(m_profile, m_options.user, m_options.password,
                                                         m_options.commune);
        qCDebug(lcStartup) << "signed in" << startupClock().elapsed() << "ms";
        if (report) {
            onSignedIn(report.value());
            return;
        }
        emit autoSignInFailed(report.error().fullText());
        showLogin(&report.error());
        return;
    }
    showLogin();
}

void ShellController::showWizard(bool firstRun)
{
    delete m_wizard;
    m_wizard = new FirstRunWizard(m_access, m_settings);
    if (!firstRun)
        m_wizard->setWindowTitle(tr("OpenMairie — Nouvelle base"));
    connect(m_wizard, &QDialog::finished, this, [this, firstRun](int result) {
        FirstRunWizard *wizard = m_wizard;
        m_wizard = nullptr;
        wizard->deleteLater();
        if (result == QDialog::Accepted && wizard->outcome() == FirstRunWizard::Outcome::SignedIn) {
            m_profile = wizard->chosenProfile();
            m_profileFromCommandLine = false;
            onSignedIn(wizard->report());
            return;
        }
        if (result == QDialog::Accepted && wizard->outcome() == FirstRunWizard::Outcome::ProfileSaved) {
            m_profile = wizard->chosenProfile();
            m_profileFromCommandLine = false;
            showLogin();
            return;
        }
        // Cancelled: back to the base in use, if there is one; otherwise nothing is left to show.
        if (!firstRun && m_profile.isValid()) {
            showLogin();
            return;
        }
        emit quitRequested();
    });
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
}

void ShellController::showLogin(const Error *error)
{
    if (!m_login) {
        m_login = new LoginDialog(m_access, m_profile);
        connect(m_login, &QDialog::accepted, this, [this] {
            const WorkspaceReport report = m_login->report();
            discardLogin();
            onSignedIn(report);
        });
        connect(m_login, &QDialog::rejected, this, &ShellController::quitRequested);
        connect(m_login, &LoginDialog::changeDatabaseRequested, this, [this] { openConnectionDialog(m_login); });
    } else {
        m_login->setProfile(m_profile);
    }
    QString login = m_options.user;
    if (login.isEmpty())
        login = m_profile.isPostgres() && !m_profile.role().isEmpty() ? m_profile.role() : m_settings.lastLogin();
    m_login->setLogin(login);
    m_login->setCommune(m_options.commune.isEmpty() ? m_deployment.commune() : m_options.commune);
    if (error)
        m_login->showError(*error);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void ShellController::discardLogin()
{
    if (!m_login)
        return;
    LoginDialog *dialog = m_login;
    m_login = nullptr;
    dialog->hide();
    dialog->deleteLater();
}

void ShellController::onSignedIn(const WorkspaceReport &report)
{
    const Session &session = m_services.session();
    if (m_profile.isPostgres())
        m_profile.setRole(session.user().login);
    // A base given with --db serves this run only; one chosen in the interface becomes the default.
    if (!m_profileFromCommandLine)
        m_settings.setProfile(m_profile);
    m_settings.setLastLogin(session.user().login);
    m_settings.setLastCommune(session.commune().codeInsee);
    m_settings.sync();
    showMainWindow(report);
}

void ShellController::showMainWindow(const WorkspaceReport &report)
{
    closeMainWindow();
    m_mainWindow = new MainWindow(m_services, m_settings);
    qCDebug(lcStartup) << "main window built" << startupClock().elapsed() << "ms";
    connect(m_mainWindow, &MainWindow::changeDatabaseRequested, this, &ShellController::changeDatabase);
    connect(m_mainWindow, &MainWindow::logoutRequested, this, &ShellController::logout);
    connect(m_mainWindow, &MainWindow::quitRequested, this, &ShellController::quitRequested);
    auto *watcher = new PaintWatcher(m_mainWindow);
    connect(watcher, &PaintWatcher::painted, this, [this] {
        qCDebug(lcStartup) << "main window painted" << startupClock().elapsed() << "ms";
        emit mainWindowShown();
    });
    m_mainWindow->showStartupProblems(report);
    m_mainWindow->showRestored();
    m_mainWindow->raise();
    m_mainWindow->activateWindow();
    qCDebug(lcStartup) << "main window shown" << startupClock().elapsed() << "ms";
}

void ShellController::closeMainWindow()
{
    if (!m_mainWindow)
        return;
    MainWindow *window = m_mainWindow;
    m_mainWindow = nullptr;
    window->closeForSessionChange();
    window->deleteLater();
}

void ShellController::logout()
{
    // The login dialog comes first: the program must never be left without a window.
    m_access.signOut();
    showLogin();
    closeMainWindow();
}

void ShellController::changeDatabase()
{
    openConnectionDialog(m_mainWindow);
}

void ShellController::openConnectionDialog(QWidget *parent)
{
    delete m_connectionDialog;
    m_connectionDialog = new ConnectionDialog(m_access, m_profile, parent);
    m_connectionDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_connectionDialog, &QDialog::accepted, this, &ShellController::applyConnectionChoice);
    m_connectionDialog->open();
}

void ShellController::applyConnectionChoice()
{
    const ConnectionDialog::Choice choice = m_connectionDialog->choice();
    const ConnectionProfile chosen = m_connectionDialog->profile();
    const QString password = m_connectionDialog->password();
    if (choice == ConnectionDialog::Choice::None)
        return;
    m_access.signOut();
    m_services.database().close();
    if (choice == ConnectionDialog::Choice::CreateNew) {
        showWizard(false);
        discardLogin();
        closeMainWindow();
        return;
    }
    m_profile = chosen;
    m_profileFromCommandLine = false;
    // On a server the password typed to test the connection is the sign-in password: asking it again
    // would only annoy. It is used at once and not kept.
    if (chosen.isPostgres() && !password.isEmpty()) {
        Result<WorkspaceReport> report = m_access.signIn(chosen, chosen.role(), password, {});
        if (report) {
            discardLogin();
            onSignedIn(report.value());
            return;
        }
        showLogin(&report.error());
        closeMainWindow();
        return;
    }
    showLogin();
    closeMainWindow();
}

} // namespace OpenMairie::Gui
