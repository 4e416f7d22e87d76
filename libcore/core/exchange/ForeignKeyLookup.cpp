#include "ForeignKeyLookup.h"

namespace OpenMairie::Core {

ForeignKeyLookup::~ForeignKeyLookup() = default;

} // namespace OpenMairie::Core
