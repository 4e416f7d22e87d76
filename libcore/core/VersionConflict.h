#pragma once

#include "Result.h"

#include <QVariant>

namespace OpenMairie::Core {

// Optimistic locking: every editable row carries a version; an UPDATE ... WHERE version = ? that
// changes nothing means someone else saved first. The agent is told who and when, and nothing of
// his is written over theirs.
class OPENMAIRIE_CORE_EXPORT VersionConflict
{
public:
    // what: "L'arrêté 2026-0012", "Le compte « jdupont »"; at: the updated_at value as read.
    static Error error(const QString &what, const QString &updatedBy, const QVariant &updatedAt);
    static QDateTime timestamp(const QVariant &value);
};

} // namespace OpenMairie::Core
