#pragma once

#include "ConnectionProfile.h"

#include <QWizardPage>

class QPushButton;

namespace OpenMairie::Gui {

class ErrorPanel;
class ServerForm;
class WorkspaceAccess;

// The shared PostgreSQL server. "Tester la connexion" says what is wrong in French (server down,
// wrong password, missing base, SSL required) and whether the base is empty (it will be prepared)
// or already holds OpenMairie (it is used as it is).
class WizardServerPage final : public QWizardPage
{
    Q_OBJECT

public:
    WizardServerPage(WorkspaceAccess &access, QWidget *parent = nullptr);

    ServerForm *form() const { return m_form; }
    ErrorPanel *errorPanel() const { return m_error; }
    Core::ConnectionProfile profile() const;
    QString password() const;
    bool containsOpenMairie() const { return m_containsOpenMairie; }

    // Runs the test and shows its result; true when the server accepted the connection.
    bool testConnection();

    bool validatePage() override;
    int nextId() const override;

private:
    WorkspaceAccess &m_access;
    ServerForm *m_form = nullptr;
    QPushButton *m_test = nullptr;
    ErrorPanel *m_error = nullptr;
    bool m_tested = false;
    bool m_containsOpenMairie = false;
};

} // namespace OpenMairie::Gui
