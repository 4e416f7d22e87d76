#pragma once

#include "IModule.h"
#include "IModuleUi.h"

#include <QObject>

namespace Partenaire::Modele {

// Le module modèle : il déclare une vue dans le navigateur, une commande « modele bonjour » et, par
// ses ressources, une migration. Un vrai module garde cette classe aussi mince : les règles vont dans
// un service que les tests pilotent (voir modules/reglement dans les sources de la suite).
class ModeleModule final : public QObject, public OpenMairie::Core::IModule, public OpenMairie::CoreUi::IModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OpenMairie_IModule_iid FILE "modele.json")
    Q_INTERFACES(OpenMairie::Core::IModule OpenMairie::CoreUi::IModuleUi)

public:
    static constexpr auto kPermissionConsulter = "modele.note.consulter";

    OpenMairie::Core::Status initialize(OpenMairie::Core::ModuleContext &context) override;
    void registerCliCommands(OpenMairie::Core::CliCommandRegistry &registry) override;
    QList<OpenMairie::CoreUi::NavigationEntry> navigationEntries() override;

private:
    OpenMairie::Core::ModuleContext *m_context = nullptr;
};

} // namespace Partenaire::Modele
