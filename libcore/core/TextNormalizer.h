#pragma once

#include "openmairie_core_export.h"

#include <QString>

namespace OpenMairie::Core {

// Search keys stored next to names, so that "lefebvre", "Lefèbvre" and "LEFEBVRE" find the same
// person on SQLite and PostgreSQL alike, with an ordinary index.
class OPENMAIRIE_CORE_EXPORT TextNormalizer
{
public:
    // Upper case, accents folded (Œ→OE, Æ→AE, ß→SS), punctuation and spaces collapsed to one space.
    static QString searchKey(const QString &text);
    // A prefix pattern for LIKE on a search key column: "LEFEB%" (LIKE wildcards escaped).
    static QString likePrefix(const QString &text);
};

} // namespace OpenMairie::Core
