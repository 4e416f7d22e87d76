#include "PlanScene.h"

#include "PlotItem.h"

#include <QFont>
#include <QGraphicsPixmapItem>
#include <QGraphicsSimpleTextItem>

namespace OpenMairie::Cimetiere {

PlanScene::PlanScene(QObject *parent) : QGraphicsScene(parent)
{
    // Static items in a large scene: the BSP index makes hit-testing and exposed-rect drawing cheap.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    setBackgroundBrush(QColor(QStringLiteral("#f4f1ea")));
}

void PlanScene::setPlots(const QList<Plot> &plots)
{
    for (PlotItem *item : std::as_const(m_items)) {
        removeItem(item);
        delete item;
    }
    m_items.clear();
    qDeleteAll(m_labels);
    m_labels.clear();
    m_items.reserve(plots.size());
    QHash<QString, QRectF> zones;
    for (const Plot &p : plots) {
        auto *item = new PlotItem(p, this);
        item->setColour(PlanPalette::colour(p, m_colouring));
        item->setFlag(QGraphicsItem::ItemIsMovable, m_editable);
        addItem(item);
        m_items.insert(p.id, item);
        zones[p.zone] = zones.value(p.zone).united(item->mapRectToScene(item->boundingRect()));
    }
    QFont font;
    font.setPixelSize(int(1.2 * kScale));
    font.setBold(true);
    for (auto it = zones.cbegin(); it != zones.cend(); ++it) {
        auto *label = addSimpleText(it.key(), font);
        label->setBrush(QColor(QStringLiteral("#4e4a42")));
        label->setPos(it.value().left(), it.value().top() - 1.7 * kScale);
        label->setZValue(2);
        m_labels.append(label);
    }
    setSceneRect(plotsRect().adjusted(-40, -40, 40, 40));
}

void PlanScene::setBackground(const QImage &scannedPlan)
{
    delete m_background;
    m_background = nullptr;
    if (scannedPlan.isNull())
        return;
    m_background = addPixmap(QPixmap::fromImage(scannedPlan));
    m_background->setZValue(-1);
}

void PlanScene::setColouring(PlanColouring colouring)
{
    m_colouring = colouring;
    for (PlotItem *item : std::as_const(m_items))
        item->setColour(PlanPalette::colour(item->plot(), colouring));
}

void PlanScene::setEditable(bool editable)
{
    m_editable = editable;
    for (PlotItem *item : std::as_const(m_items))
        item->setFlag(QGraphicsItem::ItemIsMovable, editable);
}

qint64 PlanScene::plotAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder))
        if (auto *plot = dynamic_cast<PlotItem *>(item))
            return plot->plot().id;
    return 0;
}

const Plot *PlanScene::plot(qint64 plotId) const
{
    const PlotItem *item = m_items.value(plotId);
    return item ? &item->plot() : nullptr;
}

QRectF PlanScene::plotsRect() const
{
    QRectF rect;
    for (const PlotItem *item : m_items)
        rect = rect.united(item->mapRectToScene(item->boundingRect()));
    return rect;
}

void PlanScene::itemDropped(PlotItem *item)
{
    const QPointF m = metres(item->pos());
    emit plotMoved(item->plot().id, item->plot().version, m.x(), m.y());
}

} // namespace OpenMairie::Cimetiere
