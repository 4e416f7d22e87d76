#pragma once

#include "openmairie_coreui_export.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace OpenMairie::Core {
class UserAccountService;
}

namespace OpenMairie::CoreUi {

class InlineErrorLabel;
class PasswordFields;

// « Changer mon mot de passe » for the signed-in agent: the current password first (a seat left
// open must not let anyone take the account over), then the new one twice.
class OPENMAIRIE_COREUI_EXPORT ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(Core::UserAccountService &users, QWidget *parent = nullptr);

    QLineEdit *oldPasswordEdit() const { return m_old; }
    PasswordFields *passwordFields() const { return m_passwords; }
    QString errorText() const;
    bool save();

private:
    Core::UserAccountService &m_users;
    QLineEdit *m_old;
    PasswordFields *m_passwords;
    InlineErrorLabel *m_error;
};

} // namespace OpenMairie::CoreUi
