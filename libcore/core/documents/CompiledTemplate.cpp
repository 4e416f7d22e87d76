#include "CompiledTemplate.h"

namespace OpenMairie::Documents {

bool InlineItem::isBlank() const
{
    switch (kind) {
    case Kind::Text:
        return text.trimmed().isEmpty();
    case Kind::BlockStart:
    case Kind::BlockEnd:
    case Kind::CaseStart:
    case Kind::CaseEnd:
        return true;
    default:
        return false;
    }
}

} // namespace OpenMairie::Documents
