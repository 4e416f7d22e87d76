#pragma once

#include "openmairie_coreui_export.h"

#include <QDialog>

class QLabel;

namespace OpenMairie::Core {
class UserAccountService;
}

namespace OpenMairie::CoreUi {

class InlineErrorLabel;
class PasswordFields;

// The administrator gives an agent a new password (forgotten, or the account was locked after
// repeated failures: the reset lifts the lockout).
class OPENMAIRIE_COREUI_EXPORT ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(Core::UserAccountService &users, const QString &login, QWidget *parent = nullptr);

    PasswordFields *passwordFields() const { return m_passwords; }
    QString errorText() const;
    bool save();

private:
    Core::UserAccountService &m_users;
    QString m_login;
    PasswordFields *m_passwords;
    InlineErrorLabel *m_error;
};

} // namespace OpenMairie::CoreUi
