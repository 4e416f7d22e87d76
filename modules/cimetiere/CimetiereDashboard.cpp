#include "CimetiereDashboard.h"

#include "CimetiereAccess.h"
#include "CimetiereView.h"
#include "DeceasedService.h"
#include "Tr.h"

#include "Sql.h"
#include "dashboard/DashboardDataRequest.h"

#include <QLocale>

namespace OpenMairie::Cimetiere {

QList<Core::DashboardWidgetDefinition> CimetiereDashboard::definitions()
{
    const auto widget = [](const QString &id, const QString &title, const QString &description,
                           Core::DashboardWidgetKind kind, const Core::DashboardWidgetDefinition::DataFunction &load) {
        Core::DashboardWidgetDefinition d;
        d.id = id;
        d.module = CimetiereAccess::kModuleId;
        d.title = title;
        d.description = description;
        d.kind = kind;
        d.permission = DeceasedService::kPermissionConsulter;
        d.link = {CimetiereView::kEntryId, {}};
        d.load = load;
        return d;
    };
    return {
        widget(QStringLiteral("cimetiere.echeances"), Tr::tr("Concessions à renouveler"),
               Tr::tr("Concessions échues ou arrivant à terme dans les %1 mois : les familles doivent être informées "
                      "de leur droit au renouvellement.").arg(kMonthsAhead),
               Core::DashboardWidgetKind::Alert, &CimetiereDashboard::expiries),
        widget(QStringLiteral("cimetiere.operations_en_cours"), Tr::tr("Opérations funéraires en cours"),
               Tr::tr("Opérations créées et pas encore validées : leurs défunts sont verrouillés."),
               Core::DashboardWidgetKind::Alert, &CimetiereDashboard::pendingOperations),
        widget(QStringLiteral("cimetiere.occupation"), Tr::tr("Occupation des cimetières"),
               Tr::tr("Par cimetière : places occupées sur places offertes, et emplacements libres."),
               Core::DashboardWidgetKind::ShortList, &CimetiereDashboard::occupancy),
    };
}

Core::Result<Core::DashboardValue> CimetiereDashboard::expiries(const Core::DashboardDataRequest &request)
{
    // Still renewable: ended less than two years ago (L2223-15) or ending within the months ahead.
    // Older ones can no longer be renewed: the commune may take the ground back.
    Core::Result<QSqlQuery> q = Core::Sql::exec(
        request.db,
        QStringLiteral("SELECT sum(CASE WHEN date_fin >= ? AND date_fin < ? THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN date_fin >= ? AND date_fin < ? THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN date_fin < ? THEN 1 ELSE 0 END) FROM cimetiere_concession WHERE "
                       "collectivite_id = ? AND etat = 'active' AND date_fin IS NOT NULL"),
        {request.today.addYears(-2), request.today.addMonths(kMonthsAhead), request.today.addYears(-2), request.today,
         request.today.addYears(-2), request.communeId});
    if (!q)
        return q.error();
    Core::DashboardValue value;
    int expired = 0;
    int lapsed = 0;
    if (q.value().next()) {
        value.count = q.value().value(0).toInt();
        expired = q.value().value(1).toInt();
        lapsed = q.value().value(2).toInt();
    }
    value.text = value.count == 0 ? Tr::tr("Aucune concession à renouveler dans les %1 mois.").arg(kMonthsAhead)
                                  : Tr::tr("concession(s) à renouveler, dont %1 déjà échue(s).").arg(expired);
    if (lapsed > 0)
        value.text += u' ' + Tr::tr("%1 autre(s), échue(s) depuis plus de deux ans, ne peuvent plus être renouvelées : "
                                    "la commune peut reprendre le terrain.").arg(lapsed);
    return value;
}

Core::Result<Core::DashboardValue> CimetiereDashboard::pendingOperations(const Core::DashboardDataRequest &request)
{
    Core::Result<QVariant> n = Core::Sql::scalar(
        request.db,
        QStringLiteral("SELECT count(*) FROM cimetiere_operation WHERE collectivite_id = ? AND etat = 'en_cours'"),
        {request.communeId});
    if (!n)
        return n.error();
    Core::DashboardValue value;
    value.count = n.value().toInt();
    value.text = value.count == 0 ? Tr::tr("Aucune opération en attente de validation.")
                                  : Tr::tr("opération(s) en attente de validation.");
    return value;
}

Core::Result<Core::DashboardValue> CimetiereDashboard::occupancy(const Core::DashboardDataRequest &request)
{
    Core::Result<QSqlQuery> q = Core::Sql::exec(
        request.db,
        QStringLiteral("SELECT c.nom, count(e.id), sum(CASE WHEN e.statut = 'libre' THEN 1 ELSE 0 END), "
                       "COALESCE(sum(e.occupation), 0), COALESCE(sum(e.places), 0) FROM cimetiere_cimetiere c LEFT JOIN "
                       "cimetiere_emplacement e ON e.cimetiere_id = c.id WHERE c.collectivite_id = ? GROUP BY c.id, "
                       "c.nom ORDER BY c.nom"),
        {request.communeId});
    if (!q)
        return q.error();
    Core::DashboardValue value;
    const QLocale fr(QLocale::French);
    while (q.value().next()) {
        const double used = q.value().value(3).toDouble();
        const int places = q.value().value(4).toInt();
        const int percent = places > 0 ? int(used * 100 / places + 0.5) : 0;
        value.items.append({q.value().value(0).toString(),
                            Tr::tr("%1 % des places occupées (%2 sur %3) ; %4 emplacement(s) libre(s) sur %5")
                                .arg(percent)
                                .arg(fr.toString(used, 'g', 6))
                                .arg(places)
                                .arg(q.value().value(2).toInt())
                                .arg(q.value().value(1).toInt()),
                            {CimetiereView::kEntryId, {}}});
    }
    value.count = int(value.items.size());
    if (value.items.isEmpty())
        value.text = Tr::tr("Aucun cimetière enregistré.");
    return value;
}

} // namespace OpenMairie::Cimetiere
