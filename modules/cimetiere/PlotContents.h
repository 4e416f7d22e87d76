#pragma once

#include "Occupancy.h"

#include "Result.h"

#include <QSqlDatabase>

namespace OpenMairie::Cimetiere {

// What a plot holds decides its occupancy and its status: occupied with a body in it, reserved
// with an active concession and nobody yet, free otherwise; blocked or under procedure stay as the
// agent set them. Called inside the caller's transaction after every change of contents.
class PlotContents
{
public:
    static Core::Result<QList<BodyKind>> bodies(const QSqlDatabase &db, qint64 plotId);
    static Core::Status refresh(const QSqlDatabase &db, const QString &nowSql, qint64 plotId,
                                const OccupancyWeights &weights, const QString &login);
};

} // namespace OpenMairie::Cimetiere
