#include "WizardCommunePage.h"

#include "CommuneSearchField.h"
#include "ErrorPanel.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace OpenMairie::Gui {

WizardCommunePage::WizardCommunePage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Commune"));
    setSubTitle(tr("Choisissez la commune dont cette base gère les données. Sur un serveur partagé, d'autres "
                   "communes pourront être ajoutées ensuite."));
    auto *label = new QLabel(tr("&Commune (nom ou code INSEE) :"), this);
    m_search = new CommuneSearchField(this);
    label->setBuddy(m_search);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("communeDetails"));
    m_details->setWordWrap(true);
    m_error = new ErrorPanel(this);
    auto *source = new QLabel(tr("Liste officielle des communes : Code officiel géographique de l'INSEE."), this);
    QPalette p = source->palette();
    p.setColor(QPalette::WindowText, QColor(0x6b, 0x75, 0x82));
    source->setPalette(p);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_details);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(source);

    connect(m_search, &CommuneSearchField::communeChosen, this, [this](const Core::InseeCommune &c) {
        m_error->clear();
        describe(c);
    });
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        m_details->clear();
        m_error->clear();
    });
}

void WizardCommunePage::describe(const Core::InseeCommune &commune)
{
    const QString departement = Core::CommuneReference::instance().departementName(commune.departement);
    const QLocale locale;
    QString text = tr("%1, code INSEE %2").arg(commune.nom, commune.code);
    if (!departement.isEmpty())
        text += tr(" — département %1 (%2)").arg(departement, commune.departement);
    if (commune.population > 0)
        text += tr(" — %1 habitants").arg(locale.toString(commune.population));
    m_details->setText(text);
}

bool WizardCommunePage::validatePage()
{
    m_error->clear();
    Core::Result<Core::InseeCommune> commune = m_search->resolve();
    if (!commune) {
        m_error->showError(commune.error());
        return false;
    }
    m_commune = commune.value();
    describe(m_commune);
    return true;
}

} // namespace OpenMairie::Gui
