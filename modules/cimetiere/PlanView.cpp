#include "PlanView.h"

#include "PlanScene.h"
#include "PlotItem.h"

#include <QMouseEvent>
#include <QWheelEvent>

namespace OpenMairie::Cimetiere {

PlanView::PlanView(PlanScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHint(QPainter::Antialiasing, false);
    setRenderHint(QPainter::TextAntialiasing, true);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setDragMode(QGraphicsView::ScrollHandDrag);
}

void PlanView::fitAll()
{
    // The margin keeps the zone names written above the first row.
    fitInView(m_scene->plotsRect().adjusted(-20, -40, 20, 20), Qt::KeepAspectRatio);
}

void PlanView::zoomBy(double factor)
{
    const double current = transform().m11();
    const double next = std::clamp(current * factor, 0.02, 12.0);
    scale(next / current, next / current);
}

bool PlanView::centreOnPlot(qint64 plotId)
{
    PlotItem *item = m_scene->item(plotId);
    if (!item)
        return false;
    if (PlotItem *previous = m_scene->item(m_highlighted))
        previous->setHighlighted(false);
    item->setHighlighted(true);
    m_highlighted = plotId;
    // Zoomed in far enough for the family names to show.
    const double wanted = PlotItem::kFamilyLod * 1.5;
    if (transform().m11() < wanted)
        zoomBy(wanted / transform().m11());
    centerOn(item);
    return true;
}

void PlanView::setEditable(bool editable)
{
    m_scene->setEditable(editable);
    setDragMode(editable ? QGraphicsView::NoDrag : QGraphicsView::ScrollHandDrag);
    viewport()->setCursor(editable ? Qt::CrossCursor : Qt::OpenHandCursor);
}

void PlanView::wheelEvent(QWheelEvent *event)
{
    zoomBy(event->angleDelta().y() > 0 ? 1.25 : 0.8);
    event->accept();
}

void PlanView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint64 id = m_scene->plotAt(mapToScene(event->position().toPoint()));
    if (id > 0) {
        emit plotActivated(id);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

} // namespace OpenMairie::Cimetiere
