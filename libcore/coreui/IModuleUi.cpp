#include "IModuleUi.h"

namespace OpenMairie::CoreUi {

IModuleUi::~IModuleUi() = default;

} // namespace OpenMairie::CoreUi
