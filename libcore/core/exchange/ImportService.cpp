#include "ImportService.h"

#include "CsvImporter.h"
#include "CsvReader.h"
#include "DatabaseManager.h"
#include "Permissions.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ImportService)
};

Error cannotOpen(const QString &filePath, const QFile &file)
{
    return Error(Tr::tr("Le fichier « %1 » ne peut pas être ouvert. Vérifiez qu'il existe et que vous avez le droit "
                        "de le lire.").arg(QDir::toNativeSeparators(filePath)),
                 file.errorString(), Error::Kind::NotFound);
}
} // namespace

ImportService::ImportService(DatabaseManager &database, const Session &session, const Permissions &permissions)
    : m_database(database), m_session(session), m_permissions(permissions)
{
}

Result<ExchangeActor> ImportService::authorize(const ImportDefinition &definition) const
{
    if (!m_session.isAuthenticated())
        return Error(Tr::tr("Connectez-vous avant d'importer un fichier."), {}, Error::Kind::PermissionDenied);
    if (!m_session.commune().isValid())
        return Error(Tr::tr("Choisissez la commune pour laquelle vous importez."), {}, Error::Kind::InvalidInput);
    if (!definition.permission().isEmpty())
        if (Status s = m_permissions.require(definition.permission()); !s)
            return s.error();
    return ExchangeActor::fromSession(m_session);
}

ImportReport ImportService::importFile(const ImportDefinition &definition, const QString &filePath,
                                       const ImportOptions &options, const ExchangeActor &actor,
                                       const ImportProgressCallback &progress, const CancellationToken *cancel) const
{
    ImportOptions effective = options;
    if (effective.sourceName.isEmpty())
        effective.sourceName = QFileInfo(filePath).fileName();
    ImportReport report;
    report.dryRun = effective.dryRun;
    report.mode = effective.mode;
    report.sourceName = effective.sourceName;

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        report.outcome = ImportReport::Outcome::Failed;
        report.failure = cannotOpen(filePath, file);
        return report;
    }
    Result<QSqlDatabase> db = m_database.checkedConnection();
    if (!db) {
        report.outcome = ImportReport::Outcome::Failed;
        report.failure = db.error();
        return report;
    }
    CsvImporter importer(definition, actor);
    importer.setOptions(effective);
    importer.setProgressCallback(progress);
    importer.setCancellationToken(cancel);
    return importer.run(file, db.value(), m_database.dialect());
}

Result<CsvFileInspection> ImportService::inspect(const QString &filePath, const ImportOptions &options) const
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(filePath, file);
    CsvReader::Options readerOptions;
    readerOptions.encoding = options.encoding;
    readerOptions.separator = options.separator;
    CsvReader reader(file, readerOptions);
    if (Status s = reader.open(); !s)
        return s.error();
    CsvFileInspection inspection;
    CsvRecord record;
    while (reader.readRecord(record)) {
        if (!record.isBlank()) {
            inspection.header = record.fields;
            break;
        }
    }
    inspection.encoding = reader.encoding();
    inspection.separator = reader.separator();
    inspection.separatorFound = reader.separatorFound();
    return inspection;
}

Status ImportService::saveModelFile(const ImportDefinition &definition, const QString &filePath) const
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Tr::tr("Le modèle ne peut pas être enregistré dans « %1 ». Choisissez un dossier où vous pouvez "
                            "écrire.").arg(QDir::toNativeSeparators(filePath)),
                     file.errorString(), Error::Kind::Storage);
    if (Status s = definition.writeModelFile(file); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return Error(Tr::tr("Le modèle n'a pas pu être enregistré."), file.errorString(), Error::Kind::Storage);
    return {};
}

QString ImportService::defaultRejectFilePath(const QString &filePath)
{
    const QFileInfo info(filePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("_rejets.csv"));
}

} // namespace OpenMairie::Core
