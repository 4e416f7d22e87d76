#pragma once

#include "CommuneReference.h"
#include "CoreServices.h"

#include <QWizard>

namespace OpenMairie::Gui {

class ShellSettings;
class WorkspaceAccess;
class WizardAdminPage;
class WizardCommunePage;
class WizardLocalPage;
class WizardModePage;
class WizardServerPage;
class WizardSummaryPage;

// First start (and "Créer une nouvelle base…"): where the data lives (a local file or a shared
// PostgreSQL server), which commune, who administers it. An existing OpenMairie base found at the
// chosen place is opened as it is, never re-initialised. No default password: the administrator
// chooses his own here.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ModePage, LocalPage, ServerPage, CommunePage, AdminPage, SummaryPage };
    enum class Outcome {
        None,
        SignedIn,     // a new base was created and its administrator is signed in
        ProfileSaved, // an existing base was chosen: the agent signs in next
    };

    FirstRunWizard(WorkspaceAccess &access, ShellSettings &settings, QWidget *parent = nullptr);

    bool isServerMode() const;
    Core::ConnectionProfile chosenProfile() const;
    QString connectionPassword() const;
    bool existingWorkspace() const;
    Core::InseeCommune commune() const;
    QString adminLogin() const;
    QString adminName() const;
    QString adminPassword() const;

    Outcome outcome() const { return m_outcome; }
    const Core::WorkspaceReport &report() const { return m_report; }

    WizardModePage *modePage() const { return m_modePage; }
    WizardLocalPage *localPage() const { return m_localPage; }
    WizardServerPage *serverPage() const { return m_serverPage; }
    WizardCommunePage *communePage() const { return m_communePage; }
    WizardAdminPage *adminPage() const { return m_adminPage; }
    WizardSummaryPage *summaryPage() const { return m_summaryPage; }

private:
    friend class WizardSummaryPage;
    void setOutcome(Outcome outcome, const Core::WorkspaceReport &report);

    WizardModePage *m_modePage = nullptr;
    WizardLocalPage *m_localPage = nullptr;
    WizardServerPage *m_serverPage = nullptr;
    WizardCommunePage *m_communePage = nullptr;
    WizardAdminPage *m_adminPage = nullptr;
    WizardSummaryPage *m_summaryPage = nullptr;
    Outcome m_outcome = Outcome::None;
    Core::WorkspaceReport m_report;
};

} // namespace OpenMairie::Gui
