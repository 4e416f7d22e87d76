#pragma once

#include <QGraphicsView>

namespace OpenMairie::Cimetiere {

class PlanScene;

// The view of a PlanScene: wheel to zoom, drag to pan (or to move plots in edit mode), double-click
// to open a plot's record, and centring on a plot found by the search.
class PlanView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit PlanView(PlanScene *scene, QWidget *parent = nullptr);

    PlanScene *planScene() const { return m_scene; }
    void fitAll();
    // Zooms so that names are readable and highlights the plot; false when it is not on this plan.
    bool centreOnPlot(qint64 plotId);
    void zoomBy(double factor);
    void setEditable(bool editable);

signals:
    void plotActivated(qint64 plotId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    PlanScene *m_scene;
    qint64 m_highlighted = 0;
};

} // namespace OpenMairie::Cimetiere
