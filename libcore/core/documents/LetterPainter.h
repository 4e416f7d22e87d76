#pragma once

#include "PageSetup.h"
#include "TemplateRenderer.h"

namespace OpenMairie::Documents {

class PageSink;

// Lays a merged template out on the pages of its setup and paints them: watermark, content,
// footer with « Page N / M » counted within this document (a batch numbers each letter apart).
class OPENMAIRIE_CORE_EXPORT LetterPainter
{
public:
    LetterPainter(PageSetup page, QString watermark, bool pageNumbers);

    // Sets the document's page size; returns its page count.
    int paginate(RenderedDocument &rendered) const;
    Core::Status paint(PageSink &sink, RenderedDocument &rendered) const;

    // Where the content goes and where the footer goes, in millimetres.
    QRectF contentRectMm(bool withFooter) const;
    QRectF footerRectMm() const;

private:
    bool hasFooter(const RenderedDocument &rendered) const;

    PageSetup m_page;
    QString m_watermark;
    bool m_pageNumbers;
};

} // namespace OpenMairie::Documents
