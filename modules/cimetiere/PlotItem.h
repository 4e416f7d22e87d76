#pragma once

#include "Plot.h"

#include <QGraphicsItem>

namespace OpenMairie::Cimetiere {

class PlanScene;

// One plot on the plan: a rectangle of its size, its colour, and — only when zoomed in enough for
// them to be read — its number and the family name (level of detail keeps the full view fast).
class PlotItem : public QGraphicsItem
{
public:
    PlotItem(const Plot &plot, PlanScene *scene);

    const Plot &plot() const { return m_plot; }
    void setPlot(const Plot &plot);
    void setColour(const QColor &colour);
    void setHighlighted(bool highlighted);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Zoom factors (screen pixels per scene unit) above which labels show.
    static constexpr double kNumberLod = 0.6;
    static constexpr double kFamilyLod = 1.6;

protected:
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QString toolTipText() const;

    Plot m_plot;
    PlanScene *m_scene;
    QColor m_colour;
    QRectF m_rect;
    bool m_highlighted = false;
};

} // namespace OpenMairie::Cimetiere
