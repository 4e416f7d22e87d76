#include "ReferenceAdministration.h"

#include "CommuneParametersPage.h"
#include "ReferenceTableEditor.h"
#include "VoieEditor.h"

#include "CoreServices.h"

#include <QAction>
#include <QDialog>
#include <QMenu>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

ReferenceAdministration::ReferenceAdministration(Core::CoreServices &services, QMenu *menu, QWidget *dialogParent)
    : QObject(dialogParent), m_services(services), m_dialogParent(dialogParent)
{
    m_parameters = menu->addAction(tr("&Paramètres de la commune…"));
    m_parameters->setObjectName(QStringLiteral("actionParametresCommune"));
    m_tables = menu->addAction(tr("&Tables de référence…"));
    m_tables->setObjectName(QStringLiteral("actionTablesReference"));
    m_voies = menu->addAction(tr("&Voies de la commune…"));
    m_voies->setObjectName(QStringLiteral("actionVoies"));
    connect(m_parameters, &QAction::triggered, this, [this] {
        open(m_parametersDialog, createParametersPage(m_services), tr("Paramètres de la commune"));
    });
    connect(m_tables, &QAction::triggered, this, [this] {
        open(m_tablesDialog, createReferenceTablesEditor(m_services), tr("Tables de référence"));
    });
    connect(m_voies, &QAction::triggered, this,
            [this] { open(m_voiesDialog, createVoiesEditor(m_services), tr("Voies de la commune")); });
    connect(&m_services.session(), &Core::Session::changed, this, &ReferenceAdministration::refresh);
    refresh();
}

QWidget *ReferenceAdministration::createParametersPage(Core::CoreServices &services, QWidget *parent)
{
    return new CommuneParametersPage(services.references().parameters(), services.permissions(), parent);
}

QWidget *ReferenceAdministration::createReferenceTablesEditor(Core::CoreServices &services, QWidget *parent)
{
    return new ReferenceTableEditor(services.references().tables(), services.permissions(), parent);
}

QWidget *ReferenceAdministration::createVoiesEditor(Core::CoreServices &services, QWidget *parent)
{
    return new VoieEditor(services.references().voies(), services.references().tables(), services.permissions(), parent);
}

void ReferenceAdministration::refresh()
{
    const bool signedIn = m_services.session().isAuthenticated() && m_services.session().commune().isValid();
    // The parameters screen is for those who set them; the tables and streets are read by everyone.
    m_parameters->setVisible(signedIn
                             && m_services.permissions().sessionAllows(Core::ParameterService::kPermissionModifier));
    m_tables->setVisible(signedIn);
    m_voies->setVisible(signedIn);
    // Screens opened for another commune or agent would show stale data.
    for (QPointer<QDialog> *d : {&m_parametersDialog, &m_tablesDialog, &m_voiesDialog})
        if (*d)
            (*d)->close();
}

void ReferenceAdministration::open(QPointer<QDialog> &slot, QWidget *screen, const QString &title)
{
    if (slot) {
        delete screen;
        slot->raise();
        slot->activateWindow();
        return;
    }
    auto *dialog = new QDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    screen->setParent(dialog);
    layout->addWidget(screen);
    dialog->resize(980, 640);
    slot = dialog;
    dialog->show();
}

} // namespace OpenMairie::CoreUi
