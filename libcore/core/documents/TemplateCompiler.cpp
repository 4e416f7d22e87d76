#include "TemplateCompiler.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <algorithm>

namespace OpenMairie::Documents {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::TemplateCompiler)
};

using Kind = InlineItem::Kind;

constexpr double kDefaultBarcodeHeightMm = 12;
constexpr double kDefaultQrSizeMm = 22;
constexpr double kDefaultLogoHeightMm = 22;

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QString quoted(const QString &text)
{
    return QStringLiteral("« %1 »").arg(text);
}

// Turns the template document into the node tree, checks the syntax, then the names against the
// data source. Issues are collected, not thrown: the editor shows them all.
class Compiler
{
public:
    Compiler(const DataSourceSchema &schema, const QStringList &parameters, QList<TemplateIssue> &issues)
        : m_schema(schema), m_parameters(parameters), m_issues(issues)
    {
    }

    std::vector<FlowNode> compileDocument(const QTextDocument &document);
    std::vector<InlineItem> compileFooter(const QString &footer);

    QStringList usedParameters;
    bool usesLogo = false;

private:
    struct Span
    {
        int start;
        int length;
        QTextCharFormat format;
    };

    void walkRange(QTextFrame::iterator it, std::vector<FlowNode> &out);
    FlowNode walkTable(QTextTable *table);
    FlowNode walkBlock(const QTextBlock &block);
    std::vector<InlineItem> tokenize(const QString &text, const QList<Span> &spans, int basePosition);
    std::optional<InlineItem> parseToken(const QString &content, int position, int length);

    void issue(int position, int length, const QString &message);

    // Structure: pairs block markers, returns those left unmatched in this flow.
    void pairInline(std::vector<InlineItem> &inlines);
    std::vector<FlowNode> resolveFlow(std::vector<FlowNode> nodes, std::vector<InlineItem> *leftovers);
    void resolveTable(FlowNode &table);

    // Names: fields, parameters, sub-tables, with the block scope.
    void validateFlow(std::vector<FlowNode> &nodes, const QString &scope);
    void validateInlines(std::vector<InlineItem> &items, const QString &scope);
    bool resolveField(InlineItem &item, const QString &scope);
    bool checkSubTable(const QString &name, const QString &scope, int position, int length);

    const DataSourceSchema &m_schema;
    const QStringList &m_parameters;
    QList<TemplateIssue> &m_issues;
    const QTextDocument *m_document = nullptr;
    bool m_inFooter = false;
    QHash<const QTextList *, int> m_listIds;
};

void Compiler::issue(int position, int length, const QString &message)
{
    TemplateIssue i;
    i.message = message;
    i.position = position;
    i.length = length;
    i.inFooter = m_inFooter;
    if (m_inFooter) {
        i.line = 1;
        i.column = position + 1;
    } else if (m_document && position >= 0) {
        const QTextBlock block = m_document->findBlock(position);
        i.line = block.blockNumber() + 1;
        i.column = position - block.position() + 1;
    }
    m_issues.append(i);
}

std::vector<FlowNode> Compiler::compileDocument(const QTextDocument &document)
{
    m_document = &document;
    std::vector<FlowNode> raw;
    walkRange(document.rootFrame()->begin(), raw);
    std::vector<InlineItem> leftovers;
    std::vector<FlowNode> body = resolveFlow(std::move(raw), &leftovers);
    for (const InlineItem &m : leftovers) {
        if (m.kind == Kind::BlockStart)
            issue(m.position, m.length,
                  Tr::tr("le bloc %1 n'est jamais fermé. Ajoutez « [/bloc] » à la fin de la partie à répéter "
                         "(dans le même paragraphe, un paragraphe suivant ou la même ligne de tableau).")
                      .arg(quoted(m.name)));
        else
            issue(m.position, m.length, Tr::tr("« [/bloc] » ne ferme aucun bloc ouvert avant lui."));
    }
    validateFlow(body, {});
    std::sort(m_issues.begin(), m_issues.end(),
              [](const TemplateIssue &a, const TemplateIssue &b) { return a.position < b.position; });
    return body;
}

std::vector<InlineItem> Compiler::compileFooter(const QString &footer)
{
    m_inFooter = true;
    m_document = nullptr;
    std::vector<InlineItem> items = tokenize(footer, {{0, int(footer.size()), QTextCharFormat()}}, 0);
    for (const InlineItem &item : items) {
        if (item.kind == Kind::BlockStart || item.kind == Kind::BlockEnd || item.kind == Kind::Logo
            || item.kind == Kind::Barcode || item.kind == Kind::QrCode || item.kind == Kind::PageBreak) {
            issue(item.position, item.length, Tr::tr("le pied de page n'accepte que du texte, des champs et des "
                                                     "paramètres."));
        }
    }
    std::erase_if(items, [](const InlineItem &i) {
        return i.kind == Kind::BlockStart || i.kind == Kind::BlockEnd || i.kind == Kind::PageBreak;
    });
    validateInlines(items, {});
    m_inFooter = false;
    return items;
}

void Compiler::walkRange(QTextFrame::iterator it, std::vector<FlowNode> &out)
{
    for (; !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            if (auto *table = qobject_cast<QTextTable *>(frame))
                out.push_back(walkTable(table));
            else
                walkRange(frame->begin(), out); // plain frames only group their content
        } else if (it.currentBlock().isValid()) {
            out.push_back(walkBlock(it.currentBlock()));
        }
    }
}

FlowNode Compiler::walkTable(QTextTable *table)
{
    FlowNode node;
    node.kind = FlowNode::Kind::Table;
    node.tableFormat = table->format();
    node.columns = table->columns();
    node.position = table->firstPosition();
    for (int r = 0; r < table->rows(); ++r) {
        TableRowNode row;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue; // covered by a spanning cell
            TableCellNode cellNode;
            cellNode.column = c;
            cellNode.rowSpan = cell.rowSpan();
            cellNode.columnSpan = cell.columnSpan();
            cellNode.format = cell.format().toTableCellFormat();
            walkRange(cell.begin(), cellNode.content);
            row.cells.push_back(std::move(cellNode));
        }
        node.rows.push_back(std::move(row));
    }
    return node;
}

FlowNode Compiler::walkBlock(const QTextBlock &block)
{
    FlowNode node;
    node.kind = FlowNode::Kind::Paragraph;
    node.blockFormat = block.blockFormat();
    node.blockCharFormat = block.charFormat();
    node.position = block.position();
    if (const QTextList *list = block.textList()) {
        node.listFormat = list->format();
        auto it = m_listIds.constFind(list);
        if (it == m_listIds.constEnd())
            it = m_listIds.insert(list, int(m_listIds.size()));
        node.listId = it.value();
    }
    QList<Span> spans;
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.isValid())
            spans.append({fragment.position() - block.position(), fragment.length(), fragment.charFormat()});
    }
    node.inlines = tokenize(block.text(), spans, block.position());
    pairInline(node.inlines);
    return node;
}

std::vector<InlineItem> Compiler::tokenize(const QString &text, const QList<Span> &spans, int basePosition)
{
    std::vector<InlineItem> items;
    auto formatAt = [&spans](int offset) {
        for (const Span &s : spans)
            if (offset >= s.start && offset < s.start + s.length)
                return s.format;
        return spans.isEmpty() ? QTextCharFormat() : spans.last().format;
    };
    // Literal text keeps each fragment's own format: split it at fragment boundaries.
    auto emitText = [&](int from, int to) {
        while (from < to) {
            int end = to;
            QTextCharFormat format = formatAt(from);
            for (const Span &s : spans) {
                if (from >= s.start && from < s.start + s.length) {
                    end = std::min(to, s.start + s.length);
                    break;
                }
            }
            if (end <= from)
                end = to;
            if (text.at(from) == QChar::ObjectReplacementCharacter && format.isImageFormat()) {
                InlineItem image;
                image.kind = Kind::Image;
                image.format = format;
                image.position = basePosition + from;
                image.length = 1;
                items.push_back(std::move(image));
                ++from;
                continue;
            }
            // An image may sit in the middle of a fragment's range: stop before it.
            for (int k = from; k < end; ++k) {
                if (text.at(k) == QChar::ObjectReplacementCharacter) {
                    if (k == from) {
                        end = from + 1;
                    } else {
                        end = k;
                    }
                    break;
                }
            }
            InlineItem t;
            t.kind = Kind::Text;
            t.format = format;
            t.text = text.mid(from, end - from);
            t.position = basePosition + from;
            t.length = end - from;
            if (!items.empty() && items.back().kind == Kind::Text && items.back().format == format
                && items.back().position + items.back().length == t.position) {
                items.back().text += t.text;
                items.back().length += t.length;
            } else {
                items.push_back(std::move(t));
            }
            from = end;
        }
    };
    auto emitLiteral = [&](int at, const QString &literal, int consumed) {
        InlineItem t;
        t.kind = Kind::Text;
        t.format = formatAt(at);
        t.text = literal;
        t.position = basePosition + at;
        t.length = consumed;
        if (!items.empty() && items.back().kind == Kind::Text && items.back().format == t.format) {
            items.back().text += literal;
            items.back().length += consumed;
        } else {
            items.push_back(std::move(t));
        }
    };

    const int n = int(text.size());
    int pending = 0;
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c == u'[' || c == u']' || c == u'&') {
            if ((c == u'[' && next == u'[') || (c == u']' && next == u']') || (c == u'&' && next == u'&')) {
                emitText(pending, i);
                emitLiteral(i, QString(c), 2);
                i += 2;
                pending = i;
                continue;
            }
        }
        if (c == u'[') {
            const qsizetype close = text.indexOf(u']', i + 1);
            const qsizetype reopen = text.indexOf(u'[', i + 1);
            if (close < 0 || (reopen >= 0 && reopen < close)) {
                emitText(pending, i);
                issue(basePosition + i, 1,
                      Tr::tr("crochet « [ » jamais fermé. Fermez le champ par « ] », ou écrivez « [[ » pour "
                             "imprimer un crochet."));
                emitLiteral(i, QStringLiteral("["), 1);
                ++i;
                pending = i;
                continue;
            }
            emitText(pending, i);
            const int length = int(close - i + 1);
            if (std::optional<InlineItem> item = parseToken(text.mid(i + 1, close - i - 1), basePosition + i, length)) {
                item->format = formatAt(i);
                items.push_back(std::move(*item));
            }
            i = int(close) + 1;
            pending = i;
            continue;
        }
        if (c == u'&' && isIdentifierStart(next)) {
            emitText(pending, i);
            int j = i + 1;
            while (j < n && isIdentifierChar(text.at(j)))
                ++j;
            InlineItem p;
            p.kind = Kind::Parameter;
            p.name = text.mid(i + 1, j - i - 1);
            p.format = formatAt(i);
            p.position = basePosition + i;
            p.length = j - i;
            items.push_back(std::move(p));
            i = j;
            pending = i;
            continue;
        }
        ++i;
    }
    emitText(pending, n);
    return items;
}

std::optional<InlineItem> Compiler::parseToken(const QString &rawContent, int position, int length)
{
    const QString content = rawContent.trimmed();
    InlineItem item;
    item.position = position;
    item.length = length;
    auto sizeOf = [](const QString &text, double fallback) {
        if (text.isEmpty())
            return fallback;
        return QString(text).replace(u',', u'.').toDouble();
    };

    static const QRegularExpression blockStart(QStringLiteral("^bloc\\s*:\\s*(\\w*)$"));
    static const QRegularExpression blockEnd(QStringLiteral("^/\\s*bloc(?:\\s*:\\s*(\\w+))?$"));
    static const QRegularExpression caseMarker(QStringLiteral("^(/?)(MAJ|maj|min|MIN)$"));
    static const QRegularExpression aggregate(QStringLiteral("^(total|moyenne|nombre)\\s*:\\s*(\\w+)(?:\\.(\\w+))?$"));
    static const QRegularExpression barcode(
        QStringLiteral("^(codebarre|qrcode)\\s*:\\s*(\\w+)(?:\\.(\\w+))?(?:\\s*:\\s*(\\d+(?:[.,]\\d+)?))?$"));
    static const QRegularExpression logo(QStringLiteral("^logo(?:\\s*:\\s*(\\d+(?:[.,]\\d+)?))?$"));
    static const QRegularExpression field(QStringLiteral("^(\\w+)(?:\\.(\\w+))?(?:\\s*\\|\\s*(\\w+))?$"));

    if (content == u"bloc") {
        issue(position, length, Tr::tr("indiquez quel bloc répéter : « [bloc:nom_du_bloc] »."));
        return std::nullopt;
    }
    if (QRegularExpressionMatch m = blockStart.match(content); m.hasMatch()) {
        if (m.captured(1).isEmpty()) {
            issue(position, length, Tr::tr("indiquez quel bloc répéter : « [bloc:nom_du_bloc] »."));
            return std::nullopt;
        }
        item.kind = Kind::BlockStart;
        item.name = m.captured(1);
        return item;
    }
    if (QRegularExpressionMatch m = blockEnd.match(content); m.hasMatch()) {
        item.kind = Kind::BlockEnd;
        item.name = m.captured(1);
        return item;
    }
    if (QRegularExpressionMatch m = caseMarker.match(content); m.hasMatch()) {
        item.kind = m.captured(1).isEmpty() ? Kind::CaseStart : Kind::CaseEnd;
        item.caseMode = m.captured(2).compare(u"maj", Qt::CaseInsensitive) == 0 ? CaseMode::Upper : CaseMode::Lower;
        return item;
    }
    if (content == u"saut_de_page") {
        item.kind = Kind::PageBreak;
        return item;
    }
    if (QRegularExpressionMatch m = aggregate.match(content); m.hasMatch()) {
        item.kind = Kind::Aggregate;
        const QString what = m.captured(1);
        item.aggregate = what == u"total" ? InlineItem::AggregateKind::Sum
                       : what == u"moyenne" ? InlineItem::AggregateKind::Average
                                            : InlineItem::AggregateKind::Count;
        item.subTable = m.captured(2);
        item.name = m.captured(3);
        if (item.aggregate != InlineItem::AggregateKind::Count && item.name.isEmpty()) {
            issue(position, length, Tr::tr("indiquez la colonne à additionner : « [%1:%2.champ] ».")
                                        .arg(what, item.subTable));
            return std::nullopt;
        }
        if (item.aggregate == InlineItem::AggregateKind::Count && !item.name.isEmpty()) {
            issue(position, length, Tr::tr("« [nombre:...] » compte les lignes d'un bloc : écrivez « [nombre:%1] ».")
                                        .arg(item.subTable));
            return std::nullopt;
        }
        return item;
    }
    if (QRegularExpressionMatch m = barcode.match(content); m.hasMatch()) {
        const bool qr = m.captured(1) == u"qrcode";
        item.kind = qr ? Kind::QrCode : Kind::Barcode;
        if (m.captured(3).isEmpty()) {
            item.name = m.captured(2);
        } else {
            item.subTable = m.captured(2);
            item.name = m.captured(3);
        }
        item.sizeMm = sizeOf(m.captured(4), qr ? kDefaultQrSizeMm : kDefaultBarcodeHeightMm);
        if (item.sizeMm < 4 || item.sizeMm > 120) {
            issue(position, length, Tr::tr("taille de code %1 mm hors limites (de 4 à 120 mm).").arg(item.sizeMm));
            return std::nullopt;
        }
        return item;
    }
    if (QRegularExpressionMatch m = logo.match(content); m.hasMatch()) {
        item.kind = Kind::Logo;
        item.sizeMm = sizeOf(m.captured(1), kDefaultLogoHeightMm);
        if (item.sizeMm < 5 || item.sizeMm > 150) {
            issue(position, length, Tr::tr("hauteur de logo %1 mm hors limites (de 5 à 150 mm).").arg(item.sizeMm));
            return std::nullopt;
        }
        return item;
    }
    if (QRegularExpressionMatch m = field.match(content); m.hasMatch()) {
        item.kind = Kind::Field;
        if (m.captured(2).isEmpty()) {
            item.name = m.captured(1);
        } else {
            item.subTable = m.captured(1);
            item.name = m.captured(2);
        }
        const QString style = m.captured(3);
        if (!style.isEmpty()) {
            if (style != u"long") {
                issue(position, length, Tr::tr("présentation inconnue « |%1 » : seule « |long » existe (date en "
                                               "toutes lettres).").arg(style));
                return std::nullopt;
            }
            item.style = FieldFormatter::Style::Long;
        }
        return item;
    }
    issue(position, length, Tr::tr("%1 n'est pas un champ : un champ s'écrit « [nom] » avec des lettres, des "
                                   "chiffres ou « _ » (écrivez « [[ » pour imprimer un crochet).")
                                .arg(quoted(QStringLiteral("[%1]").arg(rawContent))));
    return std::nullopt;
}

void Compiler::pairInline(std::vector<InlineItem> &inlines)
{
    for (size_t i = 0; i < inlines.size(); ++i) {
        if (inlines[i].kind != Kind::BlockStart)
            continue;
        size_t j = i + 1;
        while (j < inlines.size() && inlines[j].kind != Kind::BlockEnd && inlines[j].kind != Kind::BlockStart)
            ++j;
        if (j >= inlines.size() || inlines[j].kind != Kind::BlockEnd)
            continue; // closes in a later paragraph or table cell, or not at all
        InlineItem repeat;
        repeat.kind = Kind::Repeat;
        repeat.subTable = inlines[i].name;
        repeat.position = inlines[i].position;
        repeat.length = inlines[i].length;
        if (!inlines[j].name.isEmpty() && inlines[j].name != inlines[i].name)
            issue(inlines[j].position, inlines[j].length,
                  Tr::tr("« [/bloc:%1] » ferme le bloc %2 : les noms doivent être identiques.")
                      .arg(inlines[j].name, quoted(inlines[i].name)));
        repeat.children.assign(std::make_move_iterator(inlines.begin() + qsizetype(i) + 1),
                               std::make_move_iterator(inlines.begin() + qsizetype(j)));
        inlines.erase(inlines.begin() + qsizetype(i), inlines.begin() + qsizetype(j) + 1);
        inlines.insert(inlines.begin() + qsizetype(i), std::move(repeat));
    }
}

std::vector<FlowNode> Compiler::resolveFlow(std::vector<FlowNode> nodes, std::vector<InlineItem> *leftovers)
{
    std::vector<FlowNode> out;
    auto markerIndex = [](const FlowNode &node, Kind kind) -> qsizetype {
        if (node.kind != FlowNode::Kind::Paragraph)
            return -1;
        for (size_t k = 0; k < node.inlines.size(); ++k)
            if (node.inlines[k].kind == kind)
                return qsizetype(k);
        return -1;
    };
    auto paragraphWith = [](const FlowNode &model, std::vector<InlineItem> inlines) {
        FlowNode p = model;
        p.inlines = std::move(inlines);
        return p;
    };
    auto isBlank = [](const std::vector<InlineItem> &inlines) {
        return std::all_of(inlines.begin(), inlines.end(), [](const InlineItem &i) { return i.isBlank(); });
    };

    for (size_t idx = 0; idx < nodes.size(); ++idx) {
        FlowNode &node = nodes[idx];
        if (node.kind == FlowNode::Kind::Table) {
            resolveTable(node);
            out.push_back(std::move(node));
            continue;
        }
        const qsizetype start = markerIndex(node, Kind::BlockStart);
        const qsizetype strayEnd = markerIndex(node, Kind::BlockEnd);
        if (strayEnd >= 0 && (start < 0 || strayEnd < start)) {
            // An end before any start in this flow: the row pairing of a table may still want it.
            std::vector<InlineItem> markers{node.inlines[size_t(strayEnd)]};
            node.inlines.erase(node.inlines.begin() + strayEnd);
            if (leftovers)
                leftovers->push_back(markers.front());
            --idx; // look at the rest of this paragraph again (unsigned wrap-around is well defined)
            continue;
        }
        if (start < 0) {
            out.push_back(std::move(node));
            continue;
        }
        // The block opens here and closes in a later paragraph of the same flow.
        size_t closing = idx + 1;
        qsizetype end = -1;
        bool nested = false;
        for (; closing < nodes.size(); ++closing) {
            if (markerIndex(nodes[closing], Kind::BlockStart) >= 0
                && (markerIndex(nodes[closing], Kind::BlockEnd) < 0
                    || markerIndex(nodes[closing], Kind::BlockStart) < markerIndex(nodes[closing], Kind::BlockEnd))) {
                nested = true;
                break;
            }
            end = markerIndex(nodes[closing], Kind::BlockEnd);
            if (end >= 0)
                break;
        }
        const InlineItem startMarker = node.inlines[size_t(start)];
        if (nested || end < 0) {
            if (nested) {
                const FlowNode &inner = nodes[closing];
                const InlineItem &innerStart = inner.inlines[size_t(markerIndex(inner, Kind::BlockStart))];
                issue(innerStart.position, innerStart.length,
                      Tr::tr("le bloc %1 s'ouvre avant la fin du bloc %2 : un bloc ne peut pas en contenir un "
                             "autre. Fermez d'abord le premier par « [/bloc] ».")
                          .arg(quoted(innerStart.name), quoted(startMarker.name)));
            } else if (leftovers) {
                leftovers->push_back(startMarker);
            }
            node.inlines.erase(node.inlines.begin() + start);
            --idx;
            continue;
        }
        FlowNode &closer = nodes[closing];
        const InlineItem endMarker = closer.inlines[size_t(end)];
        if (!endMarker.name.isEmpty() && endMarker.name != startMarker.name)
            issue(endMarker.position, endMarker.length,
                  Tr::tr("« [/bloc:%1] » ferme le bloc %2 : les noms doivent être identiques.")
                      .arg(endMarker.name, quoted(startMarker.name)));
        std::vector<InlineItem> before(node.inlines.begin(), node.inlines.begin() + start);
        std::vector<InlineItem> after(node.inlines.begin() + start + 1, node.inlines.end());
        std::vector<InlineItem> closerBefore(closer.inlines.begin(), closer.inlines.begin() + end);
        std::vector<InlineItem> closerAfter(closer.inlines.begin() + end + 1, closer.inlines.end());

        if (!isBlank(before))
            out.push_back(paragraphWith(node, std::move(before)));
        FlowNode repeat;
        repeat.kind = FlowNode::Kind::Repeat;
        repeat.subTable = startMarker.name;
        repeat.position = startMarker.position;
        std::vector<FlowNode> body;
        if (!isBlank(after))
            body.push_back(paragraphWith(node, std::move(after)));
        for (size_t k = idx + 1; k < closing; ++k)
            body.push_back(std::move(nodes[k]));
        if (!isBlank(closerBefore))
            body.push_back(paragraphWith(closer, std::move(closerBefore)));
        std::vector<InlineItem> innerLeftovers;
        repeat.children = resolveFlow(std::move(body), &innerLeftovers);
        for (const InlineItem &m : innerLeftovers)
            issue(m.position, m.length, Tr::tr("« [/bloc] » ne ferme aucun bloc ouvert avant lui."));
        out.push_back(std::move(repeat));
        if (!isBlank(closerAfter)) {
            // What follows the end marker is processed as a paragraph of its own.
            nodes[closing] = paragraphWith(closer, std::move(closerAfter));
            idx = closing - 1;
        } else {
            idx = closing;
        }
    }
    return out;
}

void Compiler::resolveTable(FlowNode &table)
{
    bool headerAboveRepeat = false;
    int rowIndex = 0;
    for (TableRowNode &row : table.rows) {
        std::vector<InlineItem> rowMarkers;
        for (TableCellNode &cell : row.cells) {
            std::vector<InlineItem> cellLeftovers;
            cell.content = resolveFlow(std::move(cell.content), &cellLeftovers);
            rowMarkers.insert(rowMarkers.end(), cellLeftovers.begin(), cellLeftovers.end());
        }
        if (rowMarkers.empty()) {
            ++rowIndex;
            continue;
        }
        if (rowMarkers.size() == 2 && rowMarkers[0].kind == Kind::BlockStart && rowMarkers[1].kind == Kind::BlockEnd) {
            if (!rowMarkers[1].name.isEmpty() && rowMarkers[1].name != rowMarkers[0].name)
                issue(rowMarkers[1].position, rowMarkers[1].length,
                      Tr::tr("« [/bloc:%1] » ferme le bloc %2 : les noms doivent être identiques.")
                          .arg(rowMarkers[1].name, quoted(rowMarkers[0].name)));
            row.repeat = rowMarkers[0].name;
            row.repeatPosition = rowMarkers[0].position;
            row.repeatLength = rowMarkers[0].length;
            if (rowIndex > 0 && !headerAboveRepeat && table.tableFormat.headerRowCount() == 0) {
                // The rows above the first repeated one are its column titles: repeat them on
                // each page the table spans.
                table.tableFormat.setHeaderRowCount(rowIndex);
            }
            headerAboveRepeat = true;
            ++rowIndex;
            continue;
        }
        for (const InlineItem &m : rowMarkers) {
            if (m.kind == Kind::BlockStart)
                issue(m.position, m.length,
                      Tr::tr("le bloc %1 n'est pas fermé dans la même ligne du tableau. Placez « [/bloc] » dans "
                             "la dernière cellule de la ligne à répéter.").arg(quoted(m.name)));
            else
                issue(m.position, m.length, Tr::tr("« [/bloc] » ne ferme aucun bloc ouvert dans cette ligne du "
                                                   "tableau."));
        }
        ++rowIndex;
    }
}

bool Compiler::checkSubTable(const QString &name, const QString &scope, int position, int length)
{
    if (!scope.isEmpty()) {
        issue(position, length, Tr::tr("le bloc %1 est à l'intérieur du bloc %2 : un bloc ne peut pas en contenir "
                                       "un autre.").arg(quoted(name), quoted(scope)));
        return false;
    }
    if (m_schema.subTable(name))
        return true;
    QStringList names;
    for (const SubTableDefinition &s : m_schema.subTables())
        names.append(s.name);
    issue(position, length,
          names.isEmpty() ? Tr::tr("bloc inconnu %1 : la source « %2 » ne propose aucun bloc à répéter.")
                                .arg(quoted(name), m_schema.label())
                          : Tr::tr("bloc inconnu %1. Blocs de la source « %2 » : %3.")
                                .arg(quoted(name), m_schema.label(), names.join(QStringLiteral(", "))));
    return false;
}

bool Compiler::resolveField(InlineItem &item, const QString &scope)
{
    const QString shown = item.subTable.isEmpty() ? item.name : item.subTable + u'.' + item.name;
    if (!item.subTable.isEmpty()) {
        const SubTableDefinition *sub = m_schema.subTable(item.subTable);
        if (!sub) {
            issue(item.position, item.length, Tr::tr("champ inconnu %1 : la source « %2 » n'a pas de bloc %3.")
                                                  .arg(quoted(QStringLiteral("[%1]").arg(shown)), m_schema.label(),
                                                       quoted(item.subTable)));
            return false;
        }
        if (scope != item.subTable) {
            issue(item.position, item.length,
                  Tr::tr("le champ %1 est une colonne du bloc %2 : placez-le entre « [bloc:%2] » et « [/bloc] ».")
                      .arg(quoted(QStringLiteral("[%1]").arg(shown)), sub->name));
            return false;
        }
        const FieldDefinition *f = sub->field(item.name);
        if (!f) {
            issue(item.position, item.length, Tr::tr("champ inconnu %1 : le bloc %2 n'a pas cette colonne.")
                                                  .arg(quoted(QStringLiteral("[%1]").arg(shown)), quoted(sub->name)));
            return false;
        }
        item.fieldType = f->type;
        return true;
    }
    if (!scope.isEmpty()) {
        if (const FieldDefinition *f = m_schema.subTable(scope) ? m_schema.subTable(scope)->field(item.name) : nullptr) {
            item.subTable = scope;
            item.fieldType = f->type;
            return true;
        }
    }
    if (const FieldDefinition *f = m_schema.field(item.name)) {
        item.fieldType = f->type;
        return true;
    }
    if (const SubTableDefinition *owner = m_schema.subTableOwning(item.name)) {
        issue(item.position, item.length,
              Tr::tr("le champ %1 est une colonne du bloc %2 : placez-le entre « [bloc:%2] » et « [/bloc] ».")
                  .arg(quoted(QStringLiteral("[%1]").arg(shown)), owner->name));
        return false;
    }
    issue(item.position, item.length,
          Tr::tr("champ inconnu %1. Choisissez un champ de la source « %2 » dans la liste des champs disponibles.")
              .arg(quoted(QStringLiteral("[%1]").arg(shown)), m_schema.label()));
    return false;
}

void Compiler::validateInlines(std::vector<InlineItem> &items, const QString &scope)
{
    std::vector<const InlineItem *> caseStack;
    for (InlineItem &item : items) {
        switch (item.kind) {
        case Kind::Field:
            resolveField(item, scope);
            break;
        case Kind::Barcode:
        case Kind::QrCode:
            if (resolveField(item, scope) && item.style != FieldFormatter::Style::Default)
                item.style = FieldFormatter::Style::Default;
            break;
        case Kind::Parameter:
            if (!m_parameters.contains(item.name)) {
                QStringList shown;
                for (const QString &p : m_parameters)
                    shown.append(u'&' + p);
                issue(item.position, item.length,
                      Tr::tr("paramètre inconnu « &%1 ». Paramètres disponibles : %2. Écrivez « && » pour "
                             "imprimer le signe « & ».").arg(item.name, shown.join(QStringLiteral(", "))));
            } else if (!usedParameters.contains(item.name)) {
                usedParameters.append(item.name);
            }
            break;
        case Kind::Aggregate: {
            const SubTableDefinition *sub = m_schema.subTable(item.subTable);
            if (!sub) {
                checkSubTable(item.subTable, {}, item.position, item.length);
                break;
            }
            if (item.aggregate == InlineItem::AggregateKind::Count) {
                item.fieldType = FieldType::Integer;
                break;
            }
            const FieldDefinition *f = sub->field(item.name);
            if (!f) {
                issue(item.position, item.length, Tr::tr("colonne inconnue %1 dans le bloc %2.")
                                                      .arg(quoted(item.name), quoted(sub->name)));
            } else if (!f->isNumeric()) {
                issue(item.position, item.length, Tr::tr("la colonne %1 du bloc %2 n'est pas un nombre : elle ne "
                                                         "peut pas être additionnée.")
                                                      .arg(quoted(item.name), quoted(sub->name)));
            } else {
                item.fieldType = item.aggregate == InlineItem::AggregateKind::Average && f->type == FieldType::Integer
                                     ? FieldType::Decimal
                                     : f->type;
            }
            break;
        }
        case Kind::Logo:
            usesLogo = true;
            break;
        case Kind::CaseStart:
            caseStack.push_back(&item);
            break;
        case Kind::CaseEnd:
            if (caseStack.empty() || caseStack.back()->caseMode != item.caseMode) {
                const QString name = item.caseMode == CaseMode::Upper ? QStringLiteral("MAJ") : QStringLiteral("min");
                issue(item.position, item.length, Tr::tr("« [/%1] » ne ferme aucun « [%1] » ouvert dans ce paragraphe.")
                                                      .arg(name));
            } else {
                caseStack.pop_back();
            }
            break;
        case Kind::Repeat:
            if (checkSubTable(item.subTable, scope, item.position, item.length))
                validateInlines(item.children, item.subTable);
            break;
        default:
            break;
        }
    }
    for (const InlineItem *open : caseStack) {
        const QString name = open->caseMode == CaseMode::Upper ? QStringLiteral("MAJ") : QStringLiteral("min");
        issue(open->position, open->length,
              Tr::tr("« [%1] » n'est pas fermé : ajoutez « [/%1] » dans le même paragraphe.").arg(name));
    }
}

void Compiler::validateFlow(std::vector<FlowNode> &nodes, const QString &scope)
{
    for (FlowNode &node : nodes) {
        switch (node.kind) {
        case FlowNode::Kind::Paragraph:
            validateInlines(node.inlines, scope);
            break;
        case FlowNode::Kind::Repeat:
            if (checkSubTable(node.subTable, scope, node.position, 1))
                validateFlow(node.children, node.subTable);
            break;
        case FlowNode::Kind::Table:
            for (TableRowNode &row : node.rows) {
                QString rowScope = scope;
                if (!row.repeat.isEmpty() && checkSubTable(row.repeat, scope, row.repeatPosition, row.repeatLength))
                    rowScope = row.repeat;
                for (TableCellNode &cell : row.cells)
                    validateFlow(cell.content, rowScope);
            }
            break;
        }
    }
}

} // namespace

QStringList TemplateCompiler::builtinParameters()
{
    return {QStringLiteral("aujourdhui"), QStringLiteral("aujourdhui_long"), QStringLiteral("ville"),
            QStringLiteral("commune"),    QStringLiteral("de_ville"),        QStringLiteral("code_insee"),
            QStringLiteral("departement")};
}

TemplateCompilation TemplateCompiler::compile(const DocumentTemplate &documentTemplate, const DataSourceSchema &schema,
                                              const QStringList &knownParameters)
{
    std::unique_ptr<QTextDocument> document = documentTemplate.createTextDocument();
    return compile(documentTemplate, *document, schema, knownParameters);
}

TemplateCompilation TemplateCompiler::compile(const DocumentTemplate &documentTemplate, const QTextDocument &body,
                                              const DataSourceSchema &schema, const QStringList &knownParameters)
{
    TemplateCompilation result;
    QStringList parameters = builtinParameters();
    for (const QString &p : knownParameters)
        if (!parameters.contains(p))
            parameters.append(p);
    Compiler compiler(schema, parameters, result.issues);
    auto compiled = std::make_shared<CompiledTemplate>();
    compiled->body = compiler.compileDocument(body);
    QList<TemplateIssue> bodyIssues = result.issues;
    result.issues.clear();
    compiled->footer = compiler.compileFooter(documentTemplate.footer);
    result.issues = bodyIssues + result.issues;
    if (!result.issues.isEmpty())
        return result;
    compiled->source = documentTemplate;
    compiled->schema = schema;
    compiled->defaultFont = body.defaultFont();
    compiled->parameters = compiler.usedParameters;
    compiled->usesLogo = compiler.usesLogo;
    result.compiled = std::move(compiled);
    return result;
}

} // namespace OpenMairie::Documents
