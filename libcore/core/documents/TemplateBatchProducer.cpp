#include "TemplateBatchProducer.h"

#include "PageSink.h"

#include <QCoreApplication>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::TemplateBatchProducer)
};
} // namespace

TemplateBatchProducer::TemplateBatchProducer(std::shared_ptr<const CompiledTemplate> compiled, MergeContext context,
                                             std::unique_ptr<DocumentRecordStream> records, QString watermark)
    : m_renderer(std::move(compiled))
    , m_context(std::move(context))
    , m_records(std::move(records))
    , m_watermark(watermark.trimmed().isEmpty() ? m_renderer.compiled().source.watermark : watermark.trimmed())
{
}

QString TemplateBatchProducer::title() const
{
    return m_renderer.compiled().source.title;
}

Core::Status TemplateBatchProducer::produce(PageSink &sink, const ProductionContext &context)
{
    m_report = {};
    m_records->rewind();
    const qint64 total = m_records->size();
    if (total == 0)
        return Error(Tr::tr("Aucun document à imprimer : la sélection est vide."), {}, Error::Kind::InvalidInput);
    const DocumentTemplate &source = m_renderer.compiled().source;
    const LetterPainter painter(source.page, m_watermark, source.pageNumbers);
    context.progress(0, total);
    qint64 done = 0;
    while (true) {
        if (context.isCancelled())
            return cancelledError();
        Core::Result<std::optional<DocumentRecord>> next = m_records->next(context.db, context.communeId);
        if (!next)
            return next.error();
        if (!next->has_value())
            break;
        m_context.record = std::move(**next);
        RenderedDocument rendered = m_renderer.render(m_context);
        const int firstPage = sink.pageCount() + 1;
        if (Core::Status s = painter.paint(sink, rendered); !s)
            return s;
        m_report.items.append({m_context.record.key(), firstPage, sink.pageCount() - firstPage + 1});
        // The same warning for 800 letters (a missing logo) is said once.
        for (const QString &w : std::as_const(rendered.warnings))
            if (m_report.warnings.size() < 100 && !m_report.warnings.contains(w))
                m_report.warnings.append(w);
        context.progress(++done, total);
    }
    m_report.documentCount = int(done);
    m_report.pageCount = sink.pageCount();
    return {};
}

} // namespace OpenMairie::Documents
