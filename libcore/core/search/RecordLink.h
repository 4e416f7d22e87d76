#pragma once

#include "openmairie_core_export.h"

#include <QMetaType>
#include <QString>

namespace OpenMairie::Core {

// Where a click leads: a module's view (its navigation entry id, "reglement.arretes") and, inside
// it, what to show ("arrete:42", "nouveau"; empty for the view itself). Plain data, so that search
// providers and dashboard widgets, which run without widgets, can say where their rows lead; the
// shell opens the view and hands it the target (CoreUi::NavigationEntry::openTarget).
struct OPENMAIRIE_CORE_EXPORT RecordLink
{
    QString entryId;
    QString target;

    bool isValid() const { return !entryId.isEmpty(); }
    bool operator==(const RecordLink &) const = default;
};

} // namespace OpenMairie::Core

Q_DECLARE_METATYPE(OpenMairie::Core::RecordLink)
