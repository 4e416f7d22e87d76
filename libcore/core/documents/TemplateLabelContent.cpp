#include "TemplateLabelContent.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>

namespace OpenMairie::Documents {

TemplateLabelContent::TemplateLabelContent(std::shared_ptr<const CompiledTemplate> compiled, MergeContext context,
                                           double paddingMm)
    : m_renderer(std::move(compiled)), m_context(std::move(context)), m_paddingMm(paddingMm)
{
}

void TemplateLabelContent::paint(QPainter &painter, const QRectF &labelRect, double dotsPerMm,
                                 const DocumentRecord &record, QStringList &warnings)
{
    m_context.record = record;
    RenderedDocument rendered = m_renderer.render(m_context);
    for (const QString &w : std::as_const(rendered.warnings))
        if (!warnings.contains(w))
            warnings.append(w);
    const double padding = m_paddingMm * dotsPerMm;
    const QRectF inner = labelRect.adjusted(padding, padding, -padding, -padding);
    const double scale = dotsPerMm * 25.4 / TemplateRenderer::kLayoutDpi;
    rendered.document->setTextWidth(inner.width() / scale);
    painter.save();
    painter.translate(inner.topLeft());
    painter.scale(scale, scale);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, 0, inner.width() / scale, inner.height() / scale);
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(context.clip);
    rendered.document->documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace OpenMairie::Documents
