#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace OpenMairie::Gui {

class ErrorPanel;

// The administrator's account. On a single seat he chooses his password here (no default password
// exists), with the rule shown as he types. On a shared server he is the PostgreSQL role given on
// the previous page, authenticated by the server.
class WizardAdminPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardAdminPage(QWidget *parent = nullptr);

    QString login() const;
    QString fullName() const;
    QString password() const;
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmationEdit() const { return m_confirmation; }
    QLabel *ruleLabel() const { return m_rule; }
    ErrorPanel *errorPanel() const { return m_error; }

    void initializePage() override;
    bool validatePage() override;

private:
    void updateRule();
    bool serverMode() const;

    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_confirmationLabel = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_serverNote = nullptr;
    ErrorPanel *m_error = nullptr;
};

} // namespace OpenMairie::Gui
