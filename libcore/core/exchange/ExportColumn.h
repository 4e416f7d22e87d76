#pragma once

#include "openmairie_core_export.h"

#include <QString>
#include <QVariant>

namespace OpenMairie::Core {

// One column of an export: a key, the French header the agent reads, and the type that decides
// how the value is written (a date as a date, a number as a number).
struct OPENMAIRIE_CORE_EXPORT ExportColumn
{
    enum class Type { Auto, Text, Integer, Decimal, Date, DateTime, Boolean };

    QString key;
    QString label;
    Type type = Type::Auto;

    // Turns what a backend or a model hands over into the value the writers format: SQLite's ISO
    // text dates become QDate, its 0/1 booleans bool, NUMERIC text stays exact text. Null stays
    // an invalid QVariant.
    QVariant normalize(const QVariant &value) const;
};

} // namespace OpenMairie::Core
