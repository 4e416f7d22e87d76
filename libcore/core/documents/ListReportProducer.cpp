#include "ListReportProducer.h"

#include "CommuneParameters.h"
#include "FieldFormatter.h"
#include "ListPagePlanner.h"
#include "PageDecorator.h"
#include "PageSink.h"
#include "TextCellLayout.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>

#include <cmath>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::ListReportProducer)
};

constexpr double kPaddingXMm = 1.2;
constexpr double kPaddingYMm = 0.8;
constexpr double kFooterHeightMm = 6;
constexpr double kGapMm = 2;
constexpr int kProgressEvery = 256;

// One read snapshot for the counting pass and the painting pass.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db) : m_db(db)
    {
        if (!db.isOpen())
            return;
        const bool postgres = db.driverName() == u"QPSQL";
        QSqlQuery q(m_db);
        m_active = q.exec(postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                   : QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot()
    {
        if (m_active) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("COMMIT"));
        }
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

struct GroupPlan
{
    qint64 rows = 0;
    int pages = 0;
};

struct Column
{
    ListColumn spec;
    int sourceIndex = -1; // -1: blank box or row number
    bool isRowNumber = false;
    double x = 0;
    double width = 0;
};

// One run of the paginator on one device: geometry in device units, the two passes.
class ListRun
{
public:
    ListRun(const ListLayout &layout, const ListHeader &header, PageSink &sink, const ProductionContext &context,
            ProductionReport &report)
        : m_layout(layout)
        , m_header(header)
        , m_sink(sink)
        , m_context(context)
        , m_report(report)
        , m_k(sink.dotsPerMm())
        , m_bodyFont(PageDecorator::font(layout.fontFamily, layout.fontSizePt))
        , m_boldFont(PageDecorator::font(layout.fontFamily, layout.fontSizePt, true))
        , m_cell(m_bodyFont, sink.device())
        , m_boldCell(m_boldFont, sink.device())
    {
    }

    Core::Status run(ListRowSource &source);

private:
    void computeGeometry();
    Core::Status bindColumns(ListRowSource &source);
    Core::Status plan(ListRowSource &source);
    Core::Status paint(ListRowSource &source);

    double measureRow(ListRowSource &source, qint64 rowNumber);
    std::vector<double> endOfGroupBlocks(qint64 rows) const;
    double closingHeight(qint64 rows) const;
    double signatureHeight() const;
    double totalsHeight() const;
    bool signaturesAfterEachGroup() const;
    bool signaturesAtEnd() const;

    // Painting.
    void startPage(const QString &section, bool continued, bool recap);
    void finishPage();
    void drawHeader(const QString &section, bool continued, bool recap);
    void drawColumnTitles(bool recap);
    void ensureColumnTitles();
    void drawRow(ListRowSource &source, qint64 rowNumber, double height);
    void drawTotals(const QString &label, qint64 rows, const QList<double> &sums);
    void drawClosing(qint64 rows);
    void drawSignatures();
    void drawEmptyNotice();
    void drawRecapRow(const QString &label, qint64 rows, const QList<double> &sums, bool grandTotal);
    void placeBlock(ListPagePlanner &planner, double height, const QString &section, bool recap);
    QString sectionTitle(const QString &group) const;
    QString formatted(const QVariant &value, const ListColumn &column) const;

    const ListLayout &m_layout;
    const ListHeader &m_header;
    PageSink &m_sink;
    const ProductionContext &m_context;
    ProductionReport &m_report;
    const double m_k; // device units per millimetre
    QFont m_bodyFont;
    QFont m_boldFont;
    TextCellLayout m_cell;
    TextCellLayout m_boldCell;
    std::vector<std::unique_ptr<TextCellLayout>> m_rowLayouts; // QTextLayout cannot be copied

    // Geometry (device units).
    QRectF m_content;
    double m_headerHeight = 0;
    double m_titlesHeight = 0;
    double m_bodyTop = 0;
    double m_bodyHeight = 0;
    QRectF m_footer;
    double m_padX = 0;
    double m_padY = 0;
    double m_fixedRowHeight = 0;
    std::vector<Column> m_columns;
    int m_groupIndex = -1;

    // Plan.
    QHash<QString, GroupPlan> m_plans;
    QStringList m_groupOrder; // paint order, for the recapitulation
    qint64 m_totalRows = 0;
    int m_totalPages = 0;
    int m_recapPages = 0;
    bool m_groups = false;

    // Painting state.
    std::unique_ptr<ListPagePlanner> m_planner;
    double m_y = 0;
    double m_tableTop = 0;
    double m_tableBottomOnPage = 0;
    bool m_titlesDrawn = false;
    bool m_pageOpen = false;
    QString m_pageSection;
    bool m_pageIsRecap = false;
    int m_pageInSection = 0;
    int m_sectionPages = 0;
    qint64 m_truncatedRows = 0;
};

QString ListRun::formatted(const QVariant &value, const ListColumn &column) const
{
    return FieldFormatter::format(value, column.type);
}

bool ListRun::signaturesAfterEachGroup() const
{
    return !m_layout.signatures.isEmpty()
        && (m_layout.signaturePlacement == ListLayout::SignaturePlacement::EndOfGroup || !m_groups);
}

bool ListRun::signaturesAtEnd() const
{
    return !m_layout.signatures.isEmpty() && m_groups
        && m_layout.signaturePlacement == ListLayout::SignaturePlacement::EndOfDocument;
}

void ListRun::computeGeometry()
{
    const double k = m_k;
    m_content = m_sink.mmRect(m_layout.page.contentRectMm());
    m_padX = kPaddingXMm * k;
    m_padY = kPaddingYMm * k;

    const QPaintDevice *device = m_sink.device();
    const double small = QFontMetricsF(PageDecorator::font(QStringLiteral("DejaVu Sans"), 7, true), device).lineSpacing();
    const double commune = QFontMetricsF(PageDecorator::font(QStringLiteral("DejaVu Sans"), 10, true), device).lineSpacing();
    const double title = QFontMetricsF(PageDecorator::font(QStringLiteral("DejaVu Sans"), 13, true), device).lineSpacing();
    const double subtitle = QFontMetricsF(PageDecorator::font(QStringLiteral("DejaVu Sans"), 9.5), device).lineSpacing();
    const double group = QFontMetricsF(PageDecorator::font(QStringLiteral("DejaVu Sans"), 9.5, true), device).lineSpacing();
    m_headerHeight = 2 * small + commune + kGapMm * k + title;
    if (!m_layout.subtitle.isEmpty() || !m_header.subtitle.isEmpty())
        m_headerHeight += subtitle;
    if (m_groups)
        m_headerHeight += kGapMm * k + group;
    m_headerHeight += kGapMm * k;
    m_titlesHeight = 2 * m_boldCell.lineSpacing() + 2 * m_padY;
    m_bodyTop = m_content.top() + m_headerHeight + m_titlesHeight;
    m_footer = QRectF(m_content.left(), m_content.bottom() - kFooterHeightMm * k, m_content.width(), kFooterHeightMm * k);
    m_bodyHeight = m_footer.top() - kGapMm * k - m_bodyTop;

    m_columns.clear();
    double totalWeight = 0;
    if (m_layout.rowNumbers) {
        Column c;
        c.spec.title = m_layout.rowNumberTitle;
        c.spec.weight = 0;
        c.spec.alignment = Qt::AlignRight;
        c.isRowNumber = true;
        m_columns.push_back(c);
    }
    for (const ListColumn &spec : m_layout.columns) {
        Column c;
        c.spec = spec;
        m_columns.push_back(c);
        totalWeight += spec.weight;
    }
    // The row number column is as wide as « 99999 » plus padding.
    const double numberWidth = m_layout.rowNumbers
        ? QFontMetricsF(m_bodyFont, device).horizontalAdvance(QStringLiteral("99999")) + 2 * m_padX
        : 0;
    const double rest = m_content.width() - numberWidth;
    double x = m_content.left();
    for (Column &c : m_columns) {
        c.x = x;
        c.width = c.isRowNumber ? numberWidth : rest * c.spec.weight / totalWeight;
        x += c.width;
    }
    m_fixedRowHeight = m_layout.rowHeightMm * k;
    m_rowLayouts.clear();
    m_rowLayouts.reserve(m_columns.size());
    for (size_t i = 0; i < m_columns.size(); ++i)
        m_rowLayouts.push_back(std::make_unique<TextCellLayout>(m_bodyFont, m_sink.device()));
}

Core::Status ListRun::bindColumns(ListRowSource &source)
{
    for (Column &c : m_columns) {
        if (c.isRowNumber || c.spec.field.isEmpty())
            continue;
        c.sourceIndex = source.columnIndex(c.spec.field);
        if (c.sourceIndex < 0)
            return Error(Tr::tr("La colonne « %1 » de la liste « %2 » attend le champ « %3 », absent de la requête "
                                "qui fournit les lignes.").arg(c.spec.title, m_layout.title, c.spec.field),
                         {}, Error::Kind::InvalidInput);
    }
    m_groupIndex = -1;
    if (m_layout.hasGroups()) {
        m_groupIndex = source.columnIndex(m_layout.groupField);
        if (m_groupIndex < 0)
            return Error(Tr::tr("La liste « %1 » est regroupée par « %2 », champ absent de la requête qui fournit les "
                                "lignes.").arg(m_layout.title, m_layout.groupField), {}, Error::Kind::InvalidInput);
    }
    return {};
}

double ListRun::measureRow(ListRowSource &source, qint64 rowNumber)
{
    double lines = 1;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const Column &c = m_columns[i];
        QString text;
        if (c.isRowNumber)
            text = QString::number(rowNumber);
        else if (c.sourceIndex >= 0)
            text = formatted(source.value(c.sourceIndex), c.spec);
        m_rowLayouts[i]->layout(text, c.width - 2 * m_padX, c.spec.alignment);
        lines = std::max<double>(lines, m_rowLayouts[i]->lineCount());
    }
    const double natural = lines * m_cell.lineSpacing() + 2 * m_padY;
    const double height = std::max(natural, m_fixedRowHeight);
    // A row taller than a page is cut to the page: the planner and the painter both see this height.
    return std::min(height, m_bodyHeight);
}

double ListRun::totalsHeight() const
{
    return m_layout.totals ? std::max(m_boldCell.lineSpacing() + 2 * m_padY, 6 * m_k) : 0;
}

double ListRun::closingHeight(qint64 rows) const
{
    if (m_layout.closingText.isEmpty())
        return 0;
    TextCellLayout layout(PageDecorator::font(QStringLiteral("DejaVu Sans"), 9), m_sink.device());
    layout.layout(m_layout.closingText.arg(rows), m_content.width(), Qt::AlignLeft);
    return layout.height() + kGapMm * m_k * 2;
}

double ListRun::signatureHeight() const
{
    if (m_layout.signatures.isEmpty())
        return 0;
    double boxes = 0;
    for (const SignatureBox &b : m_layout.signatures)
        boxes = std::max(boxes, b.heightMm * m_k);
    const double placeLine = m_layout.placeAndDate
        ? QFontMetricsF(PageDecorator::font(QStringLiteral("DejaVu Sans"), 9), m_sink.device()).lineSpacing() + kGapMm * m_k
        : 0;
    return kGapMm * m_k * 2 + placeLine + boxes;
}

std::vector<double> ListRun::endOfGroupBlocks(qint64 rows) const
{
    std::vector<double> blocks;
    if (rows == 0)
        blocks.push_back(std::max(m_fixedRowHeight, m_cell.lineSpacing() + 2 * m_padY)); // « Aucun enregistrement »
    if (m_layout.totals)
        blocks.push_back(totalsHeight());
    if (!m_layout.closingText.isEmpty())
        blocks.push_back(closingHeight(rows));
    if (signaturesAfterEachGroup())
        blocks.push_back(signatureHeight());
    return blocks;
}

Core::Status ListRun::plan(ListRowSource &source)
{
    // The body height depends on the header, which depends on whether there are groups: the
    // planner is made once the geometry is known.
    std::unique_ptr<ListPagePlanner> plannerPtr;
    const bool fixed = m_layout.rowHeight == ListLayout::RowHeight::Fixed;
    if (fixed) {
        // Count first: the database counts the rows of each group, no row is read.
        Core::Result<QHash<QString, qint64>> counts = source.countByGroup(m_context.db, m_layout.groupField);
        if (!counts)
            return counts.error();
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            m_totalRows += it.value();
        m_groups = m_layout.hasGroups() && m_totalRows > 0;
        computeGeometry();
        plannerPtr = std::make_unique<ListPagePlanner>(m_bodyHeight);
        ListPagePlanner &planner = *plannerPtr;
        if (!m_groups) {
            planner.beginSection();
            for (qint64 i = 0; i < m_totalRows; ++i)
                planner.place(m_fixedRowHeight);
            for (double h : endOfGroupBlocks(m_totalRows))
                planner.place(h);
            m_plans.insert(QString(), {m_totalRows, planner.endSection()});
        } else {
            for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
                if (m_context.isCancelled())
                    return DocumentProducer::cancelledError();
                planner.beginSection();
                for (qint64 i = 0; i < it.value(); ++i)
                    planner.place(m_fixedRowHeight);
                for (double h : endOfGroupBlocks(it.value()))
                    planner.place(h);
                m_plans.insert(it.key(), {it.value(), planner.endSection()});
            }
        }
    } else {
        // Growing rows: read the cursor once and measure each row.
        // Groups are known only while reading: lay the header out as if there were groups, then
        // check below that there were rows.
        m_groups = m_layout.hasGroups();
        computeGeometry();
        if (Core::Status s = source.open(m_context.db); !s)
            return s;
        if (Core::Status s = bindColumns(source); !s)
            return s;
        plannerPtr = std::make_unique<ListPagePlanner>(m_bodyHeight);
        ListPagePlanner &planner = *plannerPtr;
        QString current;
        bool inSection = false;
        qint64 rowsInSection = 0;
        QSet<QString> seen;
        while (true) {
            Core::Result<bool> more = source.next();
            if (!more)
                return more.error();
            if (!more.value())
                break;
            if (m_context.isCancelled())
                return DocumentProducer::cancelledError();
            const QString group = m_groupIndex >= 0 ? source.value(m_groupIndex).toString() : QString();
            if (!inSection || group != current) {
                if (inSection) {
                    for (double h : endOfGroupBlocks(rowsInSection))
                        planner.place(h);
                    m_plans.insert(current, {rowsInSection, planner.endSection()});
                }
                if (seen.contains(group))
                    return Error(Tr::tr("Les lignes de la liste « %1 » ne sont pas triées par « %2 » : la valeur « %3 » "
                                        "revient après une autre. Triez la requête par ce champ d'abord.")
                                     .arg(m_layout.title, m_layout.groupField, group));
                seen.insert(group);
                current = group;
                inSection = true;
                rowsInSection = 0;
                planner.beginSection();
            }
            ++rowsInSection;
            ++m_totalRows;
            planner.place(measureRow(source, rowsInSection));
        }
        source.close();
        if (m_totalRows == 0) {
            m_groups = false;
            computeGeometry();
            ListPagePlanner empty(m_bodyHeight);
            empty.beginSection();
            for (double h : endOfGroupBlocks(0))
                empty.place(h);
            m_plans.insert(QString(), {0, empty.endSection()});
            m_totalPages = empty.totalPages();
            return {};
        }
        for (double h : endOfGroupBlocks(rowsInSection))
            planner.place(h);
        m_plans.insert(current, {rowsInSection, planner.endSection()});
    }
    ListPagePlanner &planner = *plannerPtr;
    if (m_groups) {
        // The recapitulation: one line per group, the grand total, the final signatures.
        planner.beginSection();
        const double recapRow = std::max(m_cell.lineSpacing() + 2 * m_padY, 6 * m_k);
        for (qsizetype i = 0; i < m_plans.size(); ++i)
            planner.place(recapRow);
        planner.place(recapRow);
        if (signaturesAtEnd())
            planner.place(signatureHeight());
        m_recapPages = planner.endSection();
    }
    m_totalPages = planner.totalPages();
    return {};
}

QString ListRun::sectionTitle(const QString &group) const
{
    const QString value = group.isEmpty() ? Tr::tr("(sans valeur)") : group;
    return m_layout.groupLabel.isEmpty() ? value : Tr::tr("%1 : %2").arg(m_layout.groupLabel, value);
}

void ListRun::drawHeader(const QString &section, bool continued, bool recap)
{
    QPainter &p = m_sink.painter();
    const double k = m_k;
    double x = m_content.left();
    double y = m_content.top();
    const QPaintDevice *device = m_sink.device();
    if (!m_header.logo.isNull()) {
        const double h = 14 * k;
        const double w = h * m_header.logo.width() / std::max(1, m_header.logo.height());
        p.drawImage(QRectF(x, y, w, h), m_header.logo);
        x += w + 3 * k;
    }
    const QFont smallBold = PageDecorator::font(QStringLiteral("DejaVu Sans"), 7, true);
    const QFont small = PageDecorator::font(QStringLiteral("DejaVu Sans"), 7);
    const QFont communeFont = PageDecorator::font(QStringLiteral("DejaVu Sans"), 10, true);
    const double smallLine = QFontMetricsF(smallBold, device).lineSpacing();
    const double communeLine = QFontMetricsF(communeFont, device).lineSpacing();
    p.setPen(Qt::black);
    p.setFont(smallBold);
    p.drawText(QRectF(x, y, m_content.right() - x, smallLine), Qt::AlignLeft | Qt::AlignTop,
               Tr::tr("RÉPUBLIQUE FRANÇAISE"));
    p.setFont(communeFont);
    p.drawText(QRectF(x, y + smallLine, m_content.right() - x, communeLine), Qt::AlignLeft | Qt::AlignTop,
               ListReportProducer::communeTitle(m_header.communeName));
    p.setFont(small);
    if (!m_header.codeInsee.isEmpty())
        p.drawText(QRectF(x, y + smallLine + communeLine, m_content.right() - x, smallLine), Qt::AlignLeft | Qt::AlignTop,
                   Tr::tr("Code INSEE %1").arg(m_header.codeInsee));
    const QString printed = m_header.printedBy.isEmpty()
        ? Tr::tr("Édité le %1 à %2").arg(m_header.printedAt.date().toString(QStringLiteral("dd/MM/yyyy")),
                                         m_header.printedAt.time().toString(QStringLiteral("HH'h'mm")))
        : Tr::tr("Édité le %1 à %2 par %3").arg(m_header.printedAt.date().toString(QStringLiteral("dd/MM/yyyy")),
                                                m_header.printedAt.time().toString(QStringLiteral("HH'h'mm")),
                                                m_header.printedBy);
    p.drawText(QRectF(m_content.left(), y, m_content.width(), smallLine), Qt::AlignRight | Qt::AlignTop, printed);
    y += 2 * smallLine + communeLine + kGapMm * k;

    const QFont titleFont = PageDecorator::font(QStringLiteral("DejaVu Sans"), 13, true);
    const double titleLine = QFontMetricsF(titleFont, device).lineSpacing();
    p.setFont(titleFont);
    static const QLocale french(QLocale::French, QLocale::France);
    p.drawText(QRectF(m_content.left(), y, m_content.width(), titleLine), Qt::AlignHCenter | Qt::AlignTop,
               french.toUpper(m_layout.title));
    y += titleLine;
    const QString subtitle = m_header.subtitle.isEmpty() ? m_layout.subtitle : m_header.subtitle;
    if (!subtitle.isEmpty()) {
        const QFont subFont = PageDecorator::font(QStringLiteral("DejaVu Sans"), 9.5);
        const double subLine = QFontMetricsF(subFont, device).lineSpacing();
        p.setFont(subFont);
        p.drawText(QRectF(m_content.left(), y, m_content.width(), subLine), Qt::AlignHCenter | Qt::AlignTop, subtitle);
        y += subLine;
    }
    if (m_groups) {
        y += kGapMm * k;
        const QFont groupFont = PageDecorator::font(QStringLiteral("DejaVu Sans"), 9.5, true);
        const double groupLine = QFontMetricsF(groupFont, device).lineSpacing();
        p.setFont(groupFont);
        QString text = recap ? Tr::tr("Récapitulatif") : sectionTitle(section);
        if (continued)
            text += u' ' + Tr::tr("(suite)");
        p.drawText(QRectF(m_content.left(), y, m_content.width(), groupLine), Qt::AlignLeft | Qt::AlignTop, text);
    }
}

void ListRun::ensureColumnTitles()
{
    // Drawn with the first row of a page: a page that only closes the list (signatures) shows no
    // empty table.
    if (m_titlesDrawn)
        return;
    drawColumnTitles(m_pageIsRecap);
    m_titlesDrawn = true;
}

void ListRun::drawColumnTitles(bool recap)
{
    QPainter &p = m_sink.painter();
    const double top = m_bodyTop - m_titlesHeight;
    m_tableTop = top;
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xE4, 0xE4, 0xE4));
    p.drawRect(QRectF(m_content.left(), top, m_content.width(), m_titlesHeight));
    p.restore();
    p.setPen(QPen(Qt::black, 0.15 * m_k));
    p.setFont(m_boldFont);
    auto title = [&](double x, double width, const QString &text, Qt::Alignment alignment) {
        m_boldCell.layout(text, width - 2 * m_padX, alignment);
        const double textHeight = std::min(m_boldCell.height(), m_titlesHeight - 2 * m_padY);
        const double y = top + (m_titlesHeight - textHeight) / 2;
        m_boldCell.draw(p, QPointF(x + m_padX, y), 2);
    };
    if (recap) {
        const double w = m_content.width();
        title(m_content.left(), w * 0.5, m_layout.groupLabel.isEmpty() ? Tr::tr("Groupe") : m_layout.groupLabel,
              Qt::AlignLeft);
        title(m_content.left() + w * 0.5, w * 0.2, Tr::tr("Lignes"), Qt::AlignRight);
        QList<const Column *> totals;
        for (const Column &c : m_columns)
            if (c.spec.total)
                totals.append(&c);
        for (qsizetype i = 0; i < totals.size(); ++i)
            title(m_content.left() + w * 0.7 + i * w * 0.3 / totals.size(), w * 0.3 / totals.size(),
                  totals.at(i)->spec.title, Qt::AlignRight);
        return;
    }
    for (const Column &c : m_columns)
        title(c.x, c.width, c.spec.title, c.isRowNumber ? Qt::AlignRight : c.spec.alignment);
}

void ListRun::startPage(const QString &section, bool continued, bool recap)
{
    if (m_pageOpen)
        finishPage();
    m_sink.beginPage(m_layout.page.pageLayout());
    m_pageOpen = true;
    m_pageSection = section;
    m_pageIsRecap = recap;
    m_pageInSection = m_planner->pageInSection();
    m_titlesDrawn = false;
    drawHeader(section, continued, recap);
    m_y = m_bodyTop;
}

void ListRun::finishPage()
{
    QPainter &p = m_sink.painter();
    // The table's grid: one vertical line per column edge for the whole page, an outer frame.
    p.setPen(QPen(Qt::black, 0.15 * m_k));
    p.setBrush(Qt::NoBrush);
    const double bottom = std::max(m_y, m_bodyTop);
    if (!m_titlesDrawn) {
        // No table on this page.
    } else if (m_pageIsRecap) {
        const double w = m_content.width();
        const double tableBottom = std::min(bottom, m_bodyTop + m_bodyHeight);
        p.drawLine(QPointF(m_content.left() + w * 0.5, m_tableTop), QPointF(m_content.left() + w * 0.5, tableBottom));
        p.drawLine(QPointF(m_content.left() + w * 0.7, m_tableTop), QPointF(m_content.left() + w * 0.7, tableBottom));
        p.drawRect(QRectF(m_content.left(), m_tableTop, w, tableBottom - m_tableTop));
    } else {
        const double tableBottom = m_tableBottomOnPage > 0 ? m_tableBottomOnPage : m_bodyTop;
        for (size_t i = 1; i < m_columns.size(); ++i)
            p.drawLine(QPointF(m_columns[i].x, m_tableTop), QPointF(m_columns[i].x, tableBottom));
        p.drawRect(QRectF(m_content.left(), m_tableTop, m_content.width(), tableBottom - m_tableTop));
    }
    m_tableBottomOnPage = 0;

    const int pageInSection = m_pageInSection;
    const int sectionPages = m_pageIsRecap ? m_recapPages : m_plans.value(m_pageSection).pages;
    QString left = ListReportProducer::communeTitle(m_header.communeName) + QStringLiteral(" — ") + m_layout.title;
    QString centre;
    QString right;
    if (m_groups) {
        // Numbered within the group; the sheet number counts the whole document.
        centre = m_pageIsRecap ? Tr::tr("Récapitulatif") : sectionTitle(m_pageSection);
        right = PageDecorator::pageNumberText(pageInSection, sectionPages) + QStringLiteral(" — ")
            + Tr::tr("feuille %1 / %2").arg(m_sink.pageCount()).arg(m_totalPages);
    } else {
        right = PageDecorator::pageNumberText(m_sink.pageCount(), m_totalPages);
    }
    PageDecorator::drawFooter(p, m_footer, left, centre, right, m_k);
    m_pageOpen = false;
}

void ListRun::drawRow(ListRowSource &source, qint64 rowNumber, double height)
{
    ensureColumnTitles();
    QPainter &p = m_sink.painter();
    const bool fixed = m_layout.rowHeight == ListLayout::RowHeight::Fixed;
    const int maxLines = std::max(1, int(std::floor((height - 2 * m_padY) / m_cell.lineSpacing() + 1e-6)));
    bool truncated = false;
    p.setFont(m_bodyFont);
    p.setPen(Qt::black);
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const Column &c = m_columns[i];
        TextCellLayout &cell = *m_rowLayouts[i];
        if (fixed) {
            QString text;
            if (c.isRowNumber)
                text = QString::number(rowNumber);
            else if (c.sourceIndex >= 0)
                text = formatted(source.value(c.sourceIndex), c.spec);
            if (text.isEmpty())
                continue;
            cell.layout(text, c.width - 2 * m_padX, c.isRowNumber ? Qt::AlignRight : c.spec.alignment);
        } else if (cell.lineCount() == 0) {
            continue;
        }
        const double textHeight = std::min(cell.height(), maxLines * m_cell.lineSpacing());
        // Fixed rows (room to sign) centre their text; growing rows start at the top.
        const double y = fixed ? m_y + (height - textHeight) / 2 : m_y + m_padY;
        truncated |= cell.draw(p, QPointF(c.x + m_padX, y), maxLines);
    }
    if (truncated)
        ++m_truncatedRows;
    p.setPen(QPen(Qt::black, 0.1 * m_k));
    p.drawLine(QPointF(m_content.left(), m_y + height), QPointF(m_content.right(), m_y + height));
    m_y += height;
    m_tableBottomOnPage = m_y;
}

void ListRun::drawEmptyNotice()
{
    ensureColumnTitles();
    QPainter &p = m_sink.painter();
    const double h = std::max(m_fixedRowHeight, m_cell.lineSpacing() + 2 * m_padY);
    p.setFont(m_bodyFont);
    p.setPen(Qt::black);
    p.drawText(QRectF(m_content.left(), m_y, m_content.width(), h), Qt::AlignCenter, Tr::tr("Aucun enregistrement."));
    m_y += h;
    m_tableBottomOnPage = m_y;
}

void ListRun::drawTotals(const QString &label, qint64 rows, const QList<double> &sums)
{
    QPainter &p = m_sink.painter();
    const double h = totalsHeight();
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xF0, 0xF0, 0xF0));
    p.drawRect(QRectF(m_content.left(), m_y, m_content.width(), h));
    p.restore();
    p.setPen(QPen(Qt::black, 0.15 * m_k));
    p.drawRect(QRectF(m_content.left(), m_y, m_content.width(), h));
    p.setFont(m_boldFont);
    // The label spans the columns before the first summed one.
    double labelRight = m_content.right();
    for (const Column &c : m_columns) {
        if (c.spec.total) {
            labelRight = c.x;
            break;
        }
    }
    const QString unit = m_layout.totalLabel.isEmpty() ? Tr::tr("ligne(s)") : m_layout.totalLabel;
    const QString text = label.isEmpty() ? Tr::tr("Total : %1 %2").arg(rows).arg(unit)
                                         : Tr::tr("Total %1 : %2 %3").arg(label).arg(rows).arg(unit);
    p.drawText(QRectF(m_content.left() + m_padX, m_y, labelRight - m_content.left() - 2 * m_padX, h),
               Qt::AlignLeft | Qt::AlignVCenter, text);
    int s = 0;
    for (const Column &c : m_columns) {
        if (!c.spec.total)
            continue;
        p.drawLine(QPointF(c.x, m_y), QPointF(c.x, m_y + h));
        p.drawText(QRectF(c.x + m_padX, m_y, c.width - 2 * m_padX, h), Qt::AlignRight | Qt::AlignVCenter,
                   FieldFormatter::formatNumber(sums.value(s++), c.spec.type));
    }
    m_y += h;
}

void ListRun::drawClosing(qint64 rows)
{
    QPainter &p = m_sink.painter();
    TextCellLayout layout(PageDecorator::font(QStringLiteral("DejaVu Sans"), 9), m_sink.device());
    layout.layout(m_layout.closingText.arg(rows), m_content.width(), Qt::AlignLeft);
    p.setPen(Qt::black);
    layout.draw(p, QPointF(m_content.left(), m_y + 2 * kGapMm * m_k));
    m_y += closingHeight(rows);
}

void ListRun::drawSignatures()
{
    QPainter &p = m_sink.painter();
    const double k = m_k;
    double y = m_y + 2 * kGapMm * k;
    if (m_layout.placeAndDate) {
        const QFont f = PageDecorator::font(QStringLiteral("DejaVu Sans"), 9);
        const double line = QFontMetricsF(f, m_sink.device()).lineSpacing();
        p.setFont(f);
        p.setPen(Qt::black);
        const QString place = m_header.communeName.isEmpty()
            ? Tr::tr("Fait le %1").arg(FieldFormatter::formatDate(m_header.printedAt.date(), FieldFormatter::Style::Long))
            : Tr::tr("Fait à %1, le %2").arg(m_header.communeName,
                                             FieldFormatter::formatDate(m_header.printedAt.date(),
                                                                        FieldFormatter::Style::Long));
        p.drawText(QRectF(m_content.left(), y, m_content.width(), line), Qt::AlignRight | Qt::AlignTop, place);
        y += line + kGapMm * k;
    }
    const int n = int(m_layout.signatures.size());
    const double gap = 4 * k;
    const double width = std::min((m_content.width() - gap * (n - 1)) / n, 80 * k);
    double x = m_content.right() - n * width - (n - 1) * gap;
    const QFont titleFont = PageDecorator::font(QStringLiteral("DejaVu Sans"), 8.5, true);
    const QFont nameFont = PageDecorator::font(QStringLiteral("DejaVu Sans"), 8.5);
    for (const SignatureBox &box : m_layout.signatures) {
        const QRectF r(x, y, width, box.heightMm * k);
        p.setPen(QPen(Qt::black, 0.2 * k));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
        p.setFont(titleFont);
        p.drawText(r.adjusted(m_padX, m_padY, -m_padX, -m_padY), Qt::AlignHCenter | Qt::AlignTop, box.title);
        if (!box.name.isEmpty()) {
            p.setFont(nameFont);
            p.drawText(r.adjusted(m_padX, m_padY, -m_padX, -m_padY), Qt::AlignHCenter | Qt::AlignBottom, box.name);
        }
        x += width + gap;
    }
    m_y += signatureHeight();
}

void ListRun::drawRecapRow(const QString &label, qint64 rows, const QList<double> &sums, bool grandTotal)
{
    ensureColumnTitles();
    QPainter &p = m_sink.painter();
    const double h = std::max(m_cell.lineSpacing() + 2 * m_padY, 6 * m_k);
    const double w = m_content.width();
    if (grandTotal) {
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xF0, 0xF0, 0xF0));
        p.drawRect(QRectF(m_content.left(), m_y, w, h));
        p.restore();
    }
    p.setFont(grandTotal ? m_boldFont : m_bodyFont);
    p.setPen(Qt::black);
    p.drawText(QRectF(m_content.left() + m_padX, m_y, w * 0.5 - 2 * m_padX, h), Qt::AlignLeft | Qt::AlignVCenter,
               label);
    p.drawText(QRectF(m_content.left() + w * 0.5 + m_padX, m_y, w * 0.2 - 2 * m_padX, h),
               Qt::AlignRight | Qt::AlignVCenter, QString::number(rows));
    QList<const Column *> totals;
    for (const Column &c : m_columns)
        if (c.spec.total)
            totals.append(&c);
    for (qsizetype i = 0; i < totals.size(); ++i) {
        const double cw = w * 0.3 / totals.size();
        p.drawText(QRectF(m_content.left() + w * 0.7 + i * cw + m_padX, m_y, cw - 2 * m_padX, h),
                   Qt::AlignRight | Qt::AlignVCenter, FieldFormatter::formatNumber(sums.value(i), totals.at(i)->spec.type));
    }
    p.setPen(QPen(Qt::black, 0.1 * m_k));
    p.drawLine(QPointF(m_content.left(), m_y + h), QPointF(m_content.right(), m_y + h));
    m_y += h;
}

void ListRun::placeBlock(ListPagePlanner &planner, double height, const QString &section, bool recap)
{
    if (planner.place(height))
        startPage(section, true, recap);
}

Core::Status ListRun::paint(ListRowSource &source)
{
    m_planner = std::make_unique<ListPagePlanner>(m_bodyHeight);
    ListPagePlanner &planner = *m_planner;
    const bool fixed = m_layout.rowHeight == ListLayout::RowHeight::Fixed;
    if (Core::Status s = source.open(m_context.db); !s)
        return s;
    if (Core::Status s = bindColumns(source); !s)
        return s;
    QList<int> totalColumns;
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].spec.total)
            totalColumns.append(int(i));
    QHash<QString, QList<double>> sumsByGroup;
    QList<double> sums(totalColumns.size(), 0.0);

    QString current;
    bool inSection = false;
    qint64 rowsInSection = 0;
    qint64 done = 0;
    auto closeSection = [&]() {
        if (rowsInSection == 0) {
            placeBlock(planner, std::max(m_fixedRowHeight, m_cell.lineSpacing() + 2 * m_padY), current, false);
            drawEmptyNotice();
        }
        if (m_layout.totals) {
            placeBlock(planner, totalsHeight(), current, false);
            drawTotals(m_groups ? (current.isEmpty() ? Tr::tr("(sans valeur)") : current) : QString(), rowsInSection, sums);
        }
        if (!m_layout.closingText.isEmpty()) {
            placeBlock(planner, closingHeight(rowsInSection), current, false);
            drawClosing(rowsInSection);
        }
        if (signaturesAfterEachGroup()) {
            placeBlock(planner, signatureHeight(), current, false);
            drawSignatures();
        }
        const int pages = planner.endSection();
        if (pages != m_plans.value(current).pages || rowsInSection != m_plans.value(current).rows)
            return false;
        sumsByGroup.insert(current, sums);
        m_groupOrder.append(current);
        return true;
    };
    const Error changed(Tr::tr("Les données de la liste ont changé pendant l'édition : relancez l'impression."));

    while (true) {
        Core::Result<bool> more = source.next();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        if (m_context.isCancelled())
            return DocumentProducer::cancelledError();
        const QString group = (m_groups && m_groupIndex >= 0) ? source.value(m_groupIndex).toString() : QString();
        if (!inSection || group != current) {
            if (inSection && !closeSection())
                return changed;
            if (m_groupOrder.contains(group) || !m_plans.contains(group))
                return m_groupOrder.contains(group)
                    ? Error(Tr::tr("Les lignes de la liste « %1 » ne sont pas triées par « %2 » : la valeur « %3 » "
                                   "revient après une autre. Triez la requête par ce champ d'abord.")
                                .arg(m_layout.title, m_layout.groupField, group))
                    : changed;
            current = group;
            inSection = true;
            rowsInSection = 0;
            sums.fill(0.0);
            planner.beginSection();
            startPage(current, false, false);
        }
        ++rowsInSection;
        const double height = fixed ? m_fixedRowHeight : measureRow(source, rowsInSection);
        if (planner.place(height))
            startPage(current, true, false);
        drawRow(source, rowsInSection, height);
        for (qsizetype t = 0; t < totalColumns.size(); ++t) {
            const Column &c = m_columns[size_t(totalColumns.at(t))];
            if (const std::optional<double> v = FieldFormatter::toNumber(source.value(c.sourceIndex)))
                sums[t] += *v;
        }
        if (++done % kProgressEvery == 0)
            m_context.progress(done, m_totalRows);
    }
    source.close();
    if (!inSection) {
        // Nothing at all: one page that says so, with its totals and signatures.
        current = QString();
        planner.beginSection();
        startPage(current, false, false);
    }
    if (!closeSection())
        return changed;
    if (done != m_totalRows)
        return changed;

    if (m_groups) {
        planner.beginSection();
        startPage({}, false, true);
        const double recapRow = std::max(m_cell.lineSpacing() + 2 * m_padY, 6 * m_k);
        QList<double> grand(totalColumns.size(), 0.0);
        for (const QString &group : std::as_const(m_groupOrder)) {
            if (planner.place(recapRow))
                startPage({}, true, true);
            const QList<double> groupSums = sumsByGroup.value(group);
            for (qsizetype t = 0; t < grand.size(); ++t)
                grand[t] += groupSums.value(t);
            drawRecapRow(group.isEmpty() ? Tr::tr("(sans valeur)") : group, m_plans.value(group).rows, groupSums, false);
        }
        if (planner.place(recapRow))
            startPage({}, true, true);
        drawRecapRow(Tr::tr("Total général"), m_totalRows, grand, true);
        if (signaturesAtEnd()) {
            placeBlock(planner, signatureHeight(), {}, true);
            drawSignatures();
        }
        planner.endSection();
    }
    finishPage();
    m_context.progress(m_totalRows, m_totalRows);
    if (planner.totalPages() != m_totalPages)
        return Error(Tr::tr("La mise en page de la liste n'a pas donné le nombre de pages prévu (%1 au lieu de %2).")
                         .arg(planner.totalPages()).arg(m_totalPages));
    if (m_truncatedRows > 0)
        m_report.warnings.append(
            Tr::tr("Le texte de %n ligne(s) dépasse la hauteur de ligne fixe et a été coupé : choisissez des lignes plus "
                   "hautes ou la hauteur variable.", nullptr, int(m_truncatedRows)));
    return {};
}

Core::Status ListRun::run(ListRowSource &source)
{
    ReadSnapshot snapshot(m_context.db);
    if (Core::Status s = plan(source); !s)
        return s;
    m_context.progress(0, m_totalRows);
    if (Core::Status s = paint(source); !s)
        return s;
    m_report.rowCount = m_totalRows;
    m_report.pageCount = m_sink.pageCount();
    m_report.documentCount = 1;
    return {};
}
} // namespace

ListReportProducer::ListReportProducer(ListLayout layout, ListHeader header, RowSourceFactory rows)
    : m_layout(std::move(layout)), m_header(std::move(header)), m_rows(std::move(rows))
{
}

QString ListReportProducer::communeTitle(const QString &name)
{
    return CommuneParameters::communeTitle(name);
}

Core::Status ListReportProducer::produce(PageSink &sink, const ProductionContext &context)
{
    m_report = {};
    if (Core::Status s = m_layout.validate(); !s)
        return s;
    std::unique_ptr<ListRowSource> source = m_rows();
    if (!source)
        return Error(Tr::tr("La liste « %1 » n'a pas de source de lignes.").arg(m_layout.title));
    ListRun run(m_layout, m_header, sink, context, m_report);
    return run.run(*source);
}

} // namespace OpenMairie::Documents
