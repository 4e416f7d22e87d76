#pragma once

#include "LabelContent.h"
#include "TemplateRenderer.h"

namespace OpenMairie::Documents {

// A label filled by a template (an address block, a small card): the same syntax as letters, laid
// out in the label's width, cut at its height.
class OPENMAIRIE_CORE_EXPORT TemplateLabelContent final : public LabelContent
{
public:
    TemplateLabelContent(std::shared_ptr<const CompiledTemplate> compiled, MergeContext context,
                         double paddingMm = 3);

    void paint(QPainter &painter, const QRectF &labelRect, double dotsPerMm, const DocumentRecord &record,
               QStringList &warnings) override;

private:
    TemplateRenderer m_renderer;
    MergeContext m_context;
    double m_paddingMm;
};

} // namespace OpenMairie::Documents
