#pragma once

#include "PlanPalette.h"
#include "Plot.h"

#include <QGraphicsScene>
#include <QHash>

namespace OpenMairie::Cimetiere {

class PlotItem;

// The plan of one cemetery as a scene: one item per plot at its position (metres × kScale), coloured
// by the palette, with an optional scanned plan underneath. No data access: the widget gives it the
// plots it read through PlotService, and writes back what the agent moved.
class PlanScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr double kScale = 20.0; // scene units per metre

    explicit PlanScene(QObject *parent = nullptr);

    void setPlots(const QList<Plot> &plots);
    void setBackground(const QImage &scannedPlan);
    void setColouring(PlanColouring colouring);
    PlanColouring colouring() const { return m_colouring; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    // The plot under a scene point, 0 when none (hit-testing for double-click and tooltips).
    qint64 plotAt(const QPointF &scenePos) const;
    PlotItem *item(qint64 plotId) const { return m_items.value(plotId); }
    const Plot *plot(qint64 plotId) const;
    QRectF plotsRect() const;
    // The position in metres an item now has (after a drag).
    static QPointF metres(const QPointF &scenePos) { return scenePos / kScale; }

signals:
    // Emitted when the agent drops a plot in edit mode; x and y in metres.
    void plotMoved(qint64 plotId, int version, double x, double y);

private:
    friend class PlotItem;
    void itemDropped(PlotItem *item);

    QHash<qint64, PlotItem *> m_items;
    // The zone names written above each zone, so that the keeper finds « Carré B » at a glance.
    QList<QGraphicsItem *> m_labels;
    QGraphicsPixmapItem *m_background = nullptr;
    PlanColouring m_colouring = PlanColouring::ByStatus;
    bool m_editable = false;
};

} // namespace OpenMairie::Cimetiere
