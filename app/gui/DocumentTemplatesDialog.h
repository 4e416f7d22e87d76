#pragma once

#include "documents/DocumentServices.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace OpenMairie::CoreUi {
class TemplateEditorWidget;
}

namespace OpenMairie::Gui {

// « Modèles de documents » : the templates of the loaded modules (those whose data source is
// registered), and the editor of the one chosen. What is saved is the commune's own revision; a
// template the commune never changed prints as shared or shipped (openMairie's resolution order).
class DocumentTemplatesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DocumentTemplatesDialog(Documents::DocumentServices &documents, QWidget *parent = nullptr);

    // « module/code » of the templates offered, in the list's order.
    QStringList templateKeys() const;
    // Opens the editor on a template; null with the reason shown when it cannot be read.
    CoreUi::TemplateEditorWidget *openTemplate(int row);
    CoreUi::TemplateEditorWidget *currentEditor() const { return m_editor; }

private:
    Documents::DocumentServices &m_documents;
    QList<Documents::DocumentTemplate> m_templates;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    CoreUi::TemplateEditorWidget *m_editor = nullptr;
};

} // namespace OpenMairie::Gui
