#include "ISearchProvider.h"

namespace OpenMairie::Core {

ISearchProvider::~ISearchProvider() = default;

} // namespace OpenMairie::Core
