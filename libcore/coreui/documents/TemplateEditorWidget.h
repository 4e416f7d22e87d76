#pragma once

#include "openmairie_coreui_export.h"

#include "documents/DocumentServices.h"
#include "documents/TemplateIssue.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPrintPreviewWidget;
class QPrinter;
class QTextEdit;
class QTimer;

namespace OpenMairie::CoreUi {

class TemplateFieldPalette;

// Where a commune adapts a template: the rich text with its merge fields, the list of the fields
// the data source offers (double-click inserts), the page settings, and a live preview merged with
// the source's sample record. Saving is refused, with the fault selected, while the template has
// one.
class OPENMAIRIE_COREUI_EXPORT TemplateEditorWidget final : public QWidget
{
    Q_OBJECT

public:
    TemplateEditorWidget(Documents::DocumentServices &documents, QString module, QString code, QWidget *parent = nullptr);
    ~TemplateEditorWidget() override;

    // Reads the template that prints today (the commune's, the shared or the shipped one).
    Core::Status load();

    QTextEdit *textEdit() const { return m_text; }
    TemplateFieldPalette *palette() const { return m_palette; }
    QPrintPreviewWidget *preview() const { return m_preview; }
    QString statusText() const;
    const QList<Documents::TemplateIssue> &issues() const { return m_issues; }
    int previewPageCount() const { return m_previewPages; }
    const Documents::ResolvedTemplate &loaded() const { return m_loaded; }
    int storedVersion() const { return m_version; }

    // The template as edited (settings and body).
    Documents::DocumentTemplate currentTemplate() const;
    void insertText(const QString &text, bool asParagraphs = false);
    // Compiles against the source; the first fault is shown and selected.
    QList<Documents::TemplateIssue> check();
    void refreshPreview();
    Core::Status save(const QString &comment = {});

signals:
    void saved(int revision);

private:
    void buildUi();
    QWidget *buildSettings();
    void applySettings(const Documents::DocumentTemplate &t);
    void scheduleRefresh();
    void paintPreview(QPrinter *printer);
    void showStatus(const QString &text, bool error);
    void selectIssue(const Documents::TemplateIssue &issue);

    Documents::DocumentServices &m_documents;
    QString m_module;
    QString m_code;
    Documents::ResolvedTemplate m_loaded;
    Documents::DataSourceSchema m_schema;
    Documents::DocumentRecord m_sample;
    QStringList m_parameterNames;
    int m_version = 0;
    QList<Documents::TemplateIssue> m_issues;
    int m_previewPages = 0;

    QTextEdit *m_text = nullptr;
    TemplateFieldPalette *m_palette = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QLabel *m_status = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_orientation = nullptr;
    QDoubleSpinBox *m_margins[4] = {};
    QLineEdit *m_watermark = nullptr;
    QCheckBox *m_pageNumbers = nullptr;
    QLineEdit *m_footer = nullptr;
    QTimer *m_refresh = nullptr;
};

} // namespace OpenMairie::CoreUi
