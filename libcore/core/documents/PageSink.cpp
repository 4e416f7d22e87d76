#include "PageSink.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::PageSink)
};
} // namespace

PageSink::PageSink(QPagedPaintDevice *device) : m_device(device) {}

PageSink::~PageSink()
{
    if (m_painter.isActive())
        m_painter.end();
}

Core::Status PageSink::beginPage(const QPageLayout &layout)
{
    if (m_finished)
        return Error(Tr::tr("Le document est déjà terminé."));
    if (m_pages == 0) {
        m_device->setPageLayout(layout);
        if (!m_painter.begin(m_device))
            return Error(Tr::tr("Impossible de commencer à dessiner le document (imprimante ou fichier "
                                "indisponible)."), {}, Error::Kind::Storage);
        m_painter.setRenderHint(QPainter::Antialiasing, true);
        m_painter.setRenderHint(QPainter::TextAntialiasing, true);
    } else {
        if (!(layout == m_layout))
            m_device->setPageLayout(layout);
        if (!m_device->newPage())
            return Error(Tr::tr("Impossible de commencer une nouvelle page."), {}, Error::Kind::Storage);
    }
    m_layout = layout;
    ++m_pages;
    return {};
}

Core::Status PageSink::finish()
{
    if (m_finished)
        return {};
    m_finished = true;
    if (m_painter.isActive() && !m_painter.end())
        return Error(Tr::tr("Le document n'a pas pu être terminé."), {}, Error::Kind::Storage);
    return {};
}

double PageSink::dotsPerMm() const
{
    return m_device->logicalDpiX() / 25.4;
}

QRectF PageSink::mmRect(const QRectF &r) const
{
    const double k = dotsPerMm();
    return QRectF(r.x() * k, r.y() * k, r.width() * k, r.height() * k);
}

QRectF PageSink::pageRect() const
{
    const QSizeF mmSize = m_layout.fullRect(QPageLayout::Millimeter).size();
    return QRectF(QPointF(0, 0), mmSize * dotsPerMm());
}

} // namespace OpenMairie::Documents
