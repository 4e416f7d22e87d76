#pragma once

#include "openmairie_core_export.h"

#include <QStringList>
#include <QVariantList>

namespace OpenMairie::Core {

class ImportDefinition;

// A validated line, as the sink receives it: one typed value per column of the definition (see
// ImportColumn for the types), in the definition's order, whatever the order in the file.
struct OPENMAIRIE_CORE_EXPORT ImportRow
{
    qint64 line = 0;
    QVariantList values;
    QStringList sourceFields; // the line as read, for the reject file
    const ImportDefinition *definition = nullptr;

    // The value of a column by name; an invalid QVariant for an unknown name.
    QVariant value(const QString &columnName) const;
};

} // namespace OpenMairie::Core
