#pragma once

#include "DataSourceSchema.h"
#include "DocumentTemplate.h"
#include "FieldFormatter.h"

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextListFormat>
#include <QTextTableCellFormat>
#include <QTextTableFormat>

#include <vector>

namespace OpenMairie::Documents {

enum class CaseMode { None, Upper, Lower };

// One piece of a paragraph: literal text or something merged at print time.
struct OPENMAIRIE_CORE_EXPORT InlineItem
{
    enum class Kind {
        Text,       // text: the literal
        Image,      // a picture of the template itself (format is a QTextImageFormat)
        Field,      // name, subTable when it comes from the current block's row
        Parameter,  // name: &maire, &aujourdhui...
        Aggregate,  // aggregate over subTable.name ([total:...], [moyenne:...], [nombre:...])
        Barcode,    // Code 128 of field name, sizeMm high
        QrCode,     // QR code of field name, sizeMm wide
        Logo,       // the commune's logo, sizeMm high
        CaseStart,  // caseMode until the matching CaseEnd
        CaseEnd,
        PageBreak,
        Repeat,     // children repeated for each row of subTable (block inside one paragraph)
        BlockStart, // markers, only while compiling
        BlockEnd,
    };
    enum class AggregateKind { Sum, Average, Count };

    Kind kind = Kind::Text;
    QTextCharFormat format;
    QString text;
    QString name;
    QString subTable;
    FieldType fieldType = FieldType::Text;
    FieldFormatter::Style style = FieldFormatter::Style::Default;
    AggregateKind aggregate = AggregateKind::Count;
    double sizeMm = 0;
    CaseMode caseMode = CaseMode::None;
    std::vector<InlineItem> children;
    int position = -1; // in the template document, for diagnostics
    int length = 0;

    bool isBlank() const; // whitespace text only, or an empty marker
};

struct FlowNode;

struct OPENMAIRIE_CORE_EXPORT TableCellNode
{
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QTextTableCellFormat format;
    std::vector<FlowNode> content;
};

struct OPENMAIRIE_CORE_EXPORT TableRowNode
{
    std::vector<TableCellNode> cells;
    QString repeat; // sub-table whose rows each repeat this table row
    int repeatPosition = -1;
    int repeatLength = 0;
};

// A paragraph, a table, or paragraphs and tables repeated for each row of a sub-table.
struct OPENMAIRIE_CORE_EXPORT FlowNode
{
    enum class Kind { Paragraph, Table, Repeat };

    Kind kind = Kind::Paragraph;
    // Paragraph
    QTextBlockFormat blockFormat;
    QTextCharFormat blockCharFormat;
    std::vector<InlineItem> inlines;
    int listId = -1; // paragraphs of one template list share it
    QTextListFormat listFormat;
    // Table
    QTextTableFormat tableFormat;
    int columns = 0;
    std::vector<TableRowNode> rows;
    // Repeat
    QString subTable;
    std::vector<FlowNode> children;
    int position = -1;
};

// A template checked against its data source and ready to merge any number of records.
// Immutable once compiled: one instance serves a whole batch, in a worker thread.
class OPENMAIRIE_CORE_EXPORT CompiledTemplate
{
public:
    DocumentTemplate source;
    DataSourceSchema schema;
    std::vector<FlowNode> body;
    std::vector<InlineItem> footer;
    QFont defaultFont;
    QStringList parameters; // the &parametres the template uses, for the missing-value warnings
    bool usesLogo = false;
};

} // namespace OpenMairie::Documents
