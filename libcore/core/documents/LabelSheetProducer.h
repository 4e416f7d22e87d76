#pragma once

#include "DocumentProducer.h"
#include "DocumentRecordStream.h"
#include "LabelContent.h"
#include "LabelSheetLayout.h"

#include <memory>

namespace OpenMairie::Documents {

// Records on a sheet of labels or cards, shifted by the printer's offset. startIndex skips the
// labels already used on a partly used first sheet.
class OPENMAIRIE_CORE_EXPORT LabelSheetProducer final : public DocumentProducer
{
public:
    LabelSheetProducer(QString title, LabelSheetLayout layout, PrinterOffset offset,
                       std::shared_ptr<LabelContent> content, std::unique_ptr<DocumentRecordStream> records,
                       int startIndex = 0);

    QString title() const override { return m_title; }
    Core::Status produce(PageSink &sink, const ProductionContext &context) override;

    // Thin grey outlines of the labels, for a trial on plain paper.
    void setDrawOutlines(bool draw) { m_drawOutlines = draw; }

private:
    QString m_title;
    LabelSheetLayout m_layout;
    PrinterOffset m_offset;
    std::shared_ptr<LabelContent> m_content;
    std::unique_ptr<DocumentRecordStream> m_records;
    int m_startIndex;
    bool m_drawOutlines = false;
};

} // namespace OpenMairie::Documents
