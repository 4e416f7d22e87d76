#pragma once

#include "ConnectionProfile.h"
#include "CoreServices.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace OpenMairie::Gui {

class ErrorPanel;
class WorkspaceAccess;

// Sign-in: which base (with "Changer de base…"), login and password. On a shared server the login
// is the PostgreSQL role and the password the server's. A refusal is shown in French under the
// form, the dialog stays open and the password field is emptied; the last login is remembered by
// the caller, never the password.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(WorkspaceAccess &access, const Core::ConnectionProfile &profile, QWidget *parent = nullptr);

    void setProfile(const Core::ConnectionProfile &profile);
    const Core::ConnectionProfile &profile() const { return m_profile; }
    void setLogin(const QString &login);
    void setCommune(const QString &codeInsee) { m_commune = codeInsee; }
    void showError(const Core::Error &error);

    QString login() const;
    const Core::WorkspaceReport &report() const { return m_report; }

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *changeDatabaseButton() const { return m_changeDatabase; }
    ErrorPanel *errorPanel() const { return m_error; }

    // Tries to sign in with what is typed; accepts the dialog on success.
    bool attemptSignIn();

signals:
    void changeDatabaseRequested();

private:
    void updateForProfile();

    WorkspaceAccess &m_access;
    Core::ConnectionProfile m_profile;
    QString m_commune;
    Core::WorkspaceReport m_report;
    QLabel *m_database = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_changeDatabase = nullptr;
    ErrorPanel *m_error = nullptr;
};

} // namespace OpenMairie::Gui
