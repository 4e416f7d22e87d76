#include "LetterPainter.h"

#include "PageDecorator.h"
#include "PageSink.h"

#include <QAbstractTextDocumentLayout>

namespace OpenMairie::Documents {

namespace {
constexpr double kFooterHeightMm = 6;
constexpr double kFooterGapMm = 3;
} // namespace

LetterPainter::LetterPainter(PageSetup page, QString watermark, bool pageNumbers)
    : m_page(std::move(page)), m_watermark(std::move(watermark)), m_pageNumbers(pageNumbers)
{
}

bool LetterPainter::hasFooter(const RenderedDocument &rendered) const
{
    return m_pageNumbers || !rendered.footer.isEmpty();
}

QRectF LetterPainter::footerRectMm() const
{
    const QRectF content = m_page.contentRectMm();
    const double bottomMargin = m_page.marginsMm().bottom();
    // In the bottom margin when it is deep enough, else taken from the content.
    if (bottomMargin >= kFooterHeightMm + kFooterGapMm + 3)
        return QRectF(content.left(), content.bottom() + kFooterGapMm, content.width(), kFooterHeightMm);
    return QRectF(content.left(), content.bottom() - kFooterHeightMm, content.width(), kFooterHeightMm);
}

QRectF LetterPainter::contentRectMm(bool withFooter) const
{
    QRectF content = m_page.contentRectMm();
    if (withFooter && m_page.marginsMm().bottom() < kFooterHeightMm + kFooterGapMm + 3)
        content.setBottom(content.bottom() - kFooterHeightMm - kFooterGapMm);
    return content;
}

int LetterPainter::paginate(RenderedDocument &rendered) const
{
    const QRectF content = contentRectMm(hasFooter(rendered));
    rendered.document->setPageSize(
        QSizeF(TemplateRenderer::mmToLayout(content.width()), TemplateRenderer::mmToLayout(content.height())));
    return rendered.document->pageCount();
}

Core::Status LetterPainter::paint(PageSink &sink, RenderedDocument &rendered) const
{
    const int pages = paginate(rendered);
    const QRectF contentMm = contentRectMm(hasFooter(rendered));
    const QSizeF layoutPage = rendered.document->pageSize();
    for (int i = 0; i < pages; ++i) {
        if (Core::Status s = sink.beginPage(m_page.pageLayout()); !s)
            return s;
        QPainter &painter = sink.painter();
        PageDecorator::drawWatermark(painter, sink.pageRect(), m_watermark, sink.dotsPerMm());

        painter.save();
        const QRectF content = sink.mmRect(contentMm);
        const double scale = sink.dotsPerMm() * 25.4 / TemplateRenderer::kLayoutDpi;
        painter.translate(content.topLeft());
        painter.scale(scale, scale);
        painter.translate(0, -i * layoutPage.height());
        QAbstractTextDocumentLayout::PaintContext context;
        // Half a pixel inside the page: a line pushed to the next page starts at the page's end
        // (rounded to 1/64 px, so a hair before it); drawn clipped here, its text would still be
        // twice in the PDF (search, copy, text extraction).
        context.clip = QRectF(0, i * layoutPage.height() + 0.5, layoutPage.width(), layoutPage.height() - 1.0);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(QRectF(0, i * layoutPage.height(), layoutPage.width(), layoutPage.height()));
        rendered.document->documentLayout()->draw(&painter, context);
        painter.restore();

        if (hasFooter(rendered))
            PageDecorator::drawFooter(painter, sink.mmRect(footerRectMm()), rendered.footer, {},
                                      m_pageNumbers ? PageDecorator::pageNumberText(i + 1, pages) : QString(),
                                      sink.dotsPerMm());
    }
    return {};
}

} // namespace OpenMairie::Documents
