#pragma once

#include "DocumentProducer.h"
#include "LabelSheetLayout.h"

namespace OpenMairie::Documents {

// The calibration page: label outlines, centre crosses, millimetre rulers and the instructions,
// printed with the current offset so that the agent sees what is left to correct.
class OPENMAIRIE_CORE_EXPORT LabelCalibrationProducer final : public DocumentProducer
{
public:
    LabelCalibrationProducer(LabelSheetLayout layout, PrinterOffset offset, QString printerName);

    QString title() const override;
    Core::Status produce(PageSink &sink, const ProductionContext &context) override;

private:
    LabelSheetLayout m_layout;
    PrinterOffset m_offset;
    QString m_printerName;
};

} // namespace OpenMairie::Documents
