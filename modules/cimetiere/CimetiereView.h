#pragma once

#include <QTabWidget>

class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace OpenMairie::Cimetiere {

class ConcessionService;
class DeceasedService;
class OperationService;
class PlanWidget;
class PlotService;

// The module's work area: the plan, the search of a deceased or a holder, the concessions reaching
// their term, the free places by kind and the operations in progress. Widgets only: every figure
// comes from a service.
class CimetiereView : public QTabWidget
{
    Q_OBJECT

public:
    static const QString kEntryId;

    CimetiereView(PlotService &plots, ConcessionService &concessions, DeceasedService &deceased,
                  OperationService &operations, QWidget *parent = nullptr);

    // "emplacement:<id>" (search, dashboard): shows the plot on the plan and its record.
    bool openTarget(const QString &target);
    PlanWidget *plan() const { return m_plan; }

private:
    void refresh();
    void runSearch();
    void loadExpiries();
    void loadFreePlaces();
    void loadOperations();
    void showPlot(qint64 plotId);
    QString plotRecord(qint64 plotId);

    PlotService &m_plots;
    ConcessionService &m_concessions;
    DeceasedService &m_deceased;
    OperationService &m_operations;
    PlanWidget *m_plan;
    QLineEdit *m_searchText;
    QTableWidget *m_hits;
    QSpinBox *m_months;
    QTableWidget *m_expiries;
    QTableWidget *m_free;
    QTableWidget *m_pending;
};

} // namespace OpenMairie::Cimetiere
