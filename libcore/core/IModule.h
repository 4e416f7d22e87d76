#pragma once

#include "Result.h"

#include <QtPlugin>

namespace OpenMairie::Core {

class CliCommandRegistry;
class ModuleContext;

// Version of the contract between the shell and the modules. A module built for another version is
// refused with its reason instead of crashing the suite.
inline constexpr int kModuleApiVersion = 1;

// The interface every business module implements (see docs/sdk). The lifecycle follows Qt Creator:
// initialize() root-to-leaf in dependency order, extensionsInitialized() leaf-to-root,
// aboutToShutdown() in reverse order of initialisation.
class OPENMAIRIE_CORE_EXPORT IModule
{
public:
    virtual ~IModule();

    // Registers what the module offers. It must not query the database: the shell may not be
    // connected yet (the CLI's "modules" command loads modules without any database).
    virtual Status initialize(ModuleContext &context) = 0;
    virtual void extensionsInitialized() {}
    virtual void aboutToShutdown() {}

    virtual void registerCliCommands(CliCommandRegistry &registry) { Q_UNUSED(registry) }

    // Fills the session's commune with realistic demonstration data ("openmairie-cli demo").
    virtual Status populateDemoData(ModuleContext &context);
};

} // namespace OpenMairie::Core

#define OpenMairie_IModule_iid "fr.openmairie.IModule/1"
Q_DECLARE_INTERFACE(OpenMairie::Core::IModule, OpenMairie_IModule_iid)
