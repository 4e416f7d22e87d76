#pragma once

#include "RecordLink.h"

#include <QList>

namespace OpenMairie::Core {

// One line of a "short list" widget (the last arrêtés...), with the record it opens.
struct OPENMAIRIE_CORE_EXPORT DashboardItem
{
    QString title;
    QString subtitle;
    RecordLink link;
};

// What a widget's data function returns, computed on a worker thread: plain values only, no
// widget, no connection.
struct OPENMAIRIE_CORE_EXPORT DashboardValue
{
    int count = 0;              // count and alert widgets
    QString text;               // the sentence under the figure: "arrêtés signés en 2026"
    QList<DashboardItem> items; // short-list widgets
};

} // namespace OpenMairie::Core
