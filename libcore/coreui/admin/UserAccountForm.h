#pragma once

#include "openmairie_coreui_export.h"

#include "UserAccountService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace OpenMairie::CoreUi {

class InlineErrorLabel;
class PasswordFields;

// The account of one agent: identifiant, nom, courriel, profil, communes (or all of them for the
// syndicate's staff) and, for a new account, its first password. It saves through
// UserAccountService, which checks everything again; a concurrent change by another administrator
// is shown with an offer to reload the account as it is now.
class OPENMAIRIE_COREUI_EXPORT UserAccountForm : public QDialog
{
    Q_OBJECT

public:
    // A new account.
    UserAccountForm(Core::UserAccountService &users, const QList<Core::SessionCommune> &communes,
                    const QString &createdBy, QWidget *parent = nullptr);
    // An existing account (its login cannot change: the journal and the server role name it).
    UserAccountForm(Core::UserAccountService &users, const QList<Core::SessionCommune> &communes,
                    const Core::UserAccount &account, QWidget *parent = nullptr);

    bool isNewAccount() const { return !m_existing.has_value(); }

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *nomEdit() const { return m_nom; }
    QLineEdit *courrielEdit() const { return m_courriel; }
    QComboBox *profileCombo() const { return m_profile; }
    QListWidget *communeList() const { return m_communes; }
    QCheckBox *allCommunesCheck() const { return m_allCommunes; }
    PasswordFields *passwordFields() const { return m_passwords; }

    void setProfile(Core::Profile profile);
    Core::Profile profile() const;
    // Ticks exactly these communes (by INSEE code).
    void setCheckedCommunes(const QStringList &codesInsee);
    QList<qint64> checkedCommuneIds() const;

    // What prevents saving, as the agent will read it (empty when the form may be saved).
    QString inputProblem() const;
    QString errorText() const;

    // Creates or updates through the service. True when saved (the dialog is then accepted);
    // otherwise the reason is shown and the agent goes on typing.
    bool save();
    // Reads the account again (after a concurrent change) and shows it as it is now.
    bool reload();

signals:
    void saved(const QString &login);

private:
    void build(const QList<Core::SessionCommune> &communes);
    void fill(const Core::UserAccount &account);
    void showError(const Core::Error &error);
    void offerReload(const Core::Error &error);
    void refreshCommuneList();

    Core::UserAccountService &m_users;
    QString m_createdBy;
    std::optional<Core::UserAccount> m_existing;

    QLineEdit *m_login = nullptr;
    QLineEdit *m_nom = nullptr;
    QLineEdit *m_courriel = nullptr;
    QComboBox *m_profile = nullptr;
    QCheckBox *m_allCommunes = nullptr;
    QListWidget *m_communes = nullptr;
    PasswordFields *m_passwords = nullptr;
    InlineErrorLabel *m_error = nullptr;
};

} // namespace OpenMairie::CoreUi
