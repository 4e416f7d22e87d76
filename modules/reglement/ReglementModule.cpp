#include "ReglementModule.h"

#include "ArreteDocumentSource.h"
#include "ArreteLinks.h"
#include "ArretePrinting.h"
#include "ArreteSearchProvider.h"
#include "ArreteService.h"
#include "ArreteView.h"
#include "DemoRegister.h"
#include "ReglementCli.h"
#include "ReglementDashboard.h"
#include "ReglementPrintCli.h"
#include "ReglementStoredQueries.h"
#include "Tr.h"

#include "ModuleContext.h"
#include "dashboard/DashboardRegistry.h"
#include "exchange/StoredQueryRegistry.h"
#include "search/SearchRegistry.h"
#include "security/AuditQuery.h"

#include <QIcon>

namespace OpenMairie::Reglement {

ReglementModule::ReglementModule() = default;
ReglementModule::~ReglementModule() = default;

Core::Status ReglementModule::initialize(Core::ModuleContext &context)
{
    // No database access here: the CLI's "modules" command loads modules without any.
    m_context = &context;
    m_service = std::make_unique<ArreteService>(context);
    m_cli = std::make_unique<ReglementCli>(*m_service);
    m_printing = std::make_unique<ArretePrinting>(*m_service, context.documents());
    m_printCli = std::make_unique<ReglementPrintCli>(*m_printing);
    m_history = std::make_unique<Core::AuditQuery>(context.database(), context.permissions(), context.session(),
                                                   context.audit());
    // Home-page widgets and the global search: declared now, computed later on worker threads. A
    // refusal only costs these extras, never the register itself.
    for (const Core::DashboardWidgetDefinition &widget : ReglementDashboard::definitions())
        if (Core::Status s = context.dashboardWidgets().declare(widget); !s)
            qWarning("reglement: %s", qUtf8Printable(s.error().fullText()));
    if (Core::Status s = context.searchProviders().add(std::make_shared<ArreteSearchProvider>()); !s)
        qWarning("reglement: %s", qUtf8Printable(s.error().fullText()));
    for (const Core::StoredQuery &query : ReglementStoredQueries::all())
        if (Core::Status s = context.storedQueries().declare(query); !s)
            qWarning("reglement: %s", qUtf8Printable(s.error().fullText()));
    // The arrêté's merge fields, for the shipped template, the commune's own and the editor.
    return context.documents().sources().add(std::make_shared<ArreteDocumentSource>());
}

void ReglementModule::aboutToShutdown()
{
    if (m_context) {
        m_context->documents().sources().remove(ArreteDocumentSource::kName);
        m_context->dashboardWidgets().removeModule(ArreteService::kModuleId);
        m_context->searchProviders().removeModule(ArreteService::kModuleId);
        m_context->storedQueries().removeModule(ArreteService::kModuleId);
    }
}

void ReglementModule::registerCliCommands(Core::CliCommandRegistry &registry)
{
    if (!m_cli)
        return;
    for (Core::Status s : {m_cli->registerCommands(registry), m_printCli->registerCommands(registry)})
        if (!s)
            qWarning("reglement: %s", qUtf8Printable(s.error().fullText()));
}

Core::Status ReglementModule::populateDemoData(Core::ModuleContext &context)
{
    ArreteService service(context);
    return DemoRegister(service).populate();
}

QList<CoreUi::NavigationEntry> ReglementModule::navigationEntries()
{
    if (!m_service || !m_context)
        return {};
    CoreUi::NavigationEntry registre;
    registre.id = ArreteLinks::kEntryId;
    registre.title = Tr::tr("Arrêtés municipaux");
    registre.group = Tr::tr("Réglementation");
    registre.icon = QIcon::fromTheme(QStringLiteral("x-office-document"));
    registre.permission = ArreteService::kPermissionConsulter;
    Core::Session *session = &m_context->session();
    ArreteService *service = m_service.get();
    ArretePrinting *printing = m_printing.get();
    Core::AuditQuery *history = m_history.get();
    Core::ExportService *exporter = &m_context->exporter();
    registre.createView = [service, session, printing, history, exporter](QWidget *parent) -> QWidget * {
        auto *view = new ArreteView(*service, *session, printing, parent);
        view->setHistorySource(history);
        view->setExporter(exporter);
        return view;
    };
    // Links of the global search and of the dashboard: "arrete:<id>" opens the arrêté, "nouveau" the
    // form of a new one.
    registre.openTarget = [](QWidget *view, const QString &target) {
        auto *arretes = qobject_cast<ArreteView *>(view);
        return arretes && arretes->openTarget(target);
    };
    return {registre};
}

} // namespace OpenMairie::Reglement
