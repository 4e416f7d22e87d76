#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QMarginsF>
#include <QPageLayout>
#include <QRectF>

namespace OpenMairie::Documents {

// Paper, orientation and margins of a document, in millimetres (the unit town-hall staff measure
// pre-printed forms with).
class OPENMAIRIE_CORE_EXPORT PageSetup
{
public:
    enum class Format { A4, A3, A5 };

    PageSetup() = default;
    PageSetup(Format format, QPageLayout::Orientation orientation, const QMarginsF &marginsMm);

    Format format() const { return m_format; }
    void setFormat(Format format) { m_format = format; }
    QPageLayout::Orientation orientation() const { return m_orientation; }
    void setOrientation(QPageLayout::Orientation o) { m_orientation = o; }
    bool isLandscape() const { return m_orientation == QPageLayout::Landscape; }
    // left, top, right, bottom
    const QMarginsF &marginsMm() const { return m_marginsMm; }
    void setMarginsMm(const QMarginsF &m) { m_marginsMm = m; }

    QPageSize pageSize() const;
    // The device's page layout: no device margins, ours are drawn by the renderers, so that the
    // painter's origin is the corner of the sheet on PDF and printers alike.
    QPageLayout pageLayout() const;
    QSizeF pageSizeMm() const;
    QRectF contentRectMm() const;

    // "A4 portrait 20 15 20 15" (marges haut droite bas gauche, as in CSS).
    QString toText() const;
    static Core::Result<PageSetup> fromText(const QString &text);
    // {"format": "A4", "orientation": "paysage", "marges": [15, 12, 15, 12]}
    QJsonObject toJson() const;
    static Core::Result<PageSetup> fromJson(const QJsonObject &json);

    static QString formatName(Format format);
    static QString orientationName(QPageLayout::Orientation orientation);

    bool operator==(const PageSetup &other) const = default;

private:
    Format m_format = Format::A4;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    QMarginsF m_marginsMm{20, 20, 20, 20};
};

} // namespace OpenMairie::Documents
