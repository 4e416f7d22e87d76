#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

namespace OpenMairie::Core {

// What a search provider receives on the worker thread: the text as typed and its search key
// (TextNormalizer::searchKey), the commune read on the GUI thread when the search started, and the
// worker thread's own connection. Providers never read the Session, which the GUI thread may change
// meanwhile.
struct OPENMAIRIE_CORE_EXPORT SearchRequest
{
    QString text;
    QString key;
    int limit = 8;
    qint64 communeId = 0;
    QSqlDatabase db;
    SqlDialect dialect{ConnectionProfile::Backend::Sqlite};
};

} // namespace OpenMairie::Core
