#include "ImportRow.h"

#include "ImportDefinition.h"

namespace OpenMairie::Core {

QVariant ImportRow::value(const QString &columnName) const
{
    if (!definition)
        return {};
    const int index = definition->indexOf(columnName);
    return index >= 0 && index < values.size() ? values.at(index) : QVariant();
}

} // namespace OpenMairie::Core
