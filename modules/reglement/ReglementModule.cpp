#include "ReglementModule.h"

#include "ArreteService.h"
#include "ArreteView.h"
#include "DemoRegister.h"
#include "ReglementCli.h"
#include "Tr.h"

#include "ModuleContext.h"

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
    return {};
}

void ReglementModule::registerCliCommands(Core::CliCommandRegistry &registry)
{
    if (!m_cli)
        return;
    if (Core::Status s = m_cli->registerCommands(registry); !s)
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
    registre.id = QStringLiteral("reglement.arretes");
    registre.title = Tr::tr("Arrêtés municipaux");
    registre.group = Tr::tr("Réglementation");
    registre.icon = QIcon::fromTheme(QStringLiteral("x-office-document"));
    registre.permission = ArreteService::kPermissionConsulter;
    Core::Session *session = &m_context->session();
    ArreteService *service = m_service.get();
    registre.createView = [service, session](QWidget *parent) -> QWidget * {
        return new ArreteView(*service, *session, parent);
    };
    return {registre};
}

} // namespace OpenMairie::Reglement
