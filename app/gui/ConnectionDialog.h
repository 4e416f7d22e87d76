#pragma once

#include "ConnectionProfile.h"

#include <QDialog>

class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace OpenMairie::Gui {

class ErrorPanel;
class LocalFileForm;
class ServerForm;
class WorkspaceAccess;

// "Changer de base de données": another local file or a shared server, tested before use. The
// choice is applied by the caller without restarting; "Créer une nouvelle base…" hands over to the
// first-run wizard.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, UseProfile, CreateNew };

    ConnectionDialog(WorkspaceAccess &access, const Core::ConnectionProfile &current, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    Core::ConnectionProfile profile() const;
    // The password typed to test a server, handed to the login dialog's caller; never saved.
    QString password() const;

    void setServerMode(bool server);
    LocalFileForm *localForm() const { return m_localForm; }
    ServerForm *serverForm() const { return m_serverForm; }
    ErrorPanel *errorPanel() const { return m_error; }
    QPushButton *useButton() const { return m_use; }
    QPushButton *createButton() const { return m_create; }

    bool testConnection();
    bool useChosenProfile();

private:
    bool isServerMode() const;

    WorkspaceAccess &m_access;
    Choice m_choice = Choice::None;
    QRadioButton *m_local = nullptr;
    QRadioButton *m_server = nullptr;
    QStackedWidget *m_stack = nullptr;
    LocalFileForm *m_localForm = nullptr;
    ServerForm *m_serverForm = nullptr;
    ErrorPanel *m_error = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace OpenMairie::Gui
