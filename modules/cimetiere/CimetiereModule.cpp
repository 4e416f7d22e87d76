#include "CimetiereModule.h"

#include "CimetiereAccess.h"
#include "CimetiereCli.h"
#include "CimetiereImport.h"
#include "CimetiereDashboard.h"
#include "CimetiereSearchProvider.h"
#include "CimetiereView.h"
#include "ConcessionService.h"
#include "DeceasedService.h"
#include "DemoCemetery.h"
#include "OperationService.h"
#include "PlotService.h"
#include "Tr.h"

#include <QIcon>

#include "ModuleContext.h"
#include "dashboard/DashboardRegistry.h"
#include "search/SearchRegistry.h"
#include "reference/ParameterRegistry.h"
#include "reference/ReferenceServices.h"

namespace OpenMairie::Cimetiere {

namespace {
QList<Core::ParameterDeclaration> parameterDeclarations()
{
    auto declaration = [](const QString &name, const QString &label, Core::ParameterType type, const QString &value,
                          const QString &help) {
        Core::ParameterDeclaration d;
        d.module = CimetiereAccess::kModuleId;
        d.name = name;
        d.label = label;
        d.type = type;
        d.defaultValue = value;
        d.help = help;
        return d;
    };
    return {
        declaration(CimetiereAccess::kParamTailleCercueil, Tr::tr("Places occupées par un cercueil"),
                    Core::ParameterType::Text, QStringLiteral("1"),
                    Tr::tr("Nombre de places qu'occupe un cercueil dans un emplacement (1 par défaut).")),
        declaration(CimetiereAccess::kParamTailleUrne, Tr::tr("Places occupées par une urne"),
                    Core::ParameterType::Text, QStringLiteral("0,1"),
                    Tr::tr("Nombre de places qu'occupe une urne (0,1 par défaut : dix urnes font une place).")),
        declaration(CimetiereAccess::kParamTailleReliquaire, Tr::tr("Places occupées par un reliquaire"),
                    Core::ParameterType::Text, QStringLiteral("0,5"),
                    Tr::tr("Nombre de places qu'occupent les restes réduits d'un corps (0,5 par défaut).")),
        declaration(CimetiereAccess::kParamDelaiReduction, Tr::tr("Délai avant réduction de corps (années)"),
                    Core::ParameterType::Integer, QStringLiteral("5"),
                    Tr::tr("Années minimales entre l'inhumation et une réduction de corps (règlement du cimetière).")),
        declaration(CimetiereAccess::kParamRenouvellementAnticipe,
                    Tr::tr("Renouvellement possible avant le terme (mois)"), Core::ParameterType::Integer,
                    QStringLiteral("12"),
                    Tr::tr("Combien de mois avant son terme une concession peut être renouvelée.")),
    };
}
} // namespace

CimetiereModule::CimetiereModule() = default;
CimetiereModule::~CimetiereModule() = default;

Core::Status CimetiereModule::initialize(Core::ModuleContext &context)
{
    // No database access here: the CLI's "modules" command loads modules without any.
    m_context = &context;
    for (const Core::ParameterDeclaration &d : parameterDeclarations())
        if (Core::Status s = context.references().parameterRegistry().declare(d); !s)
            return s;
    m_access = std::make_unique<CimetiereAccess>(context);
    m_plots = std::make_unique<PlotService>(*m_access);
    m_concessions = std::make_unique<ConcessionService>(*m_access);
    m_operations = std::make_unique<OperationService>(*m_access);
    m_deceased = std::make_unique<DeceasedService>(*m_access);
    m_import = std::make_unique<CimetiereImport>(*m_access, context.importer());
    m_cli = std::make_unique<CimetiereCli>(*m_access, *m_concessions, *m_plots, m_import.get());
    // Home-page widgets and the global search: a refusal only costs these extras.
    for (const Core::DashboardWidgetDefinition &widget : CimetiereDashboard::definitions())
        if (Core::Status s = context.dashboardWidgets().declare(widget); !s)
            qWarning("cimetiere: %s", qUtf8Printable(s.error().fullText()));
    if (Core::Status s = context.searchProviders().add(std::make_shared<CimetiereSearchProvider>()); !s)
        qWarning("cimetiere: %s", qUtf8Printable(s.error().fullText()));
    return {};
}

void CimetiereModule::aboutToShutdown()
{
    if (m_context) {
        m_context->references().parameterRegistry().removeModule(CimetiereAccess::kModuleId);
        m_context->dashboardWidgets().removeModule(CimetiereAccess::kModuleId);
        m_context->searchProviders().removeModule(CimetiereAccess::kModuleId);
    }
}

void CimetiereModule::registerCliCommands(Core::CliCommandRegistry &registry)
{
    if (!m_cli)
        return;
    if (Core::Status s = m_cli->registerCommands(registry); !s)
        qWarning("cimetiere: %s", qUtf8Printable(s.error().fullText()));
}

Core::Status CimetiereModule::populateDemoData(Core::ModuleContext &context)
{
    CimetiereAccess access(context);
    return DemoCemetery(access).populate();
}

QList<CoreUi::NavigationEntry> CimetiereModule::navigationEntries()
{
    if (!m_plots)
        return {};
    CoreUi::NavigationEntry entry;
    entry.id = CimetiereView::kEntryId;
    entry.title = Tr::tr("Cimetières");
    entry.group = Tr::tr("État civil et funéraire");
    entry.icon = QIcon::fromTheme(QStringLiteral("x-office-drawing"));
    entry.permission = PlotService::kPermissionConsulter;
    PlotService *plots = m_plots.get();
    ConcessionService *concessions = m_concessions.get();
    DeceasedService *deceased = m_deceased.get();
    OperationService *operations = m_operations.get();
    entry.createView = [plots, concessions, deceased, operations](QWidget *parent) -> QWidget * {
        return new CimetiereView(*plots, *concessions, *deceased, *operations, parent);
    };
    // "emplacement:<id>" from the global search and the dashboard opens the plot on the plan.
    entry.openTarget = [](QWidget *view, const QString &target) {
        auto *cimetiere = qobject_cast<CimetiereView *>(view);
        return cimetiere && cimetiere->openTarget(target);
    };
    return {entry};
}

} // namespace OpenMairie::Cimetiere
