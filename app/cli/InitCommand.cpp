#include "InitCommand.h"

#include "CliJson.h"
#include "CliWorkspace.h"
#include "PasswordSource.h"

#include "CommuneReference.h"
#include "CoreServices.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::InitCommand)
};
} // namespace

CliCommand InitCommand::describe(CliWorkspace &workspace)
{
    CliCommand c;
    c.path = {QStringLiteral("init")};
    c.summary = Tr::tr("Crée une base neuve : la commune (code INSEE) et son administrateur.");
    c.needsDatabase = false; // it creates the database
    c.needsSession = false;
    c.options = {QCommandLineOption(QStringLiteral("nom"), Tr::tr("Nom affiché de l'administrateur (par défaut "
                                                                  "« Administrateur »)."),
                                    Tr::tr("NOM"))};
    c.run = [&workspace](CliInvocation &invocation) { return run(workspace, invocation); };
    return c;
}

int InitCommand::run(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (!invocation.positional().isEmpty())
        return invocation.usageError(Tr::tr("Argument inattendu « %1 » : la commune se donne avec --commune CODE_INSEE.")
                                         .arg(invocation.positional().constFirst()));
    const QString code = invocation.option(QStringLiteral("commune")).trimmed();
    if (code.isEmpty())
        return invocation.usageError(Tr::tr("Indiquez la commune à créer avec --commune CODE_INSEE (par exemple "
                                            "--commune 13004 pour Arles)."));
    // Checked before any password is asked: a mistyped code costs nothing.
    Result<InseeCommune> commune = CommuneReference::instance().find(code);
    if (!commune)
        return invocation.fail(commune.error());

    ConnectionProfile profile;
    if (const int rc = workspace.resolveProfile(invocation, &profile); rc != ExitOk)
        return rc;
    if (profile.isSqlite() && QFileInfo::exists(profile.filePath()))
        return invocation.fail(Error(Tr::tr("La base « %1 » existe déjà : « init » ne crée qu'une base neuve et "
                                            "n'écrase jamais un fichier existant. Pour travailler sur cette base : "
                                            "openmairie-cli --db sqlite:%1 --user IDENTIFIANT status")
                                         .arg(QDir::toNativeSeparators(profile.filePath())),
                                     {}, Error::Kind::Conflict));

    InitRequest request;
    request.profile = profile;
    request.codeInsee = commune->code;
    request.adminName = invocation.option(QStringLiteral("nom")).trimmed();
    if (profile.isSqlite()) {
        const QString user = invocation.option(QStringLiteral("user")).trimmed();
        request.adminLogin = user.isEmpty() ? QStringLiteral("admin") : user;
        Result<QString> password = workspace.passwords().newPassword(
            Tr::tr("Mot de passe du nouvel administrateur « %1 » (au moins 8 caractères, lettres et chiffres ou "
                   "signes) :").arg(request.adminLogin),
            Tr::tr("Saisissez-le une seconde fois :"));
        if (!password)
            return invocation.fail(password.error());
        request.adminPassword = password.value();
    } else {
        // On a server the administrator is the role itself: the server keeps its password.
        request.adminLogin = profile.role();
        Result<QString> password = workspace.connectionPassword(profile);
        if (!password)
            return invocation.fail(password.error());
        request.connectionPassword = password.value();
    }

    Result<WorkspaceReport> report = workspace.services().initializeWorkspace(request);
    if (!report)
        return invocation.fail(report.error());
    workspace.services().database().close();

    QTextStream &err = invocation.err();
    for (const QString &refused : std::as_const(report->refusedModules))
        err << Tr::tr("Attention : module écarté, la création de ses tables a échoué — %1").arg(refused) << Qt::endl;
    for (const QString &warning : std::as_const(report->warnings))
        err << Tr::tr("Attention : %1").arg(warning) << Qt::endl;
    err.flush();

    const SessionCommune created{0, commune->code, commune->nom};
    if (invocation.json()) {
        invocation.printJson(QJsonObject{{QStringLiteral("base"), CliJson::database(profile)},
                                         {QStringLiteral("commune"), CliJson::commune(created)},
                                         {QStringLiteral("administrateur"), request.adminLogin},
                                         {QStringLiteral("etapesAppliquees"), CliJson::strings(report->appliedSteps)},
                                         {QStringLiteral("avertissements"), CliJson::strings(report->warnings)},
                                         {QStringLiteral("modulesEcartes"), CliJson::strings(report->refusedModules)}});
        return ExitOk;
    }
    QTextStream &out = invocation.out();
    out << Tr::tr("Base OpenMairie créée : %1.").arg(profile.displayName()) << Qt::endl
        << Tr::tr("Commune : %1 (%2).").arg(commune->nom, commune->code) << Qt::endl
        << Tr::tr("Administrateur : %1 (profil %2).").arg(request.adminLogin, profileLabel(Profile::Administrateur))
        << Qt::endl
        << Tr::tr("Étapes de schéma appliquées : %1.").arg(report->appliedSteps.join(QStringLiteral(", "))) << Qt::endl
        << Tr::tr("Pour la suite : openmairie-cli --db %1 --user %2 status").arg(profile.toUrl(), request.adminLogin)
        << Qt::endl;
    return ExitOk;
}

} // namespace OpenMairie::Cli
