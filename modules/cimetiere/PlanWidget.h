#pragma once

#include "Plot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

namespace OpenMairie::Cimetiere {

class DeceasedService;
class PlanScene;
class PlanView;
class PlotService;

// The plan tab: choice of cemetery and colouring, legend, search that centres on a plot, edit mode
// whose moves are saved through PlotService, exports. It reads and writes through the services only.
class PlanWidget : public QWidget
{
    Q_OBJECT

public:
    PlanWidget(PlotService &plots, DeceasedService &deceased, QWidget *parent = nullptr);

    void reload();
    bool centreOnPlot(qint64 plotId);
    PlanView *view() const { return m_view; }
    PlanScene *scene() const { return m_scene; }

signals:
    void plotActivated(qint64 plotId);

private:
    void loadCemetery();
    void updateLegend();
    void search();
    void savePosition(qint64 plotId, int version, double x, double y);
    void exportPdf();
    void exportGeoJson();
    void chooseScannedPlan();
    void showError(const QString &message);

    PlotService &m_plots;
    DeceasedService &m_deceased;
    QComboBox *m_cemeteries;
    QComboBox *m_colouring;
    QLineEdit *m_search;
    QToolButton *m_edit;
    QLabel *m_status;
    QWidget *m_legend;
    QVBoxLayout *m_legendLayout;
    PlanScene *m_scene;
    PlanView *m_view;
    QList<Plot> m_current;
};

} // namespace OpenMairie::Cimetiere
