#pragma once

#include "openmairie_coreui_export.h"

#include "UserAccountService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace OpenMairie::Core {
class CoreServices;
}

namespace OpenMairie::CoreUi {

class ResetPasswordDialog;
class UserAccountForm;

// « Administration > Utilisateurs » : the accounts of the base (identifiant, nom, profil,
// communes, actif, bloqué jusqu'à), filtered as the administrator types; creates, modifies,
// disables or re-enables an account and resets a password, all through UserAccountService.
class OPENMAIRIE_COREUI_EXPORT UsersDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Login, Nom, Profil, Communes, Actif, BloqueJusqua, ColumnCount };

    explicit UsersDialog(Core::CoreServices &services, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *toggleActiveButton() const { return m_toggleActive; }
    const QList<Core::UserAccount> &accounts() const { return m_accounts; }
    // Rows the filter leaves visible.
    int visibleRowCount() const;
    bool selectLogin(const QString &login);
    QString currentLogin() const;
    QString lastError() const { return m_lastError; }

public slots:
    bool reload();
    // The dialogs open window-modal and are deleted on close; returned for the tests.
    UserAccountForm *createAccount();
    UserAccountForm *editCurrent();
    bool toggleActiveCurrent();
    ResetPasswordDialog *resetPasswordCurrent();

private:
    void applyFilter();
    void updateActions();
    void showError(const QString &title, const Core::Error &error);
    QList<Core::SessionCommune> allCommunes();
    const Core::UserAccount *currentAccount() const;

    Core::CoreServices &m_services;
    QList<Core::UserAccount> m_accounts;
    QString m_lastError;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableWidget *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_toggleActive;
    QPushButton *m_resetPassword;
};

} // namespace OpenMairie::CoreUi
