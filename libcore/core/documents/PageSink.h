#pragma once

#include "Result.h"

#include <QPageLayout>
#include <QPainter>

class QPagedPaintDevice;

namespace OpenMairie::Documents {

// The pages being produced, on a PDF writer or a printer alike. Coordinates are device units with
// the origin at the corner of the sheet (device margins are zero: a QPrinter must be full-page).
class OPENMAIRIE_CORE_EXPORT PageSink
{
public:
    explicit PageSink(QPagedPaintDevice *device);
    ~PageSink();
    PageSink(const PageSink &) = delete;
    PageSink &operator=(const PageSink &) = delete;

    // Starts the next page (the first one begins painting).
    Core::Status beginPage(const QPageLayout &layout);
    Core::Status finish();

    QPainter &painter() { return m_painter; }
    QPagedPaintDevice *device() const { return m_device; }
    int pageCount() const { return m_pages; }

    double dotsPerMm() const;
    double mm(double millimetres) const { return millimetres * dotsPerMm(); }
    QRectF mmRect(const QRectF &rectMm) const;
    // The sheet, in device units.
    QRectF pageRect() const;

private:
    QPagedPaintDevice *m_device;
    QPainter m_painter;
    QPageLayout m_layout;
    int m_pages = 0;
    bool m_finished = false;
};

} // namespace OpenMairie::Documents
