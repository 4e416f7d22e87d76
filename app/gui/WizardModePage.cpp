#include "WizardModePage.h"

#include "FirstRunWizard.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace OpenMairie::Gui {

namespace {
QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 12);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0x4a, 0x55, 0x63));
    label->setPalette(p);
    return label;
}
} // namespace

WizardModePage::WizardModePage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Bienvenue dans OpenMairie"));
    setSubTitle(tr("Choisissez où seront enregistrées les données de la mairie. Vous pourrez changer de base plus "
                   "tard, depuis le menu Fichier."));

    m_local = new QRadioButton(tr("Poste &autonome (fichier local)"), this);
    m_local->setObjectName(QStringLiteral("modeLocal"));
    m_server = new QRadioButton(tr("Serveur &partagé (PostgreSQL)"), this);
    m_server->setObjectName(QStringLiteral("modeServer"));
    QFont bold = m_local->font();
    bold.setBold(true);
    m_local->setFont(bold);
    m_server->setFont(bold);
    m_local->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_local);
    layout->addWidget(explanation(tr("Les données sont enregistrées dans un fichier sur cet ordinateur, sans "
                                     "serveur ni réseau. Convient à une mairie qui travaille sur un seul poste. "
                                     "Pensez aux sauvegardes."),
                                  this));
    layout->addWidget(m_server);
    layout->addWidget(explanation(tr("Plusieurs postes, voire plusieurs communes, travaillent sur la même base, "
                                     "hébergée sur un serveur PostgreSQL (syndicat intercommunal, prestataire). "
                                     "Munissez-vous de l'adresse du serveur, du nom de la base et de votre rôle."),
                                  this));
    layout->addStretch(1);
}

bool WizardModePage::isServerMode() const
{
    return m_server->isChecked();
}

void WizardModePage::setServerMode(bool server)
{
    (server ? m_server : m_local)->setChecked(true);
}

int WizardModePage::nextId() const
{
    return isServerMode() ? FirstRunWizard::ServerPage : FirstRunWizard::LocalPage;
}

} // namespace OpenMairie::Gui
