#include "ElecDashboard.h"

#include "ElecLinks.h"
#include "ElecService.h"
#include "MouvementRepository.h"
#include "Tr.h"

#include "FrenchDate.h"
#include "Sql.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace OpenMairie::Elec {

namespace {
constexpr int kShortList = 8;

Core::Result<QList<Mouvement>> pendingOf(const Core::DashboardDataRequest &request)
{
    return MouvementRepository(request.db, request.dialect, request.communeId).pending(500);
}
} // namespace

QList<Core::DashboardWidgetDefinition> ElecDashboard::definitions()
{
    const auto widget = [](const QString &id, const QString &title, const QString &description,
                           Core::DashboardWidgetKind kind, const Core::RecordLink &link,
                           const Core::DashboardWidgetDefinition::DataFunction &load) {
        Core::DashboardWidgetDefinition d;
        d.id = id;
        d.module = ElecService::kModuleId;
        d.title = title;
        d.description = description;
        d.kind = kind;
        d.permission = ElecService::kPermissionConsulter;
        d.link = link;
        d.load = load;
        return d;
    };
    return {
        widget(QStringLiteral("elec.a_decider"), Tr::tr("Mouvements à traiter"),
               Tr::tr("Demandes d'inscription, de modification et de radiation en cours, avec leur prochaine échéance "
                      "légale (décision 5 jours, notification 2 jours, procédure contradictoire 15 jours)."),
               Core::DashboardWidgetKind::ShortList, ElecLinks::mouvements(), &ElecDashboard::aDecider),
        widget(QStringLiteral("elec.en_retard"), Tr::tr("Échéances électorales dépassées"),
               Tr::tr("Mouvements dont le délai légal de décision, de notification ou de transmission est dépassé."),
               Core::DashboardWidgetKind::Alert, ElecLinks::mouvements(), &ElecDashboard::enRetard),
        widget(QStringLiteral("elec.inscrits_listes"), Tr::tr("Électeurs inscrits"),
               Tr::tr("Inscrits sur la liste principale et sur les listes complémentaires."),
               Core::DashboardWidgetKind::ShortList, {ElecLinks::kListeEntry, {}}, &ElecDashboard::inscritsParListe),
        widget(QStringLiteral("elec.inscrits_bureaux"), Tr::tr("Inscrits par bureau"),
               Tr::tr("Inscrits de la liste principale dans chaque bureau de vote (un bureau dépasse rarement 1 000 "
                      "électeurs)."),
               Core::DashboardWidgetKind::ShortList, {ElecLinks::kBureauxEntry, {}}, &ElecDashboard::inscritsParBureau),
    };
}

Core::Result<Core::DashboardValue> ElecDashboard::aDecider(const Core::DashboardDataRequest &request)
{
    Core::Result<QList<Mouvement>> pending = pendingOf(request);
    if (!pending)
        return pending.error();
    Core::DashboardValue value;
    value.count = int(pending->size());
    if (pending->isEmpty())
        value.text = Tr::tr("Aucun mouvement en cours.");
    for (const Mouvement &m : pending.value()) {
        if (value.items.size() >= kShortList)
            break;
        QString objet;
        const QDate echeance = m.prochaineEcheance(&objet);
        const QString when = echeance.isValid() ? Tr::tr("%1 avant le %2").arg(objet, Core::FrenchDate::format(echeance)) : objet;
        value.items.append({m.electeurNom.trimmed(),
                            Tr::tr("%1 — %2%3").arg(m.type.code, when,
                                                    echeance.isValid() && echeance < request.today ? Tr::tr(" (dépassé)") : QString()),
                            m.electeurId > 0 ? ElecLinks::electeur(m.electeurId) : ElecLinks::mouvements()});
    }
    return value;
}

Core::Result<Core::DashboardValue> ElecDashboard::enRetard(const Core::DashboardDataRequest &request)
{
    Core::Result<QList<Mouvement>> pending = pendingOf(request);
    if (!pending)
        return pending.error();
    Core::DashboardValue value;
    for (const Mouvement &m : pending.value()) {
        const QDate echeance = m.prochaineEcheance();
        if (echeance.isValid() && echeance < request.today && !m.type.contradictoire)
            ++value.count;
    }
    value.text = value.count == 0 ? Tr::tr("Tous les délais légaux sont tenus.")
                                  : value.count == 1 ? Tr::tr("mouvement a dépassé son délai légal.")
                                                     : Tr::tr("mouvements ont dépassé leur délai légal.");
    return value;
}

Core::Result<Core::DashboardValue> ElecDashboard::inscritsParListe(const Core::DashboardDataRequest &request)
{
    Core::Result<QSqlQuery> q = Core::Sql::exec(request.db,
                                                QStringLiteral("SELECT liste, count(*) FROM elec_electeur WHERE collectivite_id = ? "
                                                               "AND situation = 'inscrit' GROUP BY liste"),
                                                {request.communeId});
    if (!q)
        return q.error();
    QHash<QString, int> counts;
    while (q.value().next())
        counts.insert(q.value().value(0).toString(), q.value().value(1).toInt());
    Core::DashboardValue value;
    value.count = counts.value(QStringLiteral("LP"));
    for (const QString &liste : Liste::codes())
        value.items.append({Tr::tr("%1 inscrits").arg(QLocale(QLocale::French).toString(counts.value(liste))),
                            Liste::label(liste), {ElecLinks::kListeEntry, {}}});
    return value;
}

Core::Result<Core::DashboardValue> ElecDashboard::inscritsParBureau(const Core::DashboardDataRequest &request)
{
    Core::Result<QSqlQuery> q = Core::Sql::exec(
        request.db,
        QStringLiteral("SELECT b.code, b.libelle, (SELECT count(*) FROM elec_electeur e WHERE e.bureau_id = b.id AND "
                       "e.liste = 'LP' AND e.situation = 'inscrit') FROM elec_bureau b WHERE b.collectivite_id = ? "
                       "ORDER BY b.code"),
        {request.communeId});
    if (!q)
        return q.error();
    Core::DashboardValue value;
    while (q.value().next()) {
        ++value.count;
        value.items.append({Tr::tr("Bureau %1 : %2 inscrits").arg(q.value().value(0).toString(),
                                                                  QLocale(QLocale::French).toString(q.value().value(2).toInt())),
                            q.value().value(1).toString(), {ElecLinks::kBureauxEntry, {}}});
    }
    if (value.count == 0)
        value.text = Tr::tr("Aucun bureau de vote n'est encore créé.");
    return value;
}

} // namespace OpenMairie::Elec
