#include "LabelSheetProducer.h"

#include "PageSink.h"

#include <QCoreApplication>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::LabelSheetProducer)
};
} // namespace

LabelSheetProducer::LabelSheetProducer(QString title, LabelSheetLayout layout, PrinterOffset offset,
                                       std::shared_ptr<LabelContent> content,
                                       std::unique_ptr<DocumentRecordStream> records, int startIndex)
    : m_title(std::move(title))
    , m_layout(std::move(layout))
    , m_offset(offset)
    , m_content(std::move(content))
    , m_records(std::move(records))
    , m_startIndex(startIndex)
{
}

Core::Status LabelSheetProducer::produce(PageSink &sink, const ProductionContext &context)
{
    m_report = {};
    if (Core::Status s = m_layout.validate(); !s)
        return s;
    const int perSheet = m_layout.labelsPerSheet();
    if (m_startIndex < 0 || m_startIndex >= perSheet)
        return Error(Tr::tr("La première étiquette doit être entre 1 et %1 sur cette planche.").arg(perSheet), {},
                     Error::Kind::InvalidInput);
    m_records->rewind();
    const qint64 total = m_records->size();
    if (total == 0)
        return Error(Tr::tr("Aucune étiquette à imprimer : la sélection est vide."), {}, Error::Kind::InvalidInput);
    context.progress(0, total);
    qint64 done = 0;
    int position = m_startIndex;
    bool pageOpen = false;
    while (true) {
        if (context.isCancelled())
            return cancelledError();
        Core::Result<std::optional<DocumentRecord>> next = m_records->next(context.db, context.communeId);
        if (!next)
            return next.error();
        if (!next->has_value())
            break;
        if (!pageOpen || position >= perSheet) {
            if (Core::Status s = sink.beginPage(m_layout.pageLayout()); !s)
                return s;
            pageOpen = true;
            if (position >= perSheet)
                position = 0;
        }
        const QRectF rect = sink.mmRect(m_layout.labelRectMm(position, m_offset));
        if (m_drawOutlines) {
            sink.painter().save();
            sink.painter().setPen(QPen(QColor(0xB0, 0xB0, 0xB0), 0.1 * sink.dotsPerMm()));
            sink.painter().setBrush(Qt::NoBrush);
            sink.painter().drawRect(rect);
            sink.painter().restore();
        }
        m_content->paint(sink.painter(), rect, sink.dotsPerMm(), **next, m_report.warnings);
        m_report.items.append({(*next)->key(), sink.pageCount(), 1});
        ++position;
        context.progress(++done, total);
    }
    m_report.documentCount = int(done);
    m_report.pageCount = sink.pageCount();
    return {};
}

} // namespace OpenMairie::Documents
