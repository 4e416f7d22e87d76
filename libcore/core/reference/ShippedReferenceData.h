#pragma once

#include "Result.h"

#include <QList>
#include <QStringList>

namespace OpenMairie::Core {

// The reference values shipped in the program's resources (":/openmairie/reference/*.csv"):
// départements (INSEE), pays (INSEE COG), nationalités, civilités, types de voie. Migration
// 0004_referentiels writes them into a new base (before the audit triggers exist, so that the
// installation is not journalled as 220 changes); the tests check that both agree.
class OPENMAIRIE_CORE_EXPORT ShippedReferenceData
{
public:
    // The data rows of a shipped file: "#" lines are comments, the first other line is the header.
    static Result<QList<QStringList>> readRows(const QString &resourcePath);
};

} // namespace OpenMairie::Core
