#pragma once

#include "CancellationToken.h"
#include "ExchangeActor.h"
#include "ExportSource.h"
#include "SqlDialect.h"
#include "TableWriter.h"

#include <QSqlDatabase>

#include <functional>

namespace OpenMairie::Core {

struct OPENMAIRIE_CORE_EXPORT ExportRequest
{
    ExportFormat format = ExportFormat::Csv;
    QString filePath;
    QString title;             // "Liste des électeurs": sheet name, audit comment
    bool personalData = false; // electoral and funeral data: the export is written to the audit trail
    QString module;            // for the audit row
    QString table;
};

struct OPENMAIRIE_CORE_EXPORT ExportSummary
{
    qint64 rows = 0;
    QString filePath;
    ExportFormat format = ExportFormat::Csv;
};

using ExportProgressCallback = std::function<void(qint64 rows, qint64 total)>;

// Streams a source into a file. For personal data, the audit row ("export", what, how many rows,
// which columns) is committed before the file is put in place: no trace, no file.
class OPENMAIRIE_CORE_EXPORT ExportJob
{
public:
    ExportJob(const ExportRequest &request, const ExchangeActor &actor);

    void setProgressCallback(ExportProgressCallback callback) { m_progress = std::move(callback); }
    void setCancellationToken(const CancellationToken *token) { m_cancel = token; }

    // `database` is used only to write the audit row of a personal-data export.
    Result<ExportSummary> run(ExportSource &source, const QSqlDatabase &database, const SqlDialect &dialect);

    static constexpr int kProgressInterval = 500;

private:
    ExportRequest m_request;
    ExchangeActor m_actor;
    ExportProgressCallback m_progress;
    const CancellationToken *m_cancel = nullptr;
};

} // namespace OpenMairie::Core
