#pragma once

#include "IModule.h"
#include "IModuleUi.h"

#include <QObject>

#include <memory>

namespace OpenMairie::Cimetiere {

class CimetiereAccess;
class CimetiereCli;
class CimetiereImport;
class ConcessionService;
class DeceasedService;
class OperationService;
class PlotService;

// openCimetière: the plugin that the shell and the CLI load. It only wires the module's parts to
// the suite (parameters, services, CLI commands, demo data); the rules live in the services.
class CimetiereModule final : public QObject, public Core::IModule, public CoreUi::IModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OpenMairie_IModule_iid FILE "cimetiere.json")
    Q_INTERFACES(OpenMairie::Core::IModule OpenMairie::CoreUi::IModuleUi)

public:
    CimetiereModule();
    ~CimetiereModule() override;

    Core::Status initialize(Core::ModuleContext &context) override;
    void aboutToShutdown() override;
    void registerCliCommands(Core::CliCommandRegistry &registry) override;
    Core::Status populateDemoData(Core::ModuleContext &context) override;

    QList<CoreUi::NavigationEntry> navigationEntries() override;

private:
    Core::ModuleContext *m_context = nullptr;
    std::unique_ptr<CimetiereAccess> m_access;
    std::unique_ptr<PlotService> m_plots;
    std::unique_ptr<ConcessionService> m_concessions;
    std::unique_ptr<DeceasedService> m_deceased;
    std::unique_ptr<OperationService> m_operations;
    std::unique_ptr<CimetiereImport> m_import;
    std::unique_ptr<CimetiereCli> m_cli;
};

} // namespace OpenMairie::Cimetiere
