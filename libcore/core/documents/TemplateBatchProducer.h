#pragma once

#include "DocumentProducer.h"
#include "DocumentRecordStream.h"
#include "LetterPainter.h"
#include "TemplateRenderer.h"

namespace OpenMairie::Documents {

// One PDF for many records (800 convocation letters): each record merged in turn, each letter
// starting on a new page and numbered « Page N / M » within itself.
class OPENMAIRIE_CORE_EXPORT TemplateBatchProducer final : public DocumentProducer
{
public:
    // context: the commune's parameters, logo and date; its record is replaced for each letter.
    // watermark: "Duplicata"..., empty for the template's own.
    TemplateBatchProducer(std::shared_ptr<const CompiledTemplate> compiled, MergeContext context,
                          std::unique_ptr<DocumentRecordStream> records, QString watermark = {});

    QString title() const override;
    Core::Status produce(PageSink &sink, const ProductionContext &context) override;

    const QString &effectiveWatermark() const { return m_watermark; }

private:
    TemplateRenderer m_renderer;
    MergeContext m_context;
    std::unique_ptr<DocumentRecordStream> m_records;
    QString m_watermark;
};

} // namespace OpenMairie::Documents
