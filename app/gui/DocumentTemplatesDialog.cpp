#include "DocumentTemplatesDialog.h"

#include "documents/TemplateEditorWidget.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace OpenMairie::Gui {

DocumentTemplatesDialog::DocumentTemplatesDialog(Documents::DocumentServices &documents, QWidget *parent)
    : QDialog(parent), m_documents(documents)
{
    setWindowTitle(tr("Modèles de documents"));
    resize(1200, 760);
    // Only the templates a loaded module can feed: the others could neither be previewed nor checked.
    for (const Documents::DocumentTemplate &t : Documents::DocumentTemplate::allShipped())
        if (m_documents.sources().find(t.sourceName))
            m_templates.append(t);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("listeModeles"));
    for (const Documents::DocumentTemplate &t : std::as_const(m_templates)) {
        auto *item = new QListWidgetItem(t.title, m_list);
        item->setToolTip(tr("Modèle « %1 » du module %2").arg(t.code, t.module));
    }
    m_message = new QLabel(m_templates.isEmpty()
                               ? tr("Aucun modèle de document : aucun module chargé n'imprime de document.")
                               : tr("Choisissez un modèle à gauche. Vos modifications ne valent que pour votre "
                                    "commune ; chaque enregistrement est gardé comme une nouvelle version."),
                           this);
    m_message->setObjectName(QStringLiteral("messageModeles"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 960});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { openTemplate(row); });
}

QStringList DocumentTemplatesDialog::templateKeys() const
{
    QStringList keys;
    for (const Documents::DocumentTemplate &t : m_templates)
        keys.append(t.module + u'/' + t.code);
    return keys;
}

CoreUi::TemplateEditorWidget *DocumentTemplatesDialog::openTemplate(int row)
{
    if (row < 0 || row >= m_templates.size())
        return nullptr;
    if (m_editor) {
        m_stack->removeWidget(m_editor);
        m_editor->deleteLater();
        m_editor = nullptr;
    }
    const Documents::DocumentTemplate &t = m_templates.at(row);
    auto *editor = new CoreUi::TemplateEditorWidget(m_documents, t.module, t.code, m_stack);
    if (Core::Status s = editor->load(); !s) {
        delete editor;
        m_message->setText(s.error().message());
        m_stack->setCurrentWidget(m_message);
        return nullptr;
    }
    m_editor = editor;
    m_stack->addWidget(m_editor);
    m_stack->setCurrentWidget(m_editor);
    if (m_list->currentRow() != row) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(row);
    }
    return m_editor;
}

} // namespace OpenMairie::Gui
