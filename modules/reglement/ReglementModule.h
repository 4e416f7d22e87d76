#pragma once

#include "IModule.h"
#include "IModuleUi.h"

#include <QObject>

#include <memory>

namespace OpenMairie::Core {
class AuditQuery;
}

namespace OpenMairie::Reglement {

class ArretePrinting;
class ArreteService;
class ReglementCli;
class ReglementPrintCli;

// openRèglement, the register of the arrêtés municipaux: the plugin that the shell and the CLI
// load. It only wires the module's parts to the suite (service, view, CLI commands, demo data);
// the rules live in ArreteService.
class ReglementModule final : public QObject, public Core::IModule, public CoreUi::IModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OpenMairie_IModule_iid FILE "reglement.json")
    Q_INTERFACES(OpenMairie::Core::IModule OpenMairie::CoreUi::IModuleUi)

public:
    ReglementModule();
    ~ReglementModule() override;

    Core::Status initialize(Core::ModuleContext &context) override;
    void aboutToShutdown() override;
    void registerCliCommands(Core::CliCommandRegistry &registry) override;
    Core::Status populateDemoData(Core::ModuleContext &context) override;

    QList<CoreUi::NavigationEntry> navigationEntries() override;

private:
    Core::ModuleContext *m_context = nullptr;
    std::unique_ptr<ArreteService> m_service;
    std::unique_ptr<ReglementCli> m_cli;
    std::unique_ptr<ArretePrinting> m_printing;
    std::unique_ptr<ReglementPrintCli> m_printCli;
    // The journal's reader behind the register's « Historique… ».
    std::unique_ptr<Core::AuditQuery> m_history;
};

} // namespace OpenMairie::Reglement
