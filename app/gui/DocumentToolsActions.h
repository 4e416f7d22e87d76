#pragma once

#include "CoreServices.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace OpenMairie::Gui {

class DocumentTemplatesDialog;

// The document entries of the shell's « Outils » menu: « Modèles de documents… » (right
// documents.modele.modifier) and « Étalonnage des étiquettes… ». Calibration is offered to every
// signed-in agent: it only stores this seat's printer offsets, never the commune's data.
class DocumentToolsActions final : public QObject
{
    Q_OBJECT

public:
    DocumentToolsActions(Core::CoreServices &services, QMenu *menu, QWidget *dialogParent);

    // Shows the entries the signed-in agent may use (after sign-in, a change of commune or profile).
    void refresh();

    QAction *templatesAction() const { return m_templates; }
    QAction *calibrationAction() const { return m_calibration; }
    DocumentTemplatesDialog *showTemplates();
    QWidget *showCalibration();

private:
    Core::CoreServices &m_services;
    QWidget *m_dialogParent;
    QAction *m_templates = nullptr;
    QAction *m_calibration = nullptr;
};

} // namespace OpenMairie::Gui
