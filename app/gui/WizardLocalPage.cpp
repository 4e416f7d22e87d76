#include "WizardLocalPage.h"

#include "ErrorPanel.h"
#include "FirstRunWizard.h"
#include "LocalFileForm.h"
#include "WorkspaceAccess.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace OpenMairie::Gui {

WizardLocalPage::WizardLocalPage(WorkspaceAccess &access, QWidget *parent) : QWizardPage(parent), m_access(access)
{
    setTitle(tr("Poste autonome"));
    setSubTitle(tr("Les données de la mairie seront enregistrées dans ce fichier. L'emplacement proposé convient "
                   "dans la plupart des cas."));
    m_form = new LocalFileForm(LocalFileForm::Purpose::CreateOrOpen, this);
    m_form->setFilePath(Core::ConnectionProfile::defaultLocalFilePath());
    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("localTargetDescription"));
    m_target->setWordWrap(true);
    m_error = new ErrorPanel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_target);
    layout->addSpacing(8);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_form, &LocalFileForm::changed, this, [this] {
        m_error->clear();
        m_containsOpenMairie = false;
        describeTarget();
    });
}

Core::ConnectionProfile WizardLocalPage::profile() const
{
    return m_form->profile();
}

void WizardLocalPage::setFilePath(const QString &path)
{
    m_form->setFilePath(path);
}

void WizardLocalPage::initializePage()
{
    describeTarget();
}

void WizardLocalPage::describeTarget()
{
    const QString path = m_form->filePath();
    if (path.isEmpty())
        m_target->setText(tr("Indiquez le fichier où enregistrer les données."));
    else if (QFileInfo::exists(path))
        m_target->setText(tr("Ce fichier existe déjà. S'il contient une base OpenMairie, elle sera ouverte telle "
                             "quelle, sans rien effacer."));
    else
        m_target->setText(tr("Un nouveau fichier sera créé ; le dossier est créé s'il n'existe pas."));
}

bool WizardLocalPage::validatePage()
{
    m_error->clear();
    m_containsOpenMairie = false;
    const Core::ConnectionProfile target = profile();
    if (!target.isValid()) {
        m_error->showError(Core::Error(tr("Indiquez le fichier où enregistrer les données."), {},
                                       Core::Error::Kind::InvalidInput));
        return false;
    }
    if (!QFileInfo::exists(target.filePath()))
        return true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ProbeResult probe = m_access.probe(target, {});
    QApplication::restoreOverrideCursor();
    if (!probe.status) {
        m_error->showError(probe.status.error());
        return false;
    }
    if (!probe.containsOpenMairie) {
        m_error->showError(Core::Error(tr("Le fichier « %1 » existe mais ne contient pas de base OpenMairie complète. "
                                          "Choisissez un autre nom de fichier pour créer une nouvelle base.")
                                           .arg(QDir::toNativeSeparators(target.filePath())),
                                       {}, Core::Error::Kind::Conflict));
        return false;
    }
    m_containsOpenMairie = true;
    return true;
}

int WizardLocalPage::nextId() const
{
    return m_containsOpenMairie ? FirstRunWizard::SummaryPage : FirstRunWizard::CommunePage;
}

} // namespace OpenMairie::Gui
