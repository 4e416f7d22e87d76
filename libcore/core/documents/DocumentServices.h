#pragma once

#include "CommuneParameters.h"
#include "DocumentJob.h"
#include "DocumentSourceRegistry.h"
#include "DocumentTemplateStore.h"
#include "LabelContent.h"
#include "LabelSheetLayout.h"
#include "ListLayout.h"
#include "ListReportProducer.h"
#include "MergeContext.h"

#include "ModuleSpec.h"

namespace OpenMairie::Documents {

// A print made ready: the producer that paints it and what the journal will say of it. The same
// prepared print feeds the preview, the printer and the PDF file.
struct OPENMAIRIE_CORE_EXPORT PreparedPrint
{
    std::shared_ptr<DocumentProducer> producer;
    PrintJournalEntry journal;
    QPageLayout pageLayout;
};

struct OPENMAIRIE_CORE_EXPORT TemplatePrintRequest
{
    QString module;
    QString code;
    QStringList keys;  // records, in print order
    QString watermark; // "Duplicata", "Projet"; empty for the template's own
};

// The document engine as modules and the shell use it, for the session's commune: data sources,
// commune parameters, template store, and prints ready for the preview, a printer or a PDF/A file.
//
// The composition root owns one instance (next to CoreServices) and hands it to modules.
class OPENMAIRIE_CORE_EXPORT DocumentServices
{
public:
    DocumentServices(Core::DatabaseManager &database, Core::Session &session, Core::Permissions &permissions,
                     Core::AuditTrail &audit);

    DocumentSourceRegistry &sources() { return m_sources; }
    CommuneParameters &parameters() { return m_parameters; }
    DocumentTemplateStore &templates() { return m_templates; }
    Core::DatabaseManager &database() { return m_database; }
    Core::Session &session() { return m_session; }

    // Rights the engine declares (also listed in the report to the lead).
    static QList<Core::PermissionDeclaration> permissionDeclarations();

    // The commune's parameters, logo and today's date, for merging.
    Core::Result<MergeContext> mergeContext();

    Core::Result<PreparedPrint> prepareTemplate(const TemplatePrintRequest &request);
    // Rows come from the factory's source, created in the producing thread.
    Core::Result<PreparedPrint> prepareList(const ListLayout &layout, ListReportProducer::RowSourceFactory rows,
                                            const QString &subtitle = {});
    Core::Result<PreparedPrint> prepareLabels(const QString &title, const LabelSheetLayout &sheet,
                                              const PrinterOffset &offset, std::shared_ptr<LabelContent> content,
                                              const QString &sourceName, const QStringList &keys, int startIndex = 0);

    // A PDF/A job for a prepared print (start() it, or run() it synchronously).
    std::unique_ptr<DocumentJob> pdfJob(const PreparedPrint &print, const QString &outputPath);
    // After printing on paper: the journal row (destination printer).
    Core::Result<qint64> recordPrinted(const PreparedPrint &print, const QString &printerName);

    // For the CLI: template or list straight to a PDF file, in the calling thread.
    Core::Result<DocumentJobResult> printTemplateToPdf(const TemplatePrintRequest &request, const QString &outputPath);
    Core::Result<DocumentJobResult> printListToPdf(const ListLayout &layout, ListReportProducer::RowSourceFactory rows,
                                                   const QString &outputPath, const QString &subtitle = {});

private:
    Core::DatabaseManager &m_database;
    Core::Session &m_session;
    Core::Permissions &m_permissions;
    Core::AuditTrail &m_audit;
    DocumentSourceRegistry m_sources;
    CommuneParameters m_parameters;
    DocumentTemplateStore m_templates;
};

} // namespace OpenMairie::Documents
