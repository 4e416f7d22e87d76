#include "WizardSummaryPage.h"

#include "CommuneSearchField.h"
#include "ErrorPanel.h"
#include "FirstRunWizard.h"
#include "ShellSettings.h"
#include "WorkspaceAccess.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace OpenMairie::Gui {

WizardSummaryPage::WizardSummaryPage(WorkspaceAccess &access, ShellSettings &settings, QWidget *parent)
    : QWizardPage(parent), m_access(access), m_settings(settings)
{
    setTitle(tr("Récapitulatif"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("wizardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new ErrorPanel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

QString WizardSummaryPage::summaryText() const
{
    return m_summary->text();
}

void WizardSummaryPage::initializePage()
{
    m_error->clear();
    auto *w = qobject_cast<FirstRunWizard *>(wizard());
    const Core::ConnectionProfile profile = w->chosenProfile();
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding:3px 12px 3px 0; color:#4a5563;'>%1</td>"
                              "<td style='padding:3px 0;'><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Mode"), w->isServerMode() ? tr("Serveur partagé (PostgreSQL)") : tr("Poste autonome"));
    html += row(tr("Base"), profile.displayName());
    if (w->existingWorkspace()) {
        html += QStringLiteral("</table><p>")
                + tr("Cette base contient déjà des données OpenMairie : elle sera utilisée telle quelle, rien n'est "
                     "effacé. Cliquez sur « Terminer », puis connectez-vous avec votre compte.").toHtmlEscaped()
                + QStringLiteral("</p>");
        setSubTitle(tr("OpenMairie va utiliser la base existante."));
    } else {
        html += row(tr("Commune"), CommuneSearchField::displayText(w->commune()));
        html += row(tr("Administrateur"),
                    w->adminName().isEmpty() ? w->adminLogin()
                                             : QStringLiteral("%1 (%2)").arg(w->adminName(), w->adminLogin()));
        html += QStringLiteral("</table><p>")
                + tr("En cliquant sur « Terminer », OpenMairie prépare la base, y enregistre la commune et le compte "
                     "de l'administrateur, puis ouvre la fenêtre principale.").toHtmlEscaped()
                + QStringLiteral("</p>");
        setSubTitle(tr("Vérifiez ces choix avant de créer la base."));
    }
    m_summary->setText(html);
}

bool WizardSummaryPage::validatePage()
{
    m_error->clear();
    auto *w = qobject_cast<FirstRunWizard *>(wizard());
    const Core::ConnectionProfile profile = w->chosenProfile();
    if (w->existingWorkspace()) {
        m_settings.setProfile(profile);
        if (profile.isPostgres())
            m_settings.setLastLogin(profile.role());
        w->setOutcome(FirstRunWizard::Outcome::ProfileSaved, {});
        return true;
    }
    Core::InitRequest request;
    request.profile = profile;
    request.connectionPassword = w->connectionPassword();
    request.codeInsee = w->commune().code;
    request.adminLogin = w->adminLogin();
    request.adminName = w->adminName();
    request.adminPassword = w->adminPassword();

    w->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Core::Result<Core::WorkspaceReport> report = m_access.createWorkspace(request);
    QApplication::restoreOverrideCursor();
    w->setEnabled(true);
    if (!report) {
        m_error->showError(report.error());
        return false;
    }
    m_settings.setProfile(profile);
    m_settings.setLastLogin(request.adminLogin);
    m_settings.setLastCommune(request.codeInsee);
    m_settings.sync();
    w->setOutcome(FirstRunWizard::Outcome::SignedIn, report.value());
    return true;
}

} // namespace OpenMairie::Gui
