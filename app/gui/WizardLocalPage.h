#pragma once

#include "ConnectionProfile.h"

#include <QWizardPage>

class QLabel;

namespace OpenMairie::Gui {

class ErrorPanel;
class LocalFileForm;
class WorkspaceAccess;

// The data file of a single seat: a new file (the default in the user's data folder), or an
// existing OpenMairie base, which is then opened as it is.
class WizardLocalPage final : public QWizardPage
{
    Q_OBJECT

public:
    WizardLocalPage(WorkspaceAccess &access, QWidget *parent = nullptr);

    Core::ConnectionProfile profile() const;
    void setFilePath(const QString &path);
    bool containsOpenMairie() const { return m_containsOpenMairie; }
    ErrorPanel *errorPanel() const { return m_error; }

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    void describeTarget();

    WorkspaceAccess &m_access;
    LocalFileForm *m_form = nullptr;
    QLabel *m_target = nullptr;
    ErrorPanel *m_error = nullptr;
    bool m_containsOpenMairie = false;
};

} // namespace OpenMairie::Gui
