#include "IModule.h"

#include "ModuleContext.h"

namespace OpenMairie::Core {

IModule::~IModule() = default;

Status IModule::populateDemoData(ModuleContext &context)
{
    Q_UNUSED(context)
    return {};
}

} // namespace OpenMairie::Core
