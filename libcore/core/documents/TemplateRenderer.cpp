#include "TemplateRenderer.h"

#include "BarcodeRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <cmath>

namespace OpenMairie::Documents {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::TemplateRenderer)
};

using Kind = InlineItem::Kind;

struct Scope
{
    const FieldValues *row = nullptr;
    QString subTable;
};

class Builder
{
public:
    Builder(QTextDocument &document, const CompiledTemplate &compiled, const MergeContext &context,
            QStringList &warnings)
        : m_document(document), m_compiled(compiled), m_context(context), m_warnings(warnings)
    {
    }

    void flow(const std::vector<FlowNode> &nodes, QTextCursor &cursor, bool &first, const Scope &scope,
              QHash<int, QTextList *> &lists);
    QString plainText(const std::vector<InlineItem> &items, const Scope &scope);

private:
    void paragraph(const FlowNode &node, QTextCursor &cursor, bool &first, const Scope &scope,
                   QHash<int, QTextList *> &lists);
    void table(const FlowNode &node, QTextCursor &cursor, bool &first, const Scope &scope);
    void inlines(const std::vector<InlineItem> &items, QTextCursor &cursor, const Scope &scope,
                 std::vector<CaseMode> &caseStack);
    QString value(const InlineItem &item, const Scope &scope);
    QString aggregate(const InlineItem &item);
    QString parameter(const QString &name);
    void insertCode(const InlineItem &item, QTextCursor &cursor, const Scope &scope);
    void insertLogo(const InlineItem &item, QTextCursor &cursor);
    void warn(const QString &warning);
    static QString applyCase(const QString &text, const std::vector<CaseMode> &stack);

    QTextDocument &m_document;
    const CompiledTemplate &m_compiled;
    const MergeContext &m_context;
    QStringList &m_warnings;
    int m_resourceCounter = 0;
};

void Builder::warn(const QString &warning)
{
    if (!m_warnings.contains(warning))
        m_warnings.append(warning);
}

QString Builder::applyCase(const QString &text, const std::vector<CaseMode> &stack)
{
    if (stack.empty())
        return text;
    static const QLocale french(QLocale::French, QLocale::France);
    return stack.back() == CaseMode::Upper ? french.toUpper(text) : french.toLower(text);
}

QString Builder::parameter(const QString &name)
{
    const QString v = m_context.parameter(name);
    if (v.isEmpty())
        warn(Tr::tr("Le paramètre « &%1 » n'est pas renseigné pour la commune : il est imprimé vide. Renseignez-le "
                    "dans les paramètres de la commune.").arg(name));
    return v;
}

QString Builder::value(const InlineItem &item, const Scope &scope)
{
    const QVariant v = (!item.subTable.isEmpty() && scope.row) ? scope.row->value(item.name)
                                                                : m_context.record.value(item.name);
    return FieldFormatter::format(v, item.fieldType, item.style);
}

QString Builder::aggregate(const InlineItem &item)
{
    const QList<FieldValues> rows = m_context.record.rows(item.subTable);
    if (item.aggregate == InlineItem::AggregateKind::Count)
        return QString::number(rows.size());
    double sum = 0;
    int counted = 0;
    for (const FieldValues &row : rows) {
        if (const std::optional<double> n = FieldFormatter::toNumber(row.value(item.name))) {
            sum += *n;
            ++counted;
        }
    }
    if (item.aggregate == InlineItem::AggregateKind::Average)
        return counted == 0 ? QString() : FieldFormatter::formatNumber(sum / counted, item.fieldType);
    return FieldFormatter::formatNumber(sum, item.fieldType);
}

void Builder::insertCode(const InlineItem &item, QTextCursor &cursor, const Scope &scope)
{
    const QVariant raw = (!item.subTable.isEmpty() && scope.row) ? scope.row->value(item.name)
                                                                  : m_context.record.value(item.name);
    const QString data = raw.toString().trimmed();
    const bool qr = item.kind == Kind::QrCode;
    if (data.isEmpty()) {
        warn(Tr::tr("Le champ « %1 » est vide : son %2 n'est pas imprimé.")
                 .arg(item.name, qr ? Tr::tr("QR code") : Tr::tr("code-barres")));
        return;
    }
    const auto symbology = qr ? BarcodeRenderer::Symbology::QrCode : BarcodeRenderer::Symbology::Code128;
    const int heightModules = int(std::lround(item.sizeMm / BarcodeRenderer::kCode128ModuleMm));
    Core::Result<QImage> image = BarcodeRenderer::render(symbology, data, 4, heightModules);
    if (!image) {
        warn(Tr::tr("Le %1 du champ « %2 » n'est pas imprimé : %3")
                 .arg(qr ? Tr::tr("QR code") : Tr::tr("code-barres"), item.name, image.error().message()));
        return;
    }
    const QString name = QStringLiteral("om-code:%1").arg(++m_resourceCounter);
    m_document.addResource(QTextDocument::ImageResource, QUrl(name), image.value());
    QTextImageFormat format;
    format.setName(name);
    if (qr) {
        format.setWidth(TemplateRenderer::mmToLayout(item.sizeMm));
        format.setHeight(TemplateRenderer::mmToLayout(item.sizeMm));
    } else {
        const double modules = image->width() / 4.0;
        format.setWidth(TemplateRenderer::mmToLayout(modules * BarcodeRenderer::kCode128ModuleMm));
        format.setHeight(TemplateRenderer::mmToLayout(item.sizeMm));
    }
    cursor.insertImage(format);
}

void Builder::insertLogo(const InlineItem &item, QTextCursor &cursor)
{
    if (m_context.logo.isNull()) {
        if (m_context.logoPath.isEmpty())
            warn(Tr::tr("Le modèle affiche le logo de la commune, mais aucun logo n'est paramétré (paramètre "
                        "« logo ») : le document est imprimé sans logo."));
        else
            warn(Tr::tr("Le logo « %1 » est introuvable ou illisible : le document est imprimé sans logo. Vérifiez "
                        "le paramètre « logo » de la commune.").arg(m_context.logoPath));
        return;
    }
    const QString name = QStringLiteral("om-logo:%1").arg(++m_resourceCounter);
    m_document.addResource(QTextDocument::ImageResource, QUrl(name), m_context.logo);
    QTextImageFormat format;
    format.setName(name);
    const double height = TemplateRenderer::mmToLayout(item.sizeMm);
    format.setHeight(height);
    format.setWidth(height * m_context.logo.width() / std::max(1, m_context.logo.height()));
    cursor.insertImage(format);
}

void Builder::inlines(const std::vector<InlineItem> &items, QTextCursor &cursor, const Scope &scope,
                      std::vector<CaseMode> &caseStack)
{
    for (const InlineItem &item : items) {
        switch (item.kind) {
        case Kind::Text:
            cursor.insertText(applyCase(item.text, caseStack), item.format);
            break;
        case Kind::Image:
            cursor.insertImage(item.format.toImageFormat());
            break;
        case Kind::Field:
            cursor.insertText(applyCase(value(item, scope), caseStack), item.format);
            break;
        case Kind::Parameter:
            cursor.insertText(applyCase(parameter(item.name), caseStack), item.format);
            break;
        case Kind::Aggregate:
            cursor.insertText(aggregate(item), item.format);
            break;
        case Kind::Barcode:
        case Kind::QrCode:
            insertCode(item, cursor, scope);
            break;
        case Kind::Logo:
            insertLogo(item, cursor);
            break;
        case Kind::CaseStart:
            caseStack.push_back(item.caseMode);
            break;
        case Kind::CaseEnd:
            if (!caseStack.empty())
                caseStack.pop_back();
            break;
        case Kind::PageBreak: {
            QTextBlockFormat f = cursor.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
            cursor.setBlockFormat(f);
            break;
        }
        case Kind::Repeat: {
            const QList<FieldValues> rows = m_context.record.rows(item.subTable);
            for (const FieldValues &row : rows)
                inlines(item.children, cursor, Scope{&row, item.subTable}, caseStack);
            break;
        }
        case Kind::BlockStart:
        case Kind::BlockEnd:
            break;
        }
    }
}

QString Builder::plainText(const std::vector<InlineItem> &items, const Scope &scope)
{
    QString out;
    std::vector<CaseMode> caseStack;
    for (const InlineItem &item : items) {
        switch (item.kind) {
        case Kind::Text:
            out += applyCase(item.text, caseStack);
            break;
        case Kind::Field:
            out += applyCase(value(item, scope), caseStack);
            break;
        case Kind::Parameter:
            out += applyCase(parameter(item.name), caseStack);
            break;
        case Kind::Aggregate:
            out += aggregate(item);
            break;
        case Kind::CaseStart:
            caseStack.push_back(item.caseMode);
            break;
        case Kind::CaseEnd:
            if (!caseStack.empty())
                caseStack.pop_back();
            break;
        default:
            break;
        }
    }
    return out;
}

void Builder::paragraph(const FlowNode &node, QTextCursor &cursor, bool &first, const Scope &scope,
                        QHash<int, QTextList *> &lists)
{
    if (first) {
        cursor.setBlockFormat(node.blockFormat);
        cursor.setBlockCharFormat(node.blockCharFormat);
        first = false;
    } else {
        cursor.insertBlock(node.blockFormat, node.blockCharFormat);
    }
    if (node.listId >= 0) {
        auto it = lists.find(node.listId);
        if (it == lists.end())
            lists.insert(node.listId, cursor.createList(node.listFormat));
        else
            it.value()->add(cursor.block());
    }
    std::vector<CaseMode> caseStack;
    inlines(node.inlines, cursor, scope, caseStack);
}

void Builder::table(const FlowNode &node, QTextCursor &cursor, bool &first, const Scope &scope)
{
    struct OutRow
    {
        const TableRowNode *row;
        Scope scope;
    };
    std::vector<OutRow> outRows;
    std::vector<QList<FieldValues>> keep; // the rows' values must outlive the scopes pointing at them
    keep.reserve(node.rows.size());
    for (const TableRowNode &row : node.rows) {
        if (row.repeat.isEmpty()) {
            outRows.push_back({&row, scope});
            continue;
        }
        keep.push_back(m_context.record.rows(row.repeat));
        for (const FieldValues &values : keep.back())
            outRows.push_back({&row, Scope{&values, row.repeat}});
    }
    if (outRows.empty() || node.columns <= 0)
        return;
    if (!first) {
        // insertTable() splits the current block; start from an empty one like a template does.
        cursor.insertBlock();
    }
    QTextTableFormat format = node.tableFormat;
    if (format.headerRowCount() >= int(outRows.size()))
        format.setHeaderRowCount(0);
    QTextTable *table = cursor.insertTable(int(outRows.size()), node.columns, format);
    // Spans first (merging moves content), then formats and content.
    for (size_t r = 0; r < outRows.size(); ++r) {
        const TableRowNode &row = *outRows[r].row;
        for (const TableCellNode &cell : row.cells) {
            int rowSpan = cell.rowSpan;
            if (rowSpan > 1) {
                // A span is kept only over rows that are not repeated (their count varies).
                const auto rowIndex = std::distance(node.rows.data(), &row);
                for (int k = 0; k < cell.rowSpan && rowSpan > 1; ++k) {
                    const size_t tr = size_t(rowIndex) + size_t(k);
                    if (tr >= node.rows.size() || !node.rows[tr].repeat.isEmpty())
                        rowSpan = 1;
                }
                if (!row.repeat.isEmpty())
                    rowSpan = 1;
                rowSpan = std::min<int>(rowSpan, int(outRows.size() - r));
            }
            if (rowSpan > 1 || cell.columnSpan > 1)
                table->mergeCells(int(r), cell.column, rowSpan, cell.columnSpan);
        }
    }
    for (size_t r = 0; r < outRows.size(); ++r) {
        for (const TableCellNode &cell : outRows[r].row->cells) {
            QTextTableCell target = table->cellAt(int(r), cell.column);
            if (target.row() != int(r) || target.column() != cell.column)
                continue;
            target.setFormat(cell.format);
            QTextCursor cellCursor = target.firstCursorPosition();
            bool cellFirst = true;
            QHash<int, QTextList *> cellLists;
            flow(cell.content, cellCursor, cellFirst, outRows[r].scope, cellLists);
        }
    }
    cursor.setPosition(table->lastPosition() + 1);
    first = true; // the empty block after the table takes the next paragraph
}

void Builder::flow(const std::vector<FlowNode> &nodes, QTextCursor &cursor, bool &first, const Scope &scope,
                   QHash<int, QTextList *> &lists)
{
    for (const FlowNode &node : nodes) {
        switch (node.kind) {
        case FlowNode::Kind::Paragraph:
            paragraph(node, cursor, first, scope, lists);
            break;
        case FlowNode::Kind::Table:
            table(node, cursor, first, scope);
            break;
        case FlowNode::Kind::Repeat: {
            const QList<FieldValues> rows = m_context.record.rows(node.subTable);
            for (const FieldValues &row : rows)
                flow(node.children, cursor, first, Scope{&row, node.subTable}, lists);
            break;
        }
        }
    }
}
} // namespace

TemplateRenderer::TemplateRenderer(std::shared_ptr<const CompiledTemplate> compiled) : m_compiled(std::move(compiled)) {}

RenderedDocument TemplateRenderer::render(const MergeContext &context) const
{
    RenderedDocument out;
    out.metricsDevice = std::make_shared<QImage>(8, 8, QImage::Format_RGB32);
    const int dotsPerMeter = int(std::lround(kLayoutDpi / 0.0254));
    out.metricsDevice->setDotsPerMeterX(dotsPerMeter);
    out.metricsDevice->setDotsPerMeterY(dotsPerMeter);
    out.document = std::make_unique<QTextDocument>();
    QTextDocument &doc = *out.document;
    doc.documentLayout()->setPaintDevice(out.metricsDevice.get());
    doc.setDefaultFont(m_compiled->defaultFont);
    doc.setUseDesignMetrics(true);
    doc.setDocumentMargin(0);
    doc.setUndoRedoEnabled(false);

    Builder builder(doc, *m_compiled, context, out.warnings);
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    bool first = true;
    QHash<int, QTextList *> lists;
    builder.flow(m_compiled->body, cursor, first, Scope{}, lists);
    cursor.endEditBlock();
    out.footer = builder.plainText(m_compiled->footer, Scope{});
    return out;
}

} // namespace OpenMairie::Documents
