#include "WizardServerPage.h"

#include "ErrorPanel.h"
#include "FirstRunWizard.h"
#include "ServerForm.h"
#include "WorkspaceAccess.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpenMairie::Gui {

WizardServerPage::WizardServerPage(WorkspaceAccess &access, QWidget *parent) : QWizardPage(parent), m_access(access)
{
    setTitle(tr("Serveur partagé"));
    setSubTitle(tr("Indiquez le serveur PostgreSQL fourni par votre syndicat ou votre prestataire. Le mot de passe "
                   "sert à se connecter : il n'est jamais enregistré."));
    m_form = new ServerForm(this);
    m_form->setProfile(Core::ConnectionProfile::postgres(QStringLiteral("localhost"), 5432,
                                                         QStringLiteral("openmairie"), {}));
    m_test = new QPushButton(tr("&Tester la connexion"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_error = new ErrorPanel(this);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_test, &QPushButton::clicked, this, &WizardServerPage::testConnection);
    connect(m_form, &ServerForm::changed, this, [this] {
        m_tested = false;
        m_containsOpenMairie = false;
        m_error->clear();
    });
}

Core::ConnectionProfile WizardServerPage::profile() const
{
    return m_form->profile();
}

QString WizardServerPage::password() const
{
    return m_form->password();
}

bool WizardServerPage::testConnection()
{
    m_error->clear();
    m_tested = false;
    m_containsOpenMairie = false;
    if (const QString missing = m_form->missingField(); !missing.isEmpty()) {
        m_error->showError(Core::Error(missing, {}, Core::Error::Kind::InvalidInput));
        return false;
    }
    const Core::ConnectionProfile target = profile();
    if (QWidget *w = wizard())
        w->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ProbeResult probe = m_access.probe(target, password());
    QApplication::restoreOverrideCursor();
    if (QWidget *w = wizard())
        w->setEnabled(true);
    if (!probe.status) {
        m_error->showError(probe.status.error());
        return false;
    }
    m_tested = true;
    m_containsOpenMairie = probe.containsOpenMairie;
    m_error->showSuccess(probe.containsOpenMairie
                             ? tr("Connexion réussie à %1. La base contient déjà des données OpenMairie : elle "
                                  "sera utilisée telle quelle.").arg(target.displayName())
                             : tr("Connexion réussie à %1. La base est vide : l'assistant va la préparer.")
                                   .arg(target.displayName()));
    return true;
}

bool WizardServerPage::validatePage()
{
    if (m_tested)
        return true;
    return testConnection();
}

int WizardServerPage::nextId() const
{
    return m_containsOpenMairie ? FirstRunWizard::SummaryPage : FirstRunWizard::CommunePage;
}

} // namespace OpenMairie::Gui
