#pragma once

#include "documents/DocumentProducer.h"
#include "documents/PageSink.h"

#include <QPdfWriter>

namespace OpenMairie::Test {

// Paints a producer straight into a PDF/A file, without a database or the journal: for the tests
// of the renderers themselves (DocumentJob is tested on its own).
inline Core::Status produceToPdf(Documents::DocumentProducer &producer, const QString &path,
                                 Documents::JobControl *control = nullptr)
{
    QPdfWriter writer(path);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(1200);
    writer.setTitle(producer.title());
    writer.setCreator(QStringLiteral("OpenMairie"));
    Documents::PageSink sink(&writer);
    Documents::ProductionContext context{QSqlDatabase(), 1, control};
    Core::Status s = producer.produce(sink, context);
    Core::Status f = sink.finish();
    return s ? f : s;
}

} // namespace OpenMairie::Test
