#include "ModeleModule.h"

#include "CliCommandRegistry.h"
#include "ModuleContext.h"

#include <QLabel>
#include <QTextStream>

namespace Partenaire::Modele {

using namespace OpenMairie;

Core::Status ModeleModule::initialize(Core::ModuleContext &context)
{
    // Pas de base ici : la console charge les modules sans base (« openmairie-cli modules »).
    m_context = &context;
    return {};
}

void ModeleModule::registerCliCommands(Core::CliCommandRegistry &registry)
{
    Core::CliCommand bonjour;
    bonjour.path = {QStringLiteral("modele"), QStringLiteral("bonjour")};
    bonjour.summary = tr("Affiche un message de bienvenue du module modèle");
    bonjour.needsDatabase = false;
    bonjour.needsSession = false;
    bonjour.run = [](Core::CliInvocation &invocation) {
        invocation.out() << tr("Bonjour de la part du module modèle.") << Qt::endl;
        return int(Core::ExitOk);
    };
    // Une commande en double est refusée par le registre : le module le signale sans s'arrêter.
    if (Core::Status added = registry.add(bonjour); !added)
        qWarning("%s", qPrintable(added.error().message()));
}

QList<CoreUi::NavigationEntry> ModeleModule::navigationEntries()
{
    CoreUi::NavigationEntry notes;
    notes.id = QStringLiteral("modele.notes");
    notes.title = tr("Notes");
    notes.group = tr("Module modèle");
    notes.permission = QString::fromLatin1(kPermissionConsulter);
    notes.createView = [](QWidget *parent) -> QWidget * {
        return new QLabel(tr("Vue du module modèle : remplacez-la par la vôtre."), parent);
    };
    return {notes};
}

} // namespace Partenaire::Modele
