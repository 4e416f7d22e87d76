#include "ReglementDashboard.h"

#include "ArreteLinks.h"
#include "ArreteRepository.h"
#include "ArreteService.h"
#include "Tr.h"

#include "Sql.h"

namespace OpenMairie::Reglement {

namespace {
constexpr int kLatestCount = 5;

ArreteRepository repositoryOf(const Core::DashboardDataRequest &request)
{
    return ArreteRepository(request.db, request.dialect, request.communeId);
}
} // namespace

const QString ReglementDashboard::kArretesAnnee = QStringLiteral("reglement.arretes_annee");
const QString ReglementDashboard::kATransmettre = QStringLiteral("reglement.a_transmettre");
const QString ReglementDashboard::kDerniersArretes = QStringLiteral("reglement.derniers_arretes");
const QString ReglementDashboard::kNouvelArrete = QStringLiteral("reglement.nouvel_arrete");

QList<Core::DashboardWidgetDefinition> ReglementDashboard::definitions()
{
    const auto widget = [](const QString &id, const QString &title, const QString &description,
                           Core::DashboardWidgetKind kind, const QString &permission, const Core::RecordLink &link,
                           const Core::DashboardWidgetDefinition::DataFunction &load) {
        Core::DashboardWidgetDefinition d;
        d.id = id;
        d.module = ArreteService::kModuleId;
        d.title = title;
        d.description = description;
        d.kind = kind;
        d.permission = permission;
        d.link = link;
        d.load = load;
        return d;
    };
    const QString consulter = ArreteService::kPermissionConsulter;
    return {
        widget(kArretesAnnee, Tr::tr("Arrêtés de l'année"),
               Tr::tr("Nombre d'arrêtés enregistrés au registre pour l'année en cours."),
               Core::DashboardWidgetKind::Count, consulter, ArreteLinks::registre(), &ReglementDashboard::arretesOfYear),
        widget(kATransmettre, Tr::tr("À transmettre à la préfecture"),
               Tr::tr("Arrêtés en vigueur soumis au contrôle de légalité qui n'ont pas encore été transmis : ils ne "
                      "sont pas exécutoires."),
               Core::DashboardWidgetKind::Alert, consulter, ArreteLinks::registre(),
               &ReglementDashboard::awaitingTransmission),
        widget(kDerniersArretes, Tr::tr("Derniers arrêtés"),
               Tr::tr("Les %1 derniers arrêtés du registre ; un clic ouvre l'arrêté.").arg(kLatestCount),
               Core::DashboardWidgetKind::ShortList, consulter, ArreteLinks::registre(), &ReglementDashboard::latest),
        widget(kNouvelArrete, Tr::tr("Nouvel arrêté"),
               Tr::tr("Enregistrer un arrêté au registre : son numéro est attribué à l'enregistrement."),
               Core::DashboardWidgetKind::Shortcut, ArreteService::kPermissionCreer, ArreteLinks::newArrete(), {}),
    };
}

Core::Result<Core::DashboardValue> ReglementDashboard::arretesOfYear(const Core::DashboardDataRequest &request)
{
    ArreteFilter filter;
    filter.annee = request.today.year();
    Core::Result<int> count = repositoryOf(request).count(filter);
    if (!count)
        return count.error();
    Core::DashboardValue value;
    value.count = count.value();
    // French puts 0 and 1 in the singular.
    value.text = (value.count <= 1 ? Tr::tr("arrêté enregistré en %1") : Tr::tr("arrêtés enregistrés en %1"))
                     .arg(filter.annee);
    return value;
}

Core::Result<Core::DashboardValue> ReglementDashboard::awaitingTransmission(const Core::DashboardDataRequest &request)
{
    // Same rule as ExecutoireStatus: an act in force, subject to transmission, not transmitted yet.
    Core::Result<QVariant> count = Core::Sql::scalar(
        request.db,
        QStringLiteral("SELECT count(*) FROM reglement_arrete WHERE collectivite_id = ? AND etat = 'actif' "
                       "AND transmission_requise = ? AND date_transmission IS NULL"),
        {request.communeId, true});
    if (!count)
        return count.error();
    Core::DashboardValue value;
    value.count = count.value().toInt();
    value.text = value.count == 0
                     ? Tr::tr("Aucun arrêté en attente de transmission : tout est à jour.")
                     : value.count == 1
                           ? Tr::tr("arrêté en vigueur pas encore transmis : il n'est pas exécutoire.")
                           : Tr::tr("arrêtés en vigueur pas encore transmis : ils ne sont pas exécutoires.");
    return value;
}

Core::Result<Core::DashboardValue> ReglementDashboard::latest(const Core::DashboardDataRequest &request)
{
    Core::Result<QList<Arrete>> rows = repositoryOf(request).list({}, 0, kLatestCount);
    if (!rows)
        return rows.error();
    Core::DashboardValue value;
    value.count = int(rows->size());
    if (rows->isEmpty())
        value.text = Tr::tr("Le registre est vide : aucun arrêté enregistré.");
    for (const Arrete &a : rows.value())
        value.items.append({a.numero, ArreteLinks::subtitle(a), ArreteLinks::open(a.id)});
    return value;
}

} // namespace OpenMairie::Reglement
