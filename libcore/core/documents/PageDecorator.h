#pragma once

#include "openmairie_core_export.h"

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace OpenMairie::Documents {

// What every page carries besides its content: the watermark under it, the footer line.
class OPENMAIRIE_CORE_EXPORT PageDecorator
{
public:
    // "Duplicata", "Projet": large, light grey, diagonal, drawn first so the text stays readable
    // (opaque grey rather than transparency, which PDF/A-1 forbids).
    static void drawWatermark(QPainter &painter, const QRectF &pageRect, const QString &text, double dotsPerMm);
    // A thin rule then left / centre / right texts, inside footerRect (device units).
    static void drawFooter(QPainter &painter, const QRectF &footerRect, const QString &left, const QString &centre,
                           const QString &right, double dotsPerMm);
    // "Page 3 / 12"
    static QString pageNumberText(int page, int pageCount);
    static QFont font(const QString &family, double pointSize, bool bold = false);
};

} // namespace OpenMairie::Documents
