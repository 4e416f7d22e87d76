#include "UsersCommand.h"

#include "CliJson.h"
#include "CliWorkspace.h"
#include "PasswordSource.h"
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
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::UsersCommand)
};

QString communesText(const UserAccount &a)
{
    if (a.multiCommune)
        return Tr::tr("toutes");
    QStringList codes;
    for (const SessionCommune &c : a.communes)
        codes.append(c.codeInsee);
    return codes.join(u',');
}

QJsonObject toJson(const UserAccount &a)
{
    QJsonArray communes;
    for (const SessionCommune &c : a.communes)
        communes.append(CliJson::commune(c));
    return {{QStringLiteral("login"), a.login},
            {QStringLiteral("nom"), a.nom},
            {QStringLiteral("courriel"), a.courriel},
            {QStringLiteral("profil"), profileKey(a.profile)},
            {QStringLiteral("toutesCommunes"), a.multiCommune},
            {QStringLiteral("actif"), a.active},
            {QStringLiteral("communes"), communes}};
}
} // namespace

QList<CliCommand> UsersCommand::describe(CliWorkspace &workspace)
{
    CliCommand add;
    add.path = {QStringLiteral("users"), QStringLiteral("add")};
    add.arguments = Tr::tr("IDENTIFIANT");
    add.summary = Tr::tr("Crée le compte d'un agent (sur PostgreSQL, aussi son rôle de connexion). Mot de passe pris "
                         "dans OPENMAIRIE_NEW_PASSWORD ou demandé deux fois.");
    // Here --commune names the new account's communes, not the working commune: the command signs
    // in by itself, in the administrator's first commune.
    add.needsDatabase = false;
    add.needsSession = false;
    add.checkedPermission = UserAccountService::managePermission();
    add.options = {
        {QStringLiteral("profil"), Tr::tr("Profil : consultation, utilisateur-limite, utilisateur, super-utilisateur, "
                                          "administrateur."), Tr::tr("PROFIL")},
        {QStringLiteral("nom"), Tr::tr("Nom et prénom de l'agent."), Tr::tr("NOM")},
    };
    add.run = [&workspace](CliInvocation &i) { return UsersCommand::add(workspace, i); };

    CliCommand list;
    list.path = {QStringLiteral("users"), QStringLiteral("list")};
    list.summary = Tr::tr("Liste les comptes, leur profil et leurs communes.");
    list.permission = UserAccountService::managePermission();
    list.run = [&workspace](CliInvocation &i) { return UsersCommand::list(workspace, i); };

    CliCommand disable;
    disable.path = {QStringLiteral("users"), QStringLiteral("disable")};
    disable.arguments = Tr::tr("IDENTIFIANT");
    disable.summary = Tr::tr("Désactive un compte (il reste dans le journal ; sur PostgreSQL le rôle ne peut plus se "
                             "connecter).");
    disable.permission = UserAccountService::managePermission();
    disable.run = [&workspace](CliInvocation &i) { return setActive(workspace, i, false); };

    CliCommand enable = disable;
    enable.path = {QStringLiteral("users"), QStringLiteral("enable")};
    enable.summary = Tr::tr("Réactive un compte désactivé.");
    enable.run = [&workspace](CliInvocation &i) { return setActive(workspace, i, true); };

    CliCommand passwd;
    passwd.path = {QStringLiteral("users"), QStringLiteral("passwd")};
    passwd.arguments = Tr::tr("IDENTIFIANT");
    passwd.summary = Tr::tr("Donne un nouveau mot de passe à un agent et lève le blocage après des essais "
                            "infructueux. Mot de passe pris dans OPENMAIRIE_NEW_PASSWORD ou demandé deux fois.");
    passwd.permission = UserAccountService::managePermission();
    passwd.run = [&workspace](CliInvocation &i) { return resetPassword(workspace, i); };
    return {add, list, disable, enable, passwd};
}

Result<QString> UsersCommand::newPassword(CliWorkspace &workspace, const QString &login)
{
    const QString fromEnvironment = qEnvironmentVariable(kNewPasswordVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return workspace.passwords().promptNewPassword(Tr::tr("Mot de passe de %1 : ").arg(login),
                                                   Tr::tr("Confirmez le mot de passe de %1 : ").arg(login));
}

int UsersCommand::add(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (invocation.positional().size() != 1)
        return invocation.usageError(Tr::tr("Indiquez l'identifiant du compte : openmairie-cli users add IDENTIFIANT "
                                            "--profil utilisateur --communes 13004."));
    if (const int rc = workspace.openForWork(invocation); rc != ExitOk)
        return rc;
    if (const int rc = workspace.signIn(invocation, CliWorkspace::Access::AnyUser, QStringLiteral("users add"),
                                       CliWorkspace::CommuneChoice::AccountDefault);
        rc != ExitOk)
        return rc;
    CoreServices &services = workspace.services();
    if (Status allowed = services.permissions().require(UserAccountService::managePermission()); !allowed)
        return invocation.fail(allowed.error());
    NewUser user;
    user.login = invocation.positional().constFirst();
    user.nom = invocation.option(QStringLiteral("nom"));
    const QString profile = invocation.option(QStringLiteral("profil"));
    if (profile.isEmpty() || !parseProfile(profile, &user.profile))
        return invocation.usageError(Tr::tr("Profil « %1 » inconnu : choisissez consultation, utilisateur-limite, "
                                            "utilisateur, super-utilisateur ou administrateur.").arg(profile));
    const QString communes = invocation.option(QStringLiteral("commune"));
    if (communes.trimmed().isEmpty())
        return invocation.usageError(Tr::tr("Indiquez les communes du compte : --commune 13004 (plusieurs : "
                                            "--commune 13004,13055 ; agent du syndicat : --commune toutes)."));
    if (communes.trimmed().compare(QStringLiteral("toutes"), Qt::CaseInsensitive) == 0) {
        user.multiCommune = true;
    } else {
        for (const QString &code : communes.split(u',', Qt::SkipEmptyParts)) {
            Result<SessionCommune> c = services.communes().findByInsee(code.trimmed());
            if (!c)
                return invocation.fail(Error(Tr::tr("La commune de code INSEE « %1 » n'est pas gérée dans cette base : "
                                                    "ajoutez-la d'abord avec « openmairie-cli communes add %1 ».")
                                                 .arg(code.trimmed()), {}, Error::Kind::InvalidInput));
            user.communeIds.append(c->id);
        }
    }
    if (Result<UserAccount> existing = services.users().find(user.login); existing)
        return invocation.fail(Error(Tr::tr("L'identifiant « %1 » est déjà utilisé. Choisissez-en un autre.")
                                         .arg(user.login), {}, Error::Kind::Conflict));
    Result<QString> password = newPassword(workspace, user.login);
    if (!password)
        return invocation.fail(password.error());
    user.password = password.value();
    Result<qint64> id = services.users().createUser(user, services.session().user().login);
    if (!id)
        return invocation.fail(id.error());
    Result<UserAccount> created = services.users().find(user.login);
    if (!created)
        return invocation.fail(created.error());
    if (invocation.json()) {
        invocation.printJson(toJson(created.value()));
        return ExitOk;
    }
    invocation.out() << Tr::tr("Compte créé : %1, profil %2, communes : %3.")
                            .arg(user.login, profileLabel(user.profile), communesText(created.value()))
                     << Qt::endl;
    return ExitOk;
}

int UsersCommand::list(CliWorkspace &workspace, CliInvocation &invocation)
{
    Result<QList<UserAccount>> accounts = workspace.services().users().list();
    if (!accounts)
        return invocation.fail(accounts.error());
    if (invocation.json()) {
        QJsonArray array;
        for (const UserAccount &a : accounts.value())
            array.append(toJson(a));
        invocation.printJson(array);
        return ExitOk;
    }
    TextTable table({Tr::tr("Identifiant"), Tr::tr("Nom"), Tr::tr("Profil"), Tr::tr("État"), Tr::tr("Communes")});
    for (const UserAccount &a : accounts.value())
        table.addRow({a.login, a.nom, profileLabel(a.profile), a.active ? Tr::tr("actif") : Tr::tr("désactivé"),
                      communesText(a)});
    invocation.out() << table.render() << Qt::flush;
    return ExitOk;
}

int UsersCommand::setActive(CliWorkspace &workspace, CliInvocation &invocation, bool active)
{
    if (invocation.positional().size() != 1)
        return invocation.usageError(Tr::tr("Indiquez l'identifiant du compte : openmairie-cli users %1 IDENTIFIANT.")
                                         .arg(active ? QStringLiteral("enable") : QStringLiteral("disable")));
    const QString login = invocation.positional().constFirst();
    if (Status s = workspace.services().users().setActive(login, active); !s)
        return invocation.fail(s.error());
    if (!invocation.json())
        invocation.out() << (active ? Tr::tr("Compte %1 réactivé.") : Tr::tr("Compte %1 désactivé.")).arg(login) << Qt::endl;
    else
        invocation.printJson(QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("actif"), active}});
    return ExitOk;
}

int UsersCommand::resetPassword(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (invocation.positional().size() != 1)
        return invocation.usageError(Tr::tr("Indiquez l'identifiant du compte : openmairie-cli users passwd IDENTIFIANT."));
    const QString login = invocation.positional().constFirst();
    if (Result<UserAccount> existing = workspace.services().users().find(login); !existing)
        return invocation.fail(existing.error());
    Result<QString> password = newPassword(workspace, login);
    if (!password)
        return invocation.fail(password.error());
    if (Status s = workspace.services().users().resetPassword(login, password.value()); !s)
        return invocation.fail(s.error());
    if (!invocation.json())
        invocation.out() << Tr::tr("Nouveau mot de passe enregistré pour %1.").arg(login) << Qt::endl;
    else
        invocation.printJson(QJsonObject{{QStringLiteral("login"), login}});
    return ExitOk;
}

} // namespace OpenMairie::Cli
