#include "RightsCommand.h"

#include "CliWorkspace.h"
#include "TextTable.h"

#include "CoreServices.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::RightsCommand)
};
} // namespace

QList<CliCommand> RightsCommand::describe(CliWorkspace &workspace)
{
    CliCommand list;
    list.path = {QStringLiteral("droits"), QStringLiteral("list")};
    list.summary = Tr::tr("Liste les droits des modules chargés et le profil minimal qui les détient.");
    list.run = [&workspace](CliInvocation &i) { return RightsCommand::list(workspace, i); };

    CliCommand set;
    set.path = {QStringLiteral("droits"), QStringLiteral("set")};
    set.arguments = Tr::tr("DROIT PROFIL");
    set.summary = Tr::tr("Accorde un droit à un profil et aux profils supérieurs (par exemple : droits set "
                         "reglement.arrete.creer utilisateur).");
    set.permission = RightsMatrix::managePermission();
    set.run = [&workspace](CliInvocation &i) { return RightsCommand::set(workspace, i); };

    CliCommand reset;
    reset.path = {QStringLiteral("droits"), QStringLiteral("reset")};
    reset.arguments = Tr::tr("DROIT");
    reset.summary = Tr::tr("Rétablit le profil minimal déclaré par le module pour ce droit.");
    reset.permission = RightsMatrix::managePermission();
    reset.run = [&workspace](CliInvocation &i) { return RightsCommand::reset(workspace, i); };
    return {list, set, reset};
}

int RightsCommand::list(CliWorkspace &workspace, CliInvocation &invocation)
{
    const QList<RightEntry> entries = workspace.services().rights().entries();
    if (invocation.json()) {
        QJsonArray array;
        for (const RightEntry &e : entries)
            array.append(QJsonObject{{QStringLiteral("droit"), e.permission},
                                     {QStringLiteral("module"), e.module},
                                     {QStringLiteral("description"), e.description},
                                     {QStringLiteral("profilDeclare"), profileKey(e.declared)},
                                     {QStringLiteral("profilMinimum"), profileKey(e.effective)}});
        invocation.printJson(array);
        return ExitOk;
    }
    TextTable table({Tr::tr("Droit"), Tr::tr("À partir du profil"), Tr::tr("Description")});
    for (const RightEntry &e : entries)
        table.addRow({e.permission,
                      e.changed() ? Tr::tr("%1 (modifié ; par défaut : %2)").arg(profileLabel(e.effective),
                                                                                   profileLabel(e.declared))
                                  : profileLabel(e.effective),
                      e.description});
    invocation.out() << table.render() << Qt::flush;
    return ExitOk;
}

int RightsCommand::set(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (invocation.positional().size() != 2)
        return invocation.usageError(Tr::tr("Indiquez le droit et le profil : openmairie-cli droits set "
                                            "reglement.arrete.creer utilisateur."));
    Profile profile = Profile::Administrateur;
    if (!parseProfile(invocation.positional().at(1), &profile))
        return invocation.usageError(Tr::tr("Profil « %1 » inconnu : choisissez consultation, utilisateur-limite, "
                                            "utilisateur, super-utilisateur ou administrateur.")
                                         .arg(invocation.positional().at(1)));
    const QString permission = invocation.positional().constFirst();
    if (Status s = workspace.services().rights().setMinimumProfile(permission, profile); !s)
        return invocation.fail(s.error());
    if (invocation.json())
        invocation.printJson(QJsonObject{{QStringLiteral("droit"), permission},
                                         {QStringLiteral("profilMinimum"), profileKey(profile)}});
    else
        invocation.out() << Tr::tr("Droit %1 accordé à partir du profil %2.").arg(permission, profileLabel(profile))
                         << Qt::endl;
    return ExitOk;
}

int RightsCommand::reset(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (invocation.positional().size() != 1)
        return invocation.usageError(Tr::tr("Indiquez le droit : openmairie-cli droits reset reglement.arrete.creer."));
    const QString permission = invocation.positional().constFirst();
    if (Status s = workspace.services().rights().resetToDefault(permission); !s)
        return invocation.fail(s.error());
    const Profile declared = workspace.services().permissions().declaredProfile(permission);
    if (invocation.json())
        invocation.printJson(QJsonObject{{QStringLiteral("droit"), permission},
                                         {QStringLiteral("profilMinimum"), profileKey(declared)}});
    else
        invocation.out() << Tr::tr("Droit %1 rétabli : à partir du profil %2.").arg(permission, profileLabel(declared))
                         << Qt::endl;
    return ExitOk;
}

} // namespace OpenMairie::Cli
