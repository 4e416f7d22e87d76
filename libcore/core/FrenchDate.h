#pragma once

#include "Result.h"

#include <QDate>

namespace OpenMairie::Core {

// Dates as agents type them at the counter: 20121975, 20/12/1975, 20-12-1975, 20.12.1975, or the
// ISO form 1975-12-20 found in files. An impossible date (31/02/2020) is refused, never rounded.
class OPENMAIRIE_CORE_EXPORT FrenchDate
{
public:
    static Result<QDate> parse(const QString &text);
    static QString format(const QDate &date); // dd/MM/yyyy
};

} // namespace OpenMairie::Core
