#pragma once

#include "Result.h"

namespace OpenMairie::Core {

// The one message of optimistic locking for the reference services: someone saved the record
// since it was displayed; nothing is overwritten.
class OPENMAIRIE_CORE_EXPORT StaleRecord
{
public:
    // `what`: « la voie RUE0012 », « le paramètre « Nom du maire » ».
    static Error error(const QString &what);
};

} // namespace OpenMairie::Core
