#pragma once

#include "Validity.h"

#include <QString>

namespace OpenMairie::Core {

// One value of a shared reference table.
struct OPENMAIRIE_CORE_EXPORT ReferenceEntry
{
    qint64 id = 0;
    QString code;
    QString libelle;
    QString paysCode; // nationalite only: INSEE code of the country
    Validity validity;
    int version = 0;
};

} // namespace OpenMairie::Core
