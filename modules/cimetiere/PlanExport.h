#pragma once

#include "PlanPalette.h"
#include "Plot.h"

#include "Result.h"

#include <QByteArray>

namespace OpenMairie::Cimetiere {

class PlanScene;

// The plan out of the application: a PDF (A3 landscape, title, date, legend) to print or post at
// the cemetery, and the plots as GeoJSON polygons for a GIS (QGIS reads it; coordinates are the
// plan's metres, y pointing north).
class PlanExport
{
public:
    static Core::Status toPdf(PlanScene &scene, const QString &path, const QString &title);
    static QByteArray toGeoJson(const QList<Plot> &plots, const QString &cemetery);
};

} // namespace OpenMairie::Cimetiere
