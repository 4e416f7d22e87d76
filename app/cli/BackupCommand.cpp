#include "BackupCommand.h"

#include "CliJson.h"
#include "CliWorkspace.h"

#include "CoreServices.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::BackupCommand)
};
} // namespace

CliCommand BackupCommand::describe(CliWorkspace &workspace)
{
    CliCommand c;
    c.path = {QStringLiteral("backup")};
    c.administratorOnly = true;
    c.arguments = Tr::tr("FICHIER");
    c.summary = Tr::tr("Sauvegarde la base SQLite dans FICHIER (copie cohérente, même application ouverte). "
                       "Administrateur.");
    c.needsDatabase = false;
    c.needsSession = false;
    c.run = [&workspace](CliInvocation &invocation) { return run(workspace, invocation); };
    return c;
}

Error BackupCommand::postgresAdvice(const ConnectionProfile &profile, bool restoring)
{
    const QString common = QStringLiteral("-h %1 -p %2 -U %3").arg(profile.host()).arg(profile.port()).arg(profile.role());
    const QString dump = QStringLiteral("pg_dump -Fc %1 -f sauvegarde.dump %2").arg(common, profile.database());
    const QString restore = QStringLiteral("pg_restore --clean %1 -d %2 sauvegarde.dump").arg(common, profile.database());
    return Error(restoring ? Tr::tr("Une base sur serveur PostgreSQL se restaure avec les outils du serveur, pas avec "
                                    "openmairie-cli : %1 (sauvegarde faite avec %2). Voir docs/cli.md.")
                                 .arg(restore, dump)
                           : Tr::tr("Une base sur serveur PostgreSQL se sauvegarde avec les outils du serveur, pas avec "
                                    "openmairie-cli : utilisez pg_dump, par exemple %1 (restauration avec pg_restore). "
                                    "Voir docs/cli.md.")
                                 .arg(dump),
                 {}, Error::Kind::InvalidInput);
}

int BackupCommand::run(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (invocation.positional().size() != 1)
        return invocation.usageError(Tr::tr("Indiquez le fichier de sauvegarde à créer : openmairie-cli backup "
                                            "FICHIER (par exemple sauvegarde-2026-05-12.sqlite)."));
    ConnectionProfile profile;
    if (const int rc = workspace.resolveProfile(invocation, &profile); rc != ExitOk)
        return rc;
    if (profile.isPostgres()) {
        invocation.fail(postgresAdvice(profile, false));
        return ExitUsage;
    }
    const QFileInfo target(invocation.positional().constFirst());
    // Checked before the password is asked; BackupService checks again at the time of writing.
    if (target.exists())
        return invocation.fail(Error(Tr::tr("Le fichier « %1 » existe déjà : il n'est pas écrasé. Choisissez un autre "
                                            "nom.").arg(QDir::toNativeSeparators(target.absoluteFilePath())),
                                     {}, Error::Kind::InvalidInput));
    if (const int rc = workspace.openAsIs(invocation); rc != ExitOk)
        return rc;
    if (const int rc = workspace.signIn(invocation, CliWorkspace::Access::Administrator, QStringLiteral("backup"));
        rc != ExitOk)
        return rc;
    if (Status s = workspace.services().backups().backupTo(target.absoluteFilePath()); !s)
        return invocation.fail(s.error());
    const QString written = QDir::toNativeSeparators(target.absoluteFilePath());
    const qint64 bytes = QFileInfo(target.absoluteFilePath()).size();
    if (invocation.json()) {
        invocation.printJson(QJsonObject{{QStringLiteral("base"), CliJson::database(profile)},
                                         {QStringLiteral("sauvegarde"), written},
                                         {QStringLiteral("octets"), bytes}});
        return ExitOk;
    }
    invocation.out() << Tr::tr("Sauvegarde enregistrée : %1 (%2).").arg(written, QLocale(QLocale::French).formattedDataSize(bytes))
                     << Qt::endl;
    return ExitOk;
}

} // namespace OpenMairie::Cli
