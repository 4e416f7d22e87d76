#include "DocumentToolsActions.h"

#include "DocumentTemplatesDialog.h"

#include "Permissions.h"
#include "Session.h"
#include "documents/LabelCalibrationDialog.h"

#include <QAction>
#include <QMenu>

namespace OpenMairie::Gui {

namespace {
const QString kTemplatesRight = QStringLiteral("documents.modele.modifier");
}

DocumentToolsActions::DocumentToolsActions(Core::CoreServices &services, QMenu *menu, QWidget *dialogParent)
    : QObject(menu), m_services(services), m_dialogParent(dialogParent)
{
    m_templates = menu->addAction(tr("&Modèles de documents…"));
    m_templates->setObjectName(QStringLiteral("actionModelesDocuments"));
    m_templates->setStatusTip(tr("Adapter pour la commune les arrêtés, lettres et titres imprimés"));
    connect(m_templates, &QAction::triggered, this, &DocumentToolsActions::showTemplates);
    m_calibration = menu->addAction(tr("Étalonnage des &étiquettes…"));
    m_calibration->setObjectName(QStringLiteral("actionEtalonnageEtiquettes"));
    m_calibration->setStatusTip(tr("Caler l'impression des étiquettes et des cartes sur l'imprimante de ce poste"));
    connect(m_calibration, &QAction::triggered, this, &DocumentToolsActions::showCalibration);
    refresh();
}

void DocumentToolsActions::refresh()
{
    const bool signedIn = m_services.session().isAuthenticated();
    m_templates->setVisible(signedIn && m_services.permissions().sessionAllows(kTemplatesRight));
    m_calibration->setVisible(signedIn);
}

DocumentTemplatesDialog *DocumentToolsActions::showTemplates()
{
    if (!m_services.permissions().sessionAllows(kTemplatesRight))
        return nullptr;
    auto *dialog = new DocumentTemplatesDialog(m_services.documents(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QWidget *DocumentToolsActions::showCalibration()
{
    auto *dialog = new CoreUi::LabelCalibrationDialog(Documents::PrinterOffsetStore(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace OpenMairie::Gui
