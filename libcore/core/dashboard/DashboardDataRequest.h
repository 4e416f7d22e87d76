#pragma once

#include "CancellationToken.h"
#include "SqlDialect.h"

#include <QDate>
#include <QSqlDatabase>

namespace OpenMairie::Core {

// What a widget's data function receives on its worker thread: the worker's own connection, and the
// commune and the day read on the GUI thread when the card asked (never the live Session).
struct OPENMAIRIE_CORE_EXPORT DashboardDataRequest
{
    QSqlDatabase db;
    SqlDialect dialect{ConnectionProfile::Backend::Sqlite};
    qint64 communeId = 0;
    QDate today;
    const CancellationToken *cancel = nullptr;
};

} // namespace OpenMairie::Core
