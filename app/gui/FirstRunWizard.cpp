#include "FirstRunWizard.h"

#include "Icons.h"
#include "WizardAdminPage.h"
#include "WizardCommunePage.h"
#include "WizardLocalPage.h"
#include "WizardModePage.h"
#include "WizardServerPage.h"
#include "WizardSummaryPage.h"

namespace OpenMairie::Gui {

FirstRunWizard::FirstRunWizard(WorkspaceAccess &access, ShellSettings &settings, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("OpenMairie — Premier démarrage"));
    setWindowIcon(Icons::application());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPixmap(QWizard::LogoPixmap, Icons::application().pixmap(48, 48));
    // Set here rather than left to Qt's catalogue: the buttons read the same whether or not the
    // French translation of Qt is installed.
    setButtonText(QWizard::BackButton, tr("< &Précédent"));
    setButtonText(QWizard::NextButton, tr("&Suivant >"));
    setButtonText(QWizard::FinishButton, tr("&Terminer"));
    setButtonText(QWizard::CancelButton, tr("Annuler"));
    setMinimumSize(640, 520);

    m_modePage = new WizardModePage(this);
    m_localPage = new WizardLocalPage(access, this);
    m_serverPage = new WizardServerPage(access, this);
    m_communePage = new WizardCommunePage(this);
    m_adminPage = new WizardAdminPage(this);
    m_summaryPage = new WizardSummaryPage(access, settings, this);
    setPage(ModePage, m_modePage);
    setPage(LocalPage, m_localPage);
    setPage(ServerPage, m_serverPage);
    setPage(CommunePage, m_communePage);
    setPage(AdminPage, m_adminPage);
    setPage(SummaryPage, m_summaryPage);
    setStartId(ModePage);
}

bool FirstRunWizard::isServerMode() const
{
    return m_modePage->isServerMode();
}

Core::ConnectionProfile FirstRunWizard::chosenProfile() const
{
    return isServerMode() ? m_serverPage->profile() : m_localPage->profile();
}

QString FirstRunWizard::connectionPassword() const
{
    return isServerMode() ? m_serverPage->password() : QString();
}

bool FirstRunWizard::existingWorkspace() const
{
    return isServerMode() ? m_serverPage->containsOpenMairie() : m_localPage->containsOpenMairie();
}

Core::InseeCommune FirstRunWizard::commune() const
{
    return m_communePage->commune();
}

QString FirstRunWizard::adminLogin() const
{
    return isServerMode() ? m_serverPage->profile().role() : m_adminPage->login();
}

QString FirstRunWizard::adminName() const
{
    return m_adminPage->fullName();
}

QString FirstRunWizard::adminPassword() const
{
    return isServerMode() ? QString() : m_adminPage->password();
}

void FirstRunWizard::setOutcome(Outcome outcome, const Core::WorkspaceReport &report)
{
    m_outcome = outcome;
    m_report = report;
}

} // namespace OpenMairie::Gui
