#pragma once

#include "Plot.h"

#include <QColor>
#include <QList>
#include <QString>

namespace OpenMairie::Cimetiere {

// How the plan colours the plots: by status (what the keeper checks before a burial) or by the
// duration of the concession (what the town hall checks before the terms fall due).
enum class PlanColouring { ByStatus, ByDuration };

struct LegendEntry
{
    QColor colour;
    QString label;
};

// The colours of the plan and its legend: one place so that the view, the PDF export and the
// tests agree.
class PlanPalette
{
public:
    static QColor colour(const Plot &plot, PlanColouring colouring);
    static QList<LegendEntry> legend(PlanColouring colouring);
    static QColor statusColour(PlotStatus status);
    // Duration code of the active concession ("" without one).
    static QColor durationColour(const QString &durationCode, PlotStatus status);
};

} // namespace OpenMairie::Cimetiere
