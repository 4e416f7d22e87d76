#pragma once

#include "openmairie_coreui_export.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace OpenMairie::CoreUi {

// A new password typed twice, with the reason it is refused shown as the agent types (too short,
// the two fields differ). Used wherever a password is chosen: a new account, a reset by the
// administrator, the agent's own change.
class OPENMAIRIE_COREUI_EXPORT PasswordFields : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordFields(QWidget *parent = nullptr);

    QString password() const;
    // Why the password cannot be used, or an empty string.
    QString problem() const;
    bool isAcceptable() const { return problem().isEmpty(); }
    void setPasswords(const QString &password, const QString &confirmation);
    void clear();

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmationEdit() const { return m_confirmation; }
    QString shownProblem() const;

signals:
    void changed();

private:
    void refresh();

    QLineEdit *m_password;
    QLineEdit *m_confirmation;
    QLabel *m_problem;
};

} // namespace OpenMairie::CoreUi
