#include "TemplateEditorWidget.h"

#include "TemplateFieldPalette.h"

#include "documents/DocumentFonts.h"
#include "documents/PageSink.h"
#include "documents/TemplateBatchProducer.h"
#include "documents/TemplateCompiler.h"

#include "Session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextTable>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

using namespace OpenMairie::Documents;

TemplateEditorWidget::TemplateEditorWidget(DocumentServices &documents, QString module, QString code, QWidget *parent)
    : QWidget(parent)
    , m_documents(documents)
    , m_module(std::move(module))
    , m_code(std::move(code))
    , m_printer(std::make_unique<QPrinter>(QPrinter::ScreenResolution))
{
    m_printer->setFullPage(true);
    buildUi();
}

TemplateEditorWidget::~TemplateEditorWidget() = default;

void TemplateEditorWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *toolbar = new QToolBar(this);
    auto addFormat = [&](const QString &text, const QString &name, auto apply) {
        QAction *a = toolbar->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, [this, apply] {
            QTextCharFormat f;
            apply(f, m_text->currentCharFormat());
            m_text->mergeCurrentCharFormat(f);
        });
        return a;
    };
    addFormat(tr("Gras"), QStringLiteral("bold"), [](QTextCharFormat &f, const QTextCharFormat &cur) {
        f.setFontWeight(cur.fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
    })->setShortcut(QKeySequence::Bold);
    addFormat(tr("Italique"), QStringLiteral("italic"), [](QTextCharFormat &f, const QTextCharFormat &cur) {
        f.setFontItalic(!cur.fontItalic());
    })->setShortcut(QKeySequence::Italic);
    addFormat(tr("Souligné"), QStringLiteral("underline"), [](QTextCharFormat &f, const QTextCharFormat &cur) {
        f.setFontUnderline(!cur.fontUnderline());
    })->setShortcut(QKeySequence::Underline);
    toolbar->addSeparator();
    const QList<QPair<QString, Qt::Alignment>> alignments{{tr("À gauche"), Qt::AlignLeft},
                                                          {tr("Centré"), Qt::AlignHCenter},
                                                          {tr("À droite"), Qt::AlignRight},
                                                          {tr("Justifié"), Qt::AlignJustify}};
    for (const auto &[text, alignment] : alignments) {
        QAction *a = toolbar->addAction(text);
        connect(a, &QAction::triggered, this, [this, alignment = alignment] { m_text->setAlignment(alignment); });
    }
    toolbar->addSeparator();
    auto *size = new QComboBox(toolbar);
    size->setObjectName(QStringLiteral("fontSize"));
    for (int pt : {8, 9, 10, 11, 12, 14, 16, 18, 24})
        size->addItem(QString::number(pt), pt);
    size->setCurrentText(QStringLiteral("10"));
    size->setToolTip(tr("Taille du texte (points)"));
    connect(size, &QComboBox::activated, this, [this, size](int index) {
        QTextCharFormat f;
        f.setFontPointSize(size->itemData(index).toInt());
        m_text->mergeCurrentCharFormat(f);
    });
    toolbar->addWidget(size);
    auto *family = new QComboBox(toolbar);
    family->setObjectName(QStringLiteral("fontFamily"));
    family->addItems(DocumentFonts::families());
    connect(family, &QComboBox::textActivated, this, [this](const QString &name) {
        QTextCharFormat f;
        f.setFontFamilies({name});
        m_text->mergeCurrentCharFormat(f);
    });
    toolbar->addWidget(family);
    QAction *table = toolbar->addAction(tr("Insérer un tableau"));
    connect(table, &QAction::triggered, this, [this] {
        QTextTableFormat f;
        f.setBorder(0.5);
        f.setCellPadding(3);
        f.setCellSpacing(0);
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        m_text->textCursor().insertTable(2, 2, f);
    });
    layout->addWidget(toolbar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_text = new QTextEdit(left);
    m_text->setObjectName(QStringLiteral("templateText"));
    m_text->setAcceptRichText(true);
    m_text->document()->setDefaultFont(DocumentTemplate::defaultFont());
    m_text->document()->setUseDesignMetrics(true);
    leftLayout->addWidget(m_text, 1);
    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    leftLayout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    auto *checkButton = new QPushButton(tr("Vérifier"), left);
    auto *saveButton = new QPushButton(tr("Enregistrer"), left);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    checkButton->setObjectName(QStringLiteral("checkButton"));
    buttons->addStretch();
    buttons->addWidget(checkButton);
    buttons->addWidget(saveButton);
    leftLayout->addLayout(buttons);
    connect(checkButton, &QPushButton::clicked, this, [this] {
        if (check().isEmpty())
            showStatus(tr("Le modèle est correct : tous les champs existent dans la source « %1 ».").arg(m_schema.label()),
                       false);
    });
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });

    auto *tabs = new QTabWidget(splitter);
    m_palette = new TemplateFieldPalette(tabs);
    m_palette->setObjectName(QStringLiteral("fieldPalette"));
    tabs->addTab(m_palette, tr("Champs disponibles"));
    tabs->addTab(buildSettings(), tr("Mise en page"));
    m_preview = new QPrintPreviewWidget(m_printer.get(), tabs);
    m_preview->setObjectName(QStringLiteral("livePreview"));
    m_preview->fitToWidth();
    tabs->addTab(m_preview, tr("Aperçu"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &TemplateEditorWidget::paintPreview);
    connect(m_palette, &TemplateFieldPalette::insertRequested, this, &TemplateEditorWidget::insertText);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(400);
    connect(m_refresh, &QTimer::timeout, this, &TemplateEditorWidget::refreshPreview);
    connect(m_text, &QTextEdit::textChanged, this, &TemplateEditorWidget::scheduleRefresh);
}

QWidget *TemplateEditorWidget::buildSettings()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    form->addRow(tr("Titre du modèle"), m_title);
    m_format = new QComboBox(page);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(QStringLiteral("A4"), int(PageSetup::Format::A4));
    m_format->addItem(QStringLiteral("A3"), int(PageSetup::Format::A3));
    m_format->addItem(QStringLiteral("A5"), int(PageSetup::Format::A5));
    form->addRow(tr("Format"), m_format);
    m_orientation = new QComboBox(page);
    m_orientation->setObjectName(QStringLiteral("orientation"));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Paysage"), int(QPageLayout::Landscape));
    form->addRow(tr("Orientation"), m_orientation);
    const QStringList marginNames{tr("Marge de gauche"), tr("Marge du haut"), tr("Marge de droite"), tr("Marge du bas")};
    for (int i = 0; i < 4; ++i) {
        m_margins[i] = new QDoubleSpinBox(page);
        m_margins[i]->setRange(0, 80);
        m_margins[i]->setDecimals(1);
        m_margins[i]->setSuffix(tr(" mm"));
        form->addRow(marginNames.at(i), m_margins[i]);
        connect(m_margins[i], &QDoubleSpinBox::valueChanged, this, &TemplateEditorWidget::scheduleRefresh);
    }
    m_watermark = new QLineEdit(page);
    m_watermark->setObjectName(QStringLiteral("watermark"));
    m_watermark->setPlaceholderText(tr("par exemple « Projet » ; vide : aucun"));
    form->addRow(tr("Filigrane"), m_watermark);
    m_pageNumbers = new QCheckBox(tr("Numéroter les pages (« Page 1 / 2 »)"), page);
    form->addRow(QString(), m_pageNumbers);
    m_footer = new QLineEdit(page);
    m_footer->setObjectName(QStringLiteral("footer"));
    m_footer->setPlaceholderText(tr("par exemple « Arrêté n° [numero] »"));
    form->addRow(tr("Pied de page"), m_footer);
    for (QComboBox *c : {m_format, m_orientation})
        connect(c, &QComboBox::currentIndexChanged, this, &TemplateEditorWidget::scheduleRefresh);
    for (QLineEdit *e : {m_watermark, m_footer, m_title})
        connect(e, &QLineEdit::textChanged, this, &TemplateEditorWidget::scheduleRefresh);
    connect(m_pageNumbers, &QCheckBox::toggled, this, &TemplateEditorWidget::scheduleRefresh);
    return page;
}

Core::Status TemplateEditorWidget::load()
{
    Core::Result<ResolvedTemplate> resolved = m_documents.templates().resolve(m_module, m_code);
    if (!resolved)
        return resolved.error();
    Core::Result<DocumentSourceRegistry::SourcePtr> source =
        m_documents.sources().require(resolved->documentTemplate.sourceName);
    if (!source)
        return source.error();
    Core::Result<std::optional<StoredTemplateInfo>> stored = m_documents.templates().communeTemplate(m_module, m_code);
    if (!stored)
        return stored.error();
    Core::Result<QStringList> names = m_documents.parameters().knownNames();
    if (!names)
        return names.error();
    m_loaded = resolved.value();
    m_schema = source.value()->schema();
    m_sample = source.value()->sampleRecord();
    m_parameterNames = names.value();
    m_version = stored->has_value() ? (*stored)->version : 0;
    QList<ParameterDefinition> parameters = CommuneParameters::standard();
    for (const QString &n : std::as_const(m_parameterNames)) {
        bool known = false;
        for (const ParameterDefinition &d : CommuneParameters::standard())
            known |= d.name == n;
        for (const ParameterDefinition &d : CommuneParameters::computed())
            known |= d.name == n;
        if (!known)
            parameters.append({n, n});
    }
    m_palette->setSources(m_schema, parameters);
    applySettings(m_loaded.documentTemplate);
    {
        const QSignalBlocker block(m_text);
        m_text->setHtml(m_loaded.documentTemplate.toText());
    }
    showStatus(tr("Modèle chargé : %1.").arg(m_loaded.describe()), false);
    refreshPreview();
    return {};
}

void TemplateEditorWidget::applySettings(const DocumentTemplate &t)
{
    const QSignalBlocker b1(m_title), b2(m_format), b3(m_orientation), b4(m_watermark), b5(m_pageNumbers),
        b6(m_footer);
    m_title->setText(t.title);
    m_format->setCurrentIndex(m_format->findData(int(t.page.format())));
    m_orientation->setCurrentIndex(m_orientation->findData(int(t.page.orientation())));
    const QMarginsF m = t.page.marginsMm();
    const double values[4] = {m.left(), m.top(), m.right(), m.bottom()};
    for (int i = 0; i < 4; ++i) {
        const QSignalBlocker b(m_margins[i]);
        m_margins[i]->setValue(values[i]);
    }
    m_watermark->setText(t.watermark);
    m_pageNumbers->setChecked(t.pageNumbers);
    m_footer->setText(t.footer);
}

DocumentTemplate TemplateEditorWidget::currentTemplate() const
{
    DocumentTemplate t = m_loaded.documentTemplate;
    t.title = m_title->text().trimmed();
    t.page = PageSetup(PageSetup::Format(m_format->currentData().toInt()),
                       QPageLayout::Orientation(m_orientation->currentData().toInt()),
                       QMarginsF(m_margins[0]->value(), m_margins[1]->value(), m_margins[2]->value(), m_margins[3]->value()));
    t.watermark = m_watermark->text().trimmed();
    t.pageNumbers = m_pageNumbers->isChecked();
    t.footer = m_footer->text().trimmed();
    t.setBodyFromDocument(*m_text->document());
    return t;
}

void TemplateEditorWidget::insertText(const QString &text, bool asParagraphs)
{
    QTextCursor cursor = m_text->textCursor();
    if (!asParagraphs) {
        cursor.insertText(text);
    } else {
        // A block: its marks on paragraphs of their own, so that whole paragraphs repeat.
        const QStringList lines = text.split(u'\n');
        if (!cursor.block().text().isEmpty())
            cursor.insertBlock();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                cursor.insertBlock();
            cursor.insertText(lines.at(i));
        }
    }
    m_text->setTextCursor(cursor);
    m_text->setFocus();
}

void TemplateEditorWidget::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #a40000;") : QString());
}

QString TemplateEditorWidget::statusText() const
{
    return m_status->text();
}

void TemplateEditorWidget::selectIssue(const TemplateIssue &issue)
{
    if (issue.inFooter || issue.position < 0)
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(std::min(issue.position, m_text->document()->characterCount() - 1));
    cursor.setPosition(std::min(issue.position + issue.length, m_text->document()->characterCount() - 1),
                       QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

QList<TemplateIssue> TemplateEditorWidget::check()
{
    const DocumentTemplate t = currentTemplate();
    const TemplateCompilation c = TemplateCompiler::compile(t, *m_text->document(), m_schema, m_parameterNames);
    m_issues = c.issues;
    if (!m_issues.isEmpty()) {
        const QString more = m_issues.size() > 1 ? u' ' + tr("(%n autre(s) erreur(s))", nullptr, int(m_issues.size()) - 1)
                                                 : QString();
        showStatus(m_issues.first().text() + more, true);
        selectIssue(m_issues.first());
    }
    return m_issues;
}

void TemplateEditorWidget::scheduleRefresh()
{
    m_refresh->start();
}

void TemplateEditorWidget::refreshPreview()
{
    m_refresh->stop();
    const DocumentTemplate t = currentTemplate();
    m_printer->setPageLayout(t.page.pageLayout());
    m_preview->updatePreview();
}

void TemplateEditorWidget::paintPreview(QPrinter *printer)
{
    m_previewPages = 0;
    const DocumentTemplate t = currentTemplate();
    const TemplateCompilation c = TemplateCompiler::compile(t, *m_text->document(), m_schema, m_parameterNames);
    m_issues = c.issues;
    if (!c.ok()) {
        showStatus(tr("Aperçu impossible — %1").arg(c.issues.first().text()), true);
        return;
    }
    Core::Result<MergeContext> context = m_documents.mergeContext();
    MergeContext merge = context ? context.value() : MergeContext();
    TemplateBatchProducer producer(c.compiled, merge,
                                   std::make_unique<FixedRecordStream>(QList<DocumentRecord>{m_sample}));
    PageSink sink(printer);
    const Core::Status s = producer.produce(sink, ProductionContext{});
    sink.finish();
    m_previewPages = sink.pageCount();
    if (!s) {
        showStatus(s.error().message(), true);
        return;
    }
    // What the agent would be told when printing (missing logo, empty parameter) comes under.
    QString status = tr("Aperçu à jour avec l'exemple de la source « %1 » (%n page(s)).", nullptr, m_previewPages)
                         .arg(m_schema.label());
    for (const QString &w : producer.report().warnings)
        status += u'\n' + w;
    showStatus(status, false);
}

Core::Status TemplateEditorWidget::save(const QString &comment)
{
    if (!check().isEmpty())
        return m_issues.first().toError(currentTemplate().title, int(m_issues.size()) - 1);
    Core::Result<StoredTemplateInfo> stored = m_documents.templates().save(currentTemplate(), m_version, comment);
    if (!stored) {
        showStatus(stored.error().message(), true);
        return stored.error();
    }
    m_version = stored->version;
    Core::Result<ResolvedTemplate> resolved = m_documents.templates().resolve(m_module, m_code);
    if (resolved)
        m_loaded = resolved.value();
    showStatus(tr("Modèle enregistré pour la commune (révision %1).").arg(stored->currentRevision), false);
    emit saved(stored->currentRevision);
    return {};
}

} // namespace OpenMairie::CoreUi
