#include "TextCellLayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

namespace OpenMairie::Documents {

TextCellLayout::TextCellLayout(const QFont &font, QPaintDevice *device)
    : m_font(font, device) // metrics of the target device (1200 dpi for PDF), not of the screen
    , m_device(device)
    , m_lineSpacing(QFontMetricsF(font, device).lineSpacing())
{
    m_layout.setFont(m_font);
    m_layout.setCacheEnabled(true);
}

void TextCellLayout::layout(const QString &text, double width, Qt::Alignment alignment)
{
    // Line breaks inside a value (an address on two lines) are kept as breaks.
    QString shown = text;
    shown.replace(u'\n', QChar::LineSeparator);
    shown.remove(u'\r');
    m_layout.clearLayout();
    m_layout.setText(shown);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_layout.setTextOption(option);
    m_layout.beginLayout();
    double y = 0;
    while (true) {
        QTextLine line = m_layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += m_lineSpacing;
    }
    m_layout.endLayout();
}

bool TextCellLayout::draw(QPainter &painter, const QPointF &topLeft, int maxLines) const
{
    const int n = m_layout.lineCount();
    const int shown = maxLines < 0 ? n : std::min(n, maxLines);
    for (int i = 0; i < shown; ++i)
        m_layout.lineAt(i).draw(&painter, topLeft);
    return shown < n;
}

} // namespace OpenMairie::Documents
