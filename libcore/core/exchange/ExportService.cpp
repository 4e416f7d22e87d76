#include "ExportService.h"

#include "DatabaseManager.h"
#include "Permissions.h"
#include "Session.h"
#include "TableExport.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ExportService)
};
} // namespace

ExportService::ExportService(DatabaseManager &database, const Session &session, const Permissions &permissions)
    : m_database(database), m_session(session), m_permissions(permissions)
{
}

Result<ExchangeActor> ExportService::authorize(const QString &permission) const
{
    if (!m_session.isAuthenticated())
        return Error(Tr::tr("Connectez-vous avant d'exporter."), {}, Error::Kind::PermissionDenied);
    if (!permission.isEmpty())
        if (Status s = m_permissions.require(permission); !s)
            return s.error();
    return ExchangeActor::fromSession(m_session);
}

Result<ExportSummary> ExportService::exportSource(ExportSource &source, const ExportSubject &subject,
                                                  ExportFormat format, const QString &filePath,
                                                  const ExportProgressCallback &progress,
                                                  const CancellationToken *cancel) const
{
    Result<ExchangeActor> actor = authorize(subject.permission);
    if (!actor)
        return actor.error();
    QSqlDatabase db;
    if (subject.personalData) {
        Result<QSqlDatabase> connection = m_database.checkedConnection();
        if (!connection)
            return connection.error();
        db = connection.value();
    }
    ExportRequest request;
    request.format = format;
    request.filePath = filePath;
    request.title = subject.title;
    request.personalData = subject.personalData;
    request.module = subject.module;
    request.table = subject.table;
    ExportJob job(request, actor.value());
    job.setProgressCallback(progress);
    job.setCancellationToken(cancel);
    return job.run(source, db, m_database.dialect());
}

Result<ExportSummary> ExportService::exportModel(QAbstractItemModel &model, const QList<int> &modelColumns,
                                                 const ExportSubject &subject, ExportFormat format,
                                                 const QString &filePath, const ExportProgressCallback &progress,
                                                 const CancellationToken *cancel) const
{
    TableExport source(model, modelColumns);
    return exportSource(source, subject, format, filePath, progress, cancel);
}

Result<StoredQueryPreview> ExportService::previewStoredQuery(const StoredQuery &query,
                                                             const StoredQuerySelection &selection, int maxRows) const
{
    Result<ExchangeActor> actor = authorize(query.permission());
    if (!actor)
        return actor.error();
    Result<QSqlDatabase> db = m_database.checkedConnection();
    if (!db)
        return db.error();
    StoredQuerySelection limited = selection;
    // One row more than shown tells whether there are more.
    if (maxRows > 0 && (limited.limit == 0 || limited.limit > maxRows))
        limited.limit = maxRows + 1;
    Result<std::unique_ptr<ExportSource>> source = query.open(db.value(), m_database.dialect(), limited,
                                                              actor->communeId);
    if (!source)
        return source.error();
    StoredQueryPreview preview;
    preview.columns = source.value()->columns();
    QVariantList row;
    for (;;) {
        Result<bool> more = source.value()->next(row);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        if (maxRows > 0 && preview.rows.size() >= maxRows) {
            preview.truncated = true;
            break;
        }
        preview.rows.append(row);
    }
    return preview;
}

Result<ExportSummary> ExportService::exportStoredQuery(const StoredQuery &query, const StoredQuerySelection &selection,
                                                       ExportFormat format, const QString &filePath,
                                                       const ExportProgressCallback &progress,
                                                       const CancellationToken *cancel) const
{
    Result<ExchangeActor> actor = authorize(query.permission());
    if (!actor)
        return actor.error();
    Result<QSqlDatabase> db = m_database.checkedConnection();
    if (!db)
        return db.error();
    Result<std::unique_ptr<ExportSource>> source = query.open(db.value(), m_database.dialect(), selection,
                                                              actor->communeId);
    if (!source)
        return source.error();
    ExportSubject subject;
    subject.title = query.title();
    subject.module = query.module();
    subject.table = query.auditTable();
    subject.personalData = query.hasPersonalData();
    subject.permission = query.permission();
    return exportSource(*source.value(), subject, format, filePath, progress, cancel);
}

} // namespace OpenMairie::Core
