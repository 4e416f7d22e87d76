#include "BackupService.h"

#include "DatabaseManager.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::BackupService)
};

Error postgresBackupError()
{
    return Error(Tr::tr("Les bases sur serveur PostgreSQL se sauvegardent et se restaurent avec les outils du "
                        "serveur : pg_dump -Fc pour sauvegarder, pg_restore pour restaurer (voir le guide du "
                        "partenaire, docs/serveur-partage.md)."),
                 {}, Error::Kind::InvalidInput);
}
} // namespace

BackupService::BackupService(DatabaseManager &database) : m_database(database) {}

Status BackupService::backupTo(const QString &targetFile)
{
    if (m_database.profile().isPostgres())
        return postgresBackupError();
    const QFileInfo target(targetFile);
    if (target.exists())
        return Error(Tr::tr("Le fichier « %1 » existe déjà : il n'est pas écrasé. Choisissez un autre nom.")
                         .arg(QDir::toNativeSeparators(targetFile)), {}, Error::Kind::InvalidInput);
    if (!QFileInfo(target.absolutePath()).isDir() || !QFileInfo(target.absolutePath()).isWritable())
        return Error(Tr::tr("Impossible d'écrire dans le dossier « %1 ». Choisissez un dossier où vous pouvez "
                            "écrire.").arg(QDir::toNativeSeparators(target.absolutePath())),
                     {}, Error::Kind::Storage);
    // Written beside the target, then renamed: a failed backup never leaves a half file under the name.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partiel");
    QFile::remove(partial);
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(QString(partial).replace(u'\'', QStringLiteral("''"))))) {
        QFile::remove(partial);
        return Sql::error(q.lastError());
    }
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        QFile::remove(partial);
        return Error(Tr::tr("La sauvegarde n'a pas pu être enregistrée sous « %1 ».")
                         .arg(QDir::toNativeSeparators(targetFile)), {}, Error::Kind::Storage);
    }
    return {};
}

Status BackupService::checkBackupFile(const QString &backupFile)
{
    if (!QFileInfo::exists(backupFile))
        return Error(Tr::tr("Le fichier de sauvegarde « %1 » n'existe pas.").arg(QDir::toNativeSeparators(backupFile)),
                     {}, Error::Kind::NotFound);
    const QString name = QStringLiteral("openmairie-verification-") + QUuid::createUuid().toString(QUuid::Id128);
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(backupFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()
            || q.value(0).toInt() != DatabaseManager::kSqliteApplicationId) {
            result = Error(Tr::tr("« %1 » n'est pas une sauvegarde OpenMairie. Rien n'a été restauré.")
                               .arg(QDir::toNativeSeparators(backupFile)), {}, Error::Kind::InvalidInput);
        } else if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() || q.value(0).toString() != u"ok") {
            result = Error(Tr::tr("La sauvegarde « %1 » est endommagée. Rien n'a été restauré ; essayez une "
                                  "sauvegarde plus ancienne.").arg(QDir::toNativeSeparators(backupFile)),
                           q.isValid() ? q.value(0).toString() : q.lastError().text(), Error::Kind::Storage);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<QString> BackupService::restoreFrom(const QString &backupFile)
{
    if (m_database.profile().isPostgres())
        return postgresBackupError();
    if (Status s = checkBackupFile(backupFile); !s)
        return s.error();
    const QString target = m_database.profile().filePath();
    const QString keep = QFileInfo(target).absolutePath() + u'/' + QFileInfo(target).completeBaseName()
                         + QStringLiteral(".avant-restauration-")
                         + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                         + QStringLiteral(".sqlite");
    // Keep a consistent copy of what is replaced, in case the wrong backup was chosen.
    if (Status s = backupTo(keep); !s)
        return s.error();
    const QString staged = target + QStringLiteral(".restauration");
    QFile::remove(staged);
    if (!QFile::copy(backupFile, staged))
        return Error(Tr::tr("Impossible de copier la sauvegarde à côté de la base (disque plein ?). Rien n'a été "
                            "restauré."), {}, Error::Kind::Storage);
    const ConnectionProfile profile = m_database.profile();
    m_database.close();
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    QFile::remove(target);
    if (!QFile::rename(staged, target))
        return Error(Tr::tr("La restauration n'a pas pu remplacer « %1 ». L'ancienne base est conservée dans "
                            "« %2 ».").arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(keep)),
                     {}, Error::Kind::Storage);
    if (Status s = m_database.open(profile, {}, DatabaseManager::OpenMode::OpenExisting); !s)
        return s.error();
    return keep;
}

} // namespace OpenMairie::Core
