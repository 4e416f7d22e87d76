#pragma once

#include "RecordLink.h"

namespace OpenMairie::Core {

// One line of the global search popup: "2024-0012 — Fête de la musique", its detail, and the record
// it opens.
struct OPENMAIRIE_CORE_EXPORT SearchHit
{
    QString title;
    QString subtitle;
    RecordLink link;
};

} // namespace OpenMairie::Core
