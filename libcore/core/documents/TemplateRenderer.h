#pragma once

#include "CompiledTemplate.h"
#include "MergeContext.h"

#include <QImage>
#include <QTextDocument>

#include <memory>

namespace OpenMairie::Documents {

// A template merged with one record: a rich-text document laid out at a fixed resolution
// (kLayoutDpi, the CSS pixel), independent of the screen, plus what the agent must be told.
struct OPENMAIRIE_CORE_EXPORT RenderedDocument
{
    std::shared_ptr<QImage> metricsDevice; // the layout's paint device: outlives the document
    std::unique_ptr<QTextDocument> document;
    QString footer;
    QStringList warnings; // French: missing logo, empty parameter, barcode refused...
};

class OPENMAIRIE_CORE_EXPORT TemplateRenderer
{
public:
    static constexpr double kLayoutDpi = 96.0;
    static double mmToLayout(double mm) { return mm * kLayoutDpi / 25.4; }

    explicit TemplateRenderer(std::shared_ptr<const CompiledTemplate> compiled);

    const CompiledTemplate &compiled() const { return *m_compiled; }
    RenderedDocument render(const MergeContext &context) const;

private:
    std::shared_ptr<const CompiledTemplate> m_compiled;
};

} // namespace OpenMairie::Documents
