#pragma once

#include "SqlDialect.h"

#include <QStringList>

namespace OpenMairie::Core {

// A migration script as shipped: portable SQL with dialect placeholders and optional sections
// "-- @sqlite" / "-- @pgsql" / "-- @all" for what only one backend needs (triggers, row-level security).
class OPENMAIRIE_CORE_EXPORT SqlScript
{
public:
    // The statements of the script for one backend, in order, without comments.
    static QStringList statements(const QString &script, const SqlDialect &dialect);

    // Splits on ';' outside quotes, comments, dollar-quoted bodies and trigger BEGIN…END blocks.
    static QStringList split(const QString &sql);

    static QString selectSections(const QString &script, const SqlDialect &dialect);
};

} // namespace OpenMairie::Core
