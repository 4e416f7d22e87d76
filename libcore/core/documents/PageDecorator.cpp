#include "PageDecorator.h"

#include "DocumentFonts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <numbers>

namespace OpenMairie::Documents {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::PageDecorator)
};
} // namespace

QFont PageDecorator::font(const QString &family, double pointSize, bool bold)
{
    DocumentFonts::ensureRegistered();
    QFont f(family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

QString PageDecorator::pageNumberText(int page, int pageCount)
{
    return Tr::tr("Page %1 / %2").arg(page).arg(pageCount);
}

void PageDecorator::drawWatermark(QPainter &painter, const QRectF &pageRect, const QString &text, double dotsPerMm)
{
    if (text.trimmed().isEmpty())
        return;
    painter.save();
    QFont f = font(QStringLiteral("DejaVu Sans"), 72, true);
    painter.setFont(f);
    const QString shown = text.trimmed().toUpper();
    const double diagonal = std::hypot(pageRect.width(), pageRect.height());
    // Fit the word in 70 % of the diagonal.
    const double width = QFontMetricsF(f, painter.device()).horizontalAdvance(shown);
    if (width > 0) {
        f.setPointSizeF(std::clamp(72 * diagonal * 0.7 / width, 24.0, 160.0));
        painter.setFont(f);
    }
    const double angle = -std::atan2(pageRect.height(), pageRect.width()) * 180.0 / std::numbers::pi;
    painter.translate(pageRect.center());
    painter.rotate(angle);
    painter.setPen(QColor(0xD6, 0xD6, 0xD6));
    const QRectF box(-diagonal / 2, -60 * dotsPerMm, diagonal, 120 * dotsPerMm);
    painter.drawText(box, Qt::AlignCenter, shown);
    painter.restore();
}

void PageDecorator::drawFooter(QPainter &painter, const QRectF &footerRect, const QString &left, const QString &centre,
                               const QString &right, double dotsPerMm)
{
    painter.save();
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 0.2 * dotsPerMm));
    painter.drawLine(footerRect.topLeft(), footerRect.topRight());
    painter.setFont(font(QStringLiteral("DejaVu Sans"), 7.5));
    painter.setPen(Qt::black);
    const QRectF text = footerRect.adjusted(0, 1.2 * dotsPerMm, 0, 0);
    // Three texts that must never overlap: the centre keeps its room, the sides are shortened.
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double gap = 4 * dotsPerMm;
    const double centreWidth = centre.isEmpty() ? 0 : std::min(metrics.horizontalAdvance(centre), text.width() / 3);
    const double side = (text.width() - centreWidth) / 2 - (centre.isEmpty() ? gap / 2 : gap);
    const double rightWidth = std::min(metrics.horizontalAdvance(right), side);
    const double leftWidth = centre.isEmpty() ? std::min(metrics.horizontalAdvance(left), text.width() - rightWidth - gap)
                                              : side;
    if (!left.isEmpty())
        painter.drawText(QRectF(text.left(), text.top(), leftWidth, text.height()), Qt::AlignLeft | Qt::AlignTop,
                         metrics.elidedText(left, Qt::ElideRight, leftWidth));
    if (!centre.isEmpty())
        painter.drawText(text, Qt::AlignHCenter | Qt::AlignTop, metrics.elidedText(centre, Qt::ElideRight, centreWidth));
    if (!right.isEmpty())
        painter.drawText(QRectF(text.right() - rightWidth, text.top(), rightWidth, text.height()),
                         Qt::AlignRight | Qt::AlignTop, metrics.elidedText(right, Qt::ElideLeft, rightWidth));
    painter.restore();
}

} // namespace OpenMairie::Documents
