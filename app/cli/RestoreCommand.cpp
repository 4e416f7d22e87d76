#include "RestoreCommand.h"

#include "BackupCommand.h"
#include "CliJson.h"
#include "CliWorkspace.h"

#include "BackupService.h"
#include "CoreServices.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::RestoreCommand)
};
} // namespace

CliCommand RestoreCommand::describe(CliWorkspace &workspace)
{
    CliCommand c;
    c.path = {QStringLiteral("restore")};
    c.administratorOnly = true;
    c.arguments = Tr::tr("FICHIER");
    c.summary = Tr::tr("Remplace la base SQLite par la sauvegarde FICHIER ; l'ancienne base est conservée à côté. "
                       "Administrateur.");
    c.needsDatabase = false;
    c.needsSession = false;
    c.run = [&workspace](CliInvocation &invocation) { return run(workspace, invocation); };
    return c;
}

int RestoreCommand::run(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (invocation.positional().size() != 1)
        return invocation.usageError(Tr::tr("Indiquez la sauvegarde à restaurer : openmairie-cli restore FICHIER."));
    ConnectionProfile profile;
    if (const int rc = workspace.resolveProfile(invocation, &profile); rc != ExitOk)
        return rc;
    if (profile.isPostgres()) {
        invocation.fail(BackupCommand::postgresAdvice(profile, true));
        return ExitUsage;
    }
    const QString backup = QFileInfo(invocation.positional().constFirst()).absoluteFilePath();
    // A wrong file is refused before anything else, the current base untouched.
    if (Status s = BackupService::checkBackupFile(backup); !s)
        return invocation.fail(s.error());
    const QString target = profile.filePath();

    QString kept;
    if (!QFileInfo::exists(target)) {
        // Nothing to sign in to and nothing to keep: the file system's rights are the only guard,
        // as for copying the file by hand.
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(backup, target))
            return invocation.fail(Error(Tr::tr("Impossible de copier la sauvegarde vers « %1 ». Vérifiez vos droits "
                                                "sur ce dossier et la place libre.")
                                             .arg(QDir::toNativeSeparators(target)),
                                         {}, Error::Kind::Storage));
    } else {
        if (const int rc = workspace.openAsIs(invocation); rc != ExitOk)
            return rc;
        if (const int rc = workspace.signIn(invocation, CliWorkspace::Access::Administrator, QStringLiteral("restore"));
            rc != ExitOk)
            return rc;
        Result<QString> previous = workspace.services().backups().restoreFrom(backup);
        if (!previous)
            return invocation.fail(previous.error());
        kept = previous.value();
        workspace.services().database().close();
    }

    if (invocation.json()) {
        QJsonObject o{{QStringLiteral("base"), CliJson::database(profile)},
                      {QStringLiteral("sauvegardeRestauree"), QDir::toNativeSeparators(backup)}};
        o.insert(QStringLiteral("ancienneBase"), kept.isEmpty() ? QJsonValue() : QJsonValue(QDir::toNativeSeparators(kept)));
        invocation.printJson(o);
        return ExitOk;
    }
    QTextStream &out = invocation.out();
    out << Tr::tr("Base restaurée depuis « %1 ».").arg(QDir::toNativeSeparators(backup)) << Qt::endl;
    if (kept.isEmpty())
        out << Tr::tr("Aucune base n'existait à cet emplacement : la sauvegarde y a été copiée.") << Qt::endl;
    else
        out << Tr::tr("La base remplacée est conservée dans « %1 ».").arg(QDir::toNativeSeparators(kept)) << Qt::endl;
    out << Tr::tr("Son schéma sera mis à jour à la prochaine ouverture si la sauvegarde est ancienne.") << Qt::endl;
    return ExitOk;
}

} // namespace OpenMairie::Cli
