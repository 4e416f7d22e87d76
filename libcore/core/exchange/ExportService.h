#pragma once

#include "CancellationToken.h"
#include "ExchangeActor.h"
#include "ExportJob.h"
#include "StoredQuery.h"

class QAbstractItemModel;

namespace OpenMairie::Core {

class DatabaseManager;
class Permissions;
class Session;

// What is exported, for the right check and the audit trail.
struct OPENMAIRIE_CORE_EXPORT ExportSubject
{
    QString title;             // "Liste des contacts"
    QString module;
    QString table;
    bool personalData = false;
    QString permission;        // empty: anyone signed in
};

struct OPENMAIRIE_CORE_EXPORT StoredQueryPreview
{
    QList<ExportColumn> columns;
    QList<QVariantList> rows;
    bool truncated = false; // more rows than shown
};

// The entry point of exports for the GUI and the CLI: checks the right, runs the export on the
// calling thread's connection, audits personal data. Call it in the Session's thread.
class OPENMAIRIE_CORE_EXPORT ExportService
{
public:
    ExportService(DatabaseManager &database, const Session &session, const Permissions &permissions);

    Result<ExchangeActor> authorize(const QString &permission) const;

    Result<ExportSummary> exportSource(ExportSource &source, const ExportSubject &subject, ExportFormat format,
                                       const QString &filePath, const ExportProgressCallback &progress = {},
                                       const CancellationToken *cancel = nullptr) const;
    // A list view: the model's columns in `modelColumns` order.
    Result<ExportSummary> exportModel(QAbstractItemModel &model, const QList<int> &modelColumns,
                                      const ExportSubject &subject, ExportFormat format, const QString &filePath,
                                      const ExportProgressCallback &progress = {},
                                      const CancellationToken *cancel = nullptr) const;

    Result<StoredQueryPreview> previewStoredQuery(const StoredQuery &query, const StoredQuerySelection &selection,
                                                  int maxRows = 200) const;
    Result<ExportSummary> exportStoredQuery(const StoredQuery &query, const StoredQuerySelection &selection,
                                            ExportFormat format, const QString &filePath,
                                            const ExportProgressCallback &progress = {},
                                            const CancellationToken *cancel = nullptr) const;

private:
    DatabaseManager &m_database;
    const Session &m_session;
    const Permissions &m_permissions;
};

} // namespace OpenMairie::Core
