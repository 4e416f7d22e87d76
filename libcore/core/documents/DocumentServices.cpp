#include "DocumentServices.h"

#include "LabelSheetProducer.h"
#include "TemplateBatchProducer.h"
#include "TemplateCompiler.h"

#include "DatabaseManager.h"
#include "Permissions.h"
#include "Session.h"
#include "Transaction.h"

#include "OutputFile.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace OpenMairie::Documents {

using Core::Error;

Q_LOGGING_CATEGORY(lcDocuments, "openmairie.documents")

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::DocumentServices)
};
} // namespace

DocumentServices::DocumentServices(Core::DatabaseManager &database, Core::Session &session,
                                   Core::Permissions &permissions, Core::AuditTrail &audit)
    : m_database(database)
    , m_session(session)
    , m_permissions(permissions)
    , m_audit(audit)
    , m_parameters(database, session, permissions, audit)
    , m_templates(database, session, permissions, audit, m_sources, m_parameters)
{
    m_permissions.declare(QStringLiteral("documents"), permissionDeclarations());
}

QList<Core::PermissionDeclaration> DocumentServices::permissionDeclarations()
{
    return {
        {QStringLiteral("documents.modele.modifier"), Tr::tr("Modifier les modèles de documents de la commune"),
         QStringLiteral("super_utilisateur")},
        {QStringLiteral("documents.parametre.modifier"),
         Tr::tr("Modifier les paramètres de la commune imprimés dans les documents (maire, adresse, logo)"),
         QStringLiteral("administrateur")},
        {QStringLiteral("documents.journal.consulter"), Tr::tr("Consulter le journal des impressions"),
         QStringLiteral("super_utilisateur")},
    };
}

Core::Result<MergeContext> DocumentServices::mergeContext()
{
    Core::Result<QHash<QString, QString>> values = m_parameters.values();
    if (!values)
        return values.error();
    MergeContext context;
    context.parameters = values.value();
    context.logoData = m_parameters.logoData();
    context.loadLogo();
    return context;
}

Core::Result<PreparedPrint> DocumentServices::prepareTemplate(const TemplatePrintRequest &request)
{
    if (!m_session.commune().isValid())
        return Error(Tr::tr("Choisissez d'abord une commune."), {}, Error::Kind::InvalidInput);
    if (request.keys.isEmpty())
        return Error(Tr::tr("Aucun document à imprimer : la sélection est vide."), {}, Error::Kind::InvalidInput);
    Core::Result<ResolvedTemplate> resolved = m_templates.resolve(request.module, request.code);
    if (!resolved)
        return resolved.error();
    Core::Result<DocumentSourceRegistry::SourcePtr> source = m_sources.require(resolved->documentTemplate.sourceName);
    if (!source)
        return source.error();
    Core::Result<QStringList> names = m_parameters.knownNames();
    if (!names)
        return names.error();
    const TemplateCompilation compilation =
        TemplateCompiler::compile(resolved->documentTemplate, source.value()->schema(), names.value());
    if (!compilation.ok()) {
        // A template that compiled when saved no longer matches its source (module updated).
        const TemplateIssue &first = compilation.issues.first();
        return Error(Tr::tr("Le modèle « %1 » (%2) ne correspond plus à sa source de données : %3 Corrigez-le dans "
                            "l'éditeur de modèles.").arg(resolved->documentTemplate.title, resolved->describe(), first.text()),
                     {}, Error::Kind::InvalidInput);
    }
    Core::Result<MergeContext> context = mergeContext();
    if (!context)
        return context.error();
    auto producer = std::make_shared<TemplateBatchProducer>(
        compilation.compiled, context.value(),
        std::make_unique<KeyListRecordStream>(source.value(), request.keys), request.watermark);
    PreparedPrint print;
    print.pageLayout = resolved->documentTemplate.page.pageLayout();
    print.journal.module = request.module;
    print.journal.document = request.code;
    print.journal.kind = PrintJournalEntry::Kind::Template;
    print.journal.title = resolved->documentTemplate.title;
    print.journal.source = resolved.value();
    print.journal.watermark = producer->effectiveWatermark();
    print.journal.personalData = source.value()->containsPersonalData();
    print.producer = std::move(producer);
    return print;
}

Core::Result<PreparedPrint> DocumentServices::prepareList(const ListLayout &layout,
                                                          ListReportProducer::RowSourceFactory rows,
                                                          const QString &subtitle)
{
    if (!m_session.commune().isValid())
        return Error(Tr::tr("Choisissez d'abord une commune."), {}, Error::Kind::InvalidInput);
    if (Core::Status s = layout.validate(); !s)
        return s.error();
    Core::Result<MergeContext> context = mergeContext();
    if (!context)
        return context.error();
    ListHeader header;
    header.communeName = m_session.commune().nom;
    header.codeInsee = m_session.commune().codeInsee;
    header.subtitle = subtitle;
    header.printedBy = m_session.user().login;
    header.logo = context->logo;
    PreparedPrint print;
    print.producer = std::make_shared<ListReportProducer>(layout, header, std::move(rows));
    print.pageLayout = layout.page.pageLayout();
    print.journal.module = layout.module;
    print.journal.document = layout.code;
    print.journal.kind = PrintJournalEntry::Kind::List;
    print.journal.title = subtitle.isEmpty() ? layout.title : layout.title + QStringLiteral(" — ") + subtitle;
    print.journal.layoutRevision = layout.revision;
    print.journal.personalData = layout.personalData;
    return print;
}

Core::Result<PreparedPrint> DocumentServices::prepareLabels(const QString &title, const LabelSheetLayout &sheet,
                                                            const PrinterOffset &offset,
                                                            std::shared_ptr<LabelContent> content,
                                                            const QString &sourceName, const QStringList &keys,
                                                            int startIndex)
{
    if (Core::Status s = sheet.validate(); !s)
        return s.error();
    Core::Result<DocumentSourceRegistry::SourcePtr> source = m_sources.require(sourceName);
    if (!source)
        return source.error();
    PreparedPrint print;
    print.producer = std::make_shared<LabelSheetProducer>(title, sheet, offset, std::move(content),
                                                          std::make_unique<KeyListRecordStream>(source.value(), keys),
                                                          startIndex);
    print.pageLayout = sheet.pageLayout();
    print.journal.module = sourceName.section(u'.', 0, 0);
    print.journal.document = sourceName;
    print.journal.kind = PrintJournalEntry::Kind::Labels;
    print.journal.title = title;
    print.journal.personalData = source.value()->containsPersonalData();
    return print;
}

std::unique_ptr<DocumentJob> DocumentServices::pdfJob(const PreparedPrint &print, const QString &outputPath)
{
    DocumentJobRequest request;
    request.producer = print.producer;
    request.outputPath = outputPath;
    request.login = m_session.user().login;
    request.communeId = m_session.commune().id;
    request.journal = print.journal;
    return std::make_unique<DocumentJob>(m_database, std::move(request));
}

Core::Result<qint64> DocumentServices::recordPrinted(const PreparedPrint &print, const QString &printerName)
{
    PrintJournalEntry entry = print.journal;
    const ProductionReport &report = print.producer->report();
    entry.destination = PrintJournalEntry::Destination::Printer;
    entry.target = printerName;
    entry.pageCount = report.pageCount;
    entry.documentCount = report.documentCount;
    entry.rowCount = report.rowCount;
    entry.items = report.items;
    QSqlDatabase db = m_database.connection();
    Core::Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Core::Result<qint64> id = PrintJournal::record(db, m_session.user().login, m_session.commune().id, entry);
    if (!id)
        return id.error();
    if (Core::Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Core::Result<DocumentJobResult> DocumentServices::printTemplateToPdf(const TemplatePrintRequest &request,
                                                                     const QString &outputPath)
{
    if (Core::Status s = OutputFile::checkWritable(outputPath); !s)
        return s.error();
    Core::Result<PreparedPrint> print = prepareTemplate(request);
    if (!print)
        return print.error();
    return pdfJob(print.value(), outputPath)->run();
}

Core::Result<DocumentJobResult> DocumentServices::printListToPdf(const ListLayout &layout,
                                                                 ListReportProducer::RowSourceFactory rows,
                                                                 const QString &outputPath, const QString &subtitle)
{
    if (Core::Status s = OutputFile::checkWritable(outputPath); !s)
        return s.error();
    Core::Result<PreparedPrint> print = prepareList(layout, std::move(rows), subtitle);
    if (!print)
        return print.error();
    return pdfJob(print.value(), outputPath)->run();
}

} // namespace OpenMairie::Documents
