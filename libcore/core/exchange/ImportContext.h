#pragma once

#include "ExchangeActor.h"
#include "SqlDialect.h"

#include <QSqlDatabase>

namespace OpenMairie::Core {

class ImportDefinition;

// What the sink and the lookups of one import run receive: the worker thread's connection (in
// which the import's transaction is open), who imports for which commune, and whether the run is
// a simulation (its transaction is rolled back at the end whatever happens).
struct OPENMAIRIE_CORE_EXPORT ImportContext
{
    QSqlDatabase database;
    SqlDialect dialect{ConnectionProfile::Backend::Sqlite};
    ExchangeActor actor;
    bool dryRun = false;
    const ImportDefinition *definition = nullptr;
};

} // namespace OpenMairie::Core
