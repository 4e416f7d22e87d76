#pragma once

#include "IModule.h"
#include "IModuleUi.h"

#include <QObject>

#include <memory>

namespace OpenMairie::Elec {

class ElecCli;
class ElecService;

// openElec, the electoral lists: the plugin the shell and the CLI load. It only wires the module's
// parts to the suite; the rules live in ElecService and ReuImport.
class ElecModule final : public QObject, public Core::IModule, public CoreUi::IModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OpenMairie_IModule_iid FILE "elec.json")
    Q_INTERFACES(OpenMairie::Core::IModule OpenMairie::CoreUi::IModuleUi)

public:
    ElecModule();
    ~ElecModule() override;

    Core::Status initialize(Core::ModuleContext &context) override;
    void aboutToShutdown() override;
    void registerCliCommands(Core::CliCommandRegistry &registry) override;
    Core::Status populateDemoData(Core::ModuleContext &context) override;

    QList<CoreUi::NavigationEntry> navigationEntries() override;

private:
    Core::ModuleContext *m_context = nullptr;
    std::unique_ptr<ElecService> m_service;
    std::unique_ptr<ElecCli> m_cli;
};

} // namespace OpenMairie::Elec
