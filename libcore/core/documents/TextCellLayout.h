#pragma once

#include "openmairie_core_export.h"

#include <QFont>
#include <QTextLayout>

class QPaintDevice;
class QPainter;

namespace OpenMairie::Documents {

// Text wrapped in a table cell, laid out once and then measured or drawn: the list paginator
// uses the same layout to decide page breaks and to paint, so both always agree.
class OPENMAIRIE_CORE_EXPORT TextCellLayout
{
public:
    TextCellLayout(const QFont &font, QPaintDevice *device);

    double lineSpacing() const { return m_lineSpacing; }
    const QFont &font() const { return m_font; }

    // Wraps at word boundaries, and inside words too long for the width.
    void layout(const QString &text, double width, Qt::Alignment alignment);
    int lineCount() const { return m_layout.lineCount(); }
    double height() const { return m_layout.lineCount() * m_lineSpacing; }
    // At most maxLines lines (all when < 0); returns whether some were left out.
    bool draw(QPainter &painter, const QPointF &topLeft, int maxLines = -1) const;

private:
    QFont m_font;
    QPaintDevice *m_device;
    double m_lineSpacing;
    QTextLayout m_layout;
};

} // namespace OpenMairie::Documents
