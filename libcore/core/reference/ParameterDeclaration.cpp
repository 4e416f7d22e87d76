#include "ParameterDeclaration.h"

namespace OpenMairie::Core {

QString ParameterDeclaration::choiceLabel(const QString &code) const
{
    for (const ParameterChoice &c : choices)
        if (c.code == code)
            return c.label;
    return code;
}

} // namespace OpenMairie::Core
