#include "ElecModule.h"

#include "BureauxView.h"
#include "ElecCli.h"
#include "ElecDashboard.h"
#include "ElecDemo.h"
#include "ElecLinks.h"
#include "ElecSearchProvider.h"
#include "ElecService.h"
#include "ElecteurView.h"
#include "MouvementsView.h"
#include "Tr.h"

#include "ModuleContext.h"
#include "ReferenceServices.h"
#include "dashboard/DashboardRegistry.h"
#include "search/SearchRegistry.h"

#include <QIcon>

namespace OpenMairie::Elec {

ElecModule::ElecModule() = default;
ElecModule::~ElecModule() = default;

Core::Status ElecModule::initialize(Core::ModuleContext &context)
{
    // No database access here: the CLI's "modules" command loads modules without any.
    m_context = &context;
    m_service = std::make_unique<ElecService>(context);
    m_cli = std::make_unique<ElecCli>(*m_service, context.database(), context.session(), context.permissions());
    // Home-page widgets and the global search: a refusal only costs these extras, never the lists.
    for (const Core::DashboardWidgetDefinition &widget : ElecDashboard::definitions())
        if (Core::Status s = context.dashboardWidgets().declare(widget); !s)
            qWarning("elec: %s", qUtf8Printable(s.error().fullText()));
    if (Core::Status s = context.searchProviders().add(std::make_shared<ElecSearchProvider>()); !s)
        qWarning("elec: %s", qUtf8Printable(s.error().fullText()));
    return {};
}

void ElecModule::aboutToShutdown()
{
    if (m_context) {
        m_context->dashboardWidgets().removeModule(ElecService::kModuleId);
        m_context->searchProviders().removeModule(ElecService::kModuleId);
    }
}

void ElecModule::registerCliCommands(Core::CliCommandRegistry &registry)
{
    if (!m_cli)
        return;
    if (Core::Status s = m_cli->registerCommands(registry); !s)
        qWarning("elec: %s", qUtf8Printable(s.error().fullText()));
}

Core::Status ElecModule::populateDemoData(Core::ModuleContext &context)
{
    ElecService service(context);
    return ElecDemo(service, context).populate();
}

QList<CoreUi::NavigationEntry> ElecModule::navigationEntries()
{
    if (!m_service || !m_context)
        return {};
    ElecService *service = m_service.get();
    Core::VoieService *voies = &m_context->references().voies();
    const QString group = Tr::tr("Élections");

    CoreUi::NavigationEntry liste;
    liste.id = ElecLinks::kListeEntry;
    liste.title = Tr::tr("Liste électorale");
    liste.group = group;
    liste.icon = QIcon::fromTheme(QStringLiteral("x-office-address-book"));
    liste.permission = ElecService::kPermissionConsulter;
    liste.createView = [service, voies](QWidget *parent) -> QWidget * { return new ElecteurView(*service, voies, parent); };
    liste.openTarget = [](QWidget *view, const QString &target) {
        auto *electeurs = qobject_cast<ElecteurView *>(view);
        return electeurs && electeurs->openTarget(target);
    };

    CoreUi::NavigationEntry mouvements;
    mouvements.id = ElecLinks::kMouvementsEntry;
    mouvements.title = Tr::tr("Mouvements en cours");
    mouvements.group = group;
    mouvements.icon = QIcon::fromTheme(QStringLiteral("view-list-details"));
    mouvements.permission = ElecService::kPermissionConsulter;
    mouvements.createView = [service](QWidget *parent) -> QWidget * { return new MouvementsView(*service, parent); };

    CoreUi::NavigationEntry bureaux;
    bureaux.id = ElecLinks::kBureauxEntry;
    bureaux.title = Tr::tr("Bureaux et découpage");
    bureaux.group = group;
    bureaux.icon = QIcon::fromTheme(QStringLiteral("go-home"));
    bureaux.permission = ElecService::kPermissionConsulter;
    bureaux.createView = [service](QWidget *parent) -> QWidget * { return new BureauxView(*service, parent); };
    return {liste, mouvements, bureaux};
}

} // namespace OpenMairie::Elec
