#pragma once

#include <QWizardPage>

class QLabel;

namespace OpenMairie::Gui {

class ErrorPanel;
class ShellSettings;
class WorkspaceAccess;

// What will be done, then doing it on "Terminer": create the base (or adopt the existing one), save
// the profile, sign the administrator in. A failure is shown here and the wizard stays open, so the
// agent can go back and correct.
class WizardSummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    WizardSummaryPage(WorkspaceAccess &access, ShellSettings &settings, QWidget *parent = nullptr);

    ErrorPanel *errorPanel() const { return m_error; }
    QString summaryText() const;

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override { return -1; }

private:
    WorkspaceAccess &m_access;
    ShellSettings &m_settings;
    QLabel *m_summary = nullptr;
    ErrorPanel *m_error = nullptr;
};

} // namespace OpenMairie::Gui
