#include "CliWorkspace.h"

#include "DatabaseTarget.h"
#include "PasswordSource.h"

#include "CoreServices.h"

#include <QCoreApplication>
#include <QTextStream>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::CliWorkspace)
};
} // namespace

CliWorkspace::CliWorkspace(CoreServices &services, PasswordSource &passwords)
    : m_services(services), m_passwords(passwords)
{
}

int CliWorkspace::resolveProfile(CliInvocation &invocation, ConnectionProfile *profile)
{
    Result<ConnectionProfile> resolved = DatabaseTarget::resolve(invocation.option(QStringLiteral("db")),
                                                                 invocation.option(QStringLiteral("user")));
    if (!resolved)
        return invocation.usageError(resolved.error().message());
    *profile = resolved.value();
    return ExitOk;
}

Result<QString> CliWorkspace::connectionPassword(const ConnectionProfile &profile)
{
    if (!profile.isPostgres())
        return QString();
    return m_passwords.password(
        Tr::tr("Mot de passe du rôle « %1 » (%2) :").arg(profile.role(), profile.displayName()));
}

int CliWorkspace::checkIsOpenMairie(CliInvocation &invocation)
{
    Result<QList<ModuleSchemaState>> states = m_services.schemaStates();
    if (!states) {
        m_services.database().close();
        return invocation.fail(states.error());
    }
    for (const ModuleSchemaState &state : states.value()) {
        if (state.module == u"core" && state.appliedVersion > 0)
            return ExitOk;
    }
    const QString where = m_services.database().profile().displayName();
    m_services.database().close();
    return invocation.fail(Error(Tr::tr("La base %1 ne contient pas de données OpenMairie. Créez-la d'abord avec "
                                        "« openmairie-cli init --commune CODE_INSEE ».").arg(where),
                                 {}, Error::Kind::NotFound));
}

int CliWorkspace::openAsIs(CliInvocation &invocation)
{
    ConnectionProfile profile;
    if (const int rc = resolveProfile(invocation, &profile); rc != ExitOk)
        return rc;
    Result<QString> password = connectionPassword(profile);
    if (!password)
        return invocation.fail(password.error());
    if (Status s = m_services.database().open(profile, password.value(), DatabaseManager::OpenMode::OpenExisting); !s)
        return invocation.fail(s.error());
    return checkIsOpenMairie(invocation);
}

int CliWorkspace::openForWork(CliInvocation &invocation)
{
    ConnectionProfile profile;
    if (const int rc = resolveProfile(invocation, &profile); rc != ExitOk)
        return rc;
    Result<QString> password = connectionPassword(profile);
    if (!password)
        return invocation.fail(password.error());
    Result<WorkspaceReport> report = m_services.openWorkspace(profile, password.value());
    if (!report)
        return invocation.fail(report.error());
    // On stderr: what the command prints on stdout stays what scripts parse.
    QTextStream &err = invocation.err();
    if (!report->appliedSteps.isEmpty())
        err << Tr::tr("Schéma mis à jour : %1").arg(report->appliedSteps.join(QStringLiteral(", "))) << Qt::endl;
    for (const QString &warning : std::as_const(report->warnings))
        err << Tr::tr("Attention : %1").arg(warning) << Qt::endl;
    for (const QString &refused : std::as_const(report->refusedModules))
        err << Tr::tr("Attention : module écarté, sa mise à jour a échoué — %1").arg(refused) << Qt::endl;
    err.flush();
    return ExitOk;
}

int CliWorkspace::signIn(CliInvocation &invocation, Access access, const QString &commandName,
                         CommuneChoice communeChoice)
{
    const ConnectionProfile &profile = m_services.database().profile();
    QString login;
    QString password;
    if (profile.isSqlite()) {
        login = invocation.option(QStringLiteral("user")).trimmed();
        if (login.isEmpty())
            return invocation.usageError(
                Tr::tr("La commande « %1 » demande une connexion : indiquez votre identifiant avec --user (par "
                       "exemple --user admin) ; le mot de passe est lu dans OPENMAIRIE_PASSWORD ou demandé.")
                    .arg(commandName));
        Result<QString> typed = m_passwords.password(Tr::tr("Mot de passe de « %1 » :").arg(login));
        if (!typed)
            return invocation.fail(typed.error());
        password = typed.value();
    } else {
        login = profile.role(); // the server has already checked the role's password
    }
    const QString commune = communeChoice == CommuneChoice::FromOption ? invocation.option(QStringLiteral("commune"))
                                                                       : QString();
    if (Status s = m_services.signIn(login, password, commune); !s)
        return invocation.fail(s.error());
    const SessionUser &user = m_services.session().user();
    if (access == Access::Administrator && user.profile != Profile::Administrateur)
        return invocation.fail(Error(Tr::tr("La commande « %1 » est réservée aux administrateurs ; le compte « %2 » a "
                                            "le profil « %3 ».")
                                         .arg(commandName, user.login, profileLabel(user.profile)),
                                     {}, Error::Kind::PermissionDenied));
    return ExitOk;
}

} // namespace OpenMairie::Cli
