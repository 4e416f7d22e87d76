#include "DemoCemetery.h"

#include "CimetiereAccess.h"
#include "ConcessionService.h"
#include "DeceasedService.h"
#include "OperationService.h"
#include "PlotService.h"
#include "Tr.h"

#include <QRandomGenerator>

namespace OpenMairie::Cimetiere {

using Core::Result;
using Core::Status;

namespace {
const QStringList kFamilles{
    QStringLiteral("MARTIN"),   QStringLiteral("BERNARD"),  QStringLiteral("DUBOIS"),   QStringLiteral("THOMAS"),
    QStringLiteral("ROBERT"),   QStringLiteral("RICHARD"),  QStringLiteral("PETIT"),    QStringLiteral("DURAND"),
    QStringLiteral("LEROY"),    QStringLiteral("MOREAU"),   QStringLiteral("SIMON"),    QStringLiteral("LAURENT"),
    QStringLiteral("LEFÈBVRE"), QStringLiteral("MICHEL"),   QStringLiteral("GARCIA"),   QStringLiteral("DAVID"),
    QStringLiteral("BERTRAND"), QStringLiteral("ROUX"),     QStringLiteral("VINCENT"),  QStringLiteral("FOURNIER"),
    QStringLiteral("MOREL"),    QStringLiteral("GIRARD"),   QStringLiteral("ANDRÉ"),    QStringLiteral("MERCIER"),
    QStringLiteral("BLANC"),    QStringLiteral("GUÉRIN"),   QStringLiteral("BOYER"),    QStringLiteral("CHEVALIER")};
const QStringList kPrenoms{QStringLiteral("Jean"),   QStringLiteral("Marie"),    QStringLiteral("Pierre"),
                           QStringLiteral("Jeanne"), QStringLiteral("André"),    QStringLiteral("Marguerite"),
                           QStringLiteral("Louis"),  QStringLiteral("Germaine"), QStringLiteral("Henri"),
                           QStringLiteral("Odette"), QStringLiteral("Joseph"),   QStringLiteral("Hélène")};
} // namespace

DemoCemetery::DemoCemetery(CimetiereAccess &access) : m_access(access) {}

Status DemoCemetery::populate()
{
    PlotService plots(m_access);
    ConcessionService concessions(m_access);
    DeceasedService deceased(m_access);
    OperationService operations(m_access);
    QRandomGenerator random(1975); // the same cemetery every time
    const QDate today = m_access.today();

    Cemetery c;
    c.nom = Tr::tr("Cimetière communal");
    c.adresse = Tr::tr("Chemin du Cimetière");
    Result<Cemetery> cemetery = plots.createCemetery(c);
    if (!cemetery)
        return cemetery.error();
    const qint64 cid = cemetery.value().id;

    // Tariffs voted on 1 January five years ago, for every duration offered.
    const QDate voted(today.year() - 5, 1, 1);
    struct Price
    {
        DurationCategory category;
        int years;
        qint64 cents;
    };
    const QList<Price> prices{{DurationCategory::Temporaire, 15, 15000},
                              {DurationCategory::Trentenaire, 30, 40000},
                              {DurationCategory::Cinquantenaire, 50, 75000},
                              {DurationCategory::Perpetuelle, 0, 250000}};
    for (PlotKind kind : {PlotKind::Concession, PlotKind::Columbarium, PlotKind::Cavurne})
        for (const Price &p : prices) {
            Tariff t;
            t.cimetiereId = cid;
            t.nature = kind;
            t.duree = ConcessionDuration::make(p.category, p.years).value();
            t.montantCentimes = kind == PlotKind::Concession ? p.cents : p.cents / 2;
            t.deliberation = Tr::tr("Délibération n° %1-012").arg(voted.year());
            t.debut = voted;
            if (Result<Tariff> r = concessions.addTariff(t); !r)
                return r.error();
        }

    // Four carrés of 6 rows × 12 plots, a columbarium row and a jardin du souvenir: 300 plots.
    const QStringList carres{QStringLiteral("Carré A"), QStringLiteral("Carré B"), QStringLiteral("Carré C"),
                             QStringLiteral("Carré D")};
    QList<qint64> groundPlots;
    for (int z = 0; z < carres.size(); ++z) {
        Result<qint64> zone = plots.createZone(cid, carres.at(z));
        if (!zone)
            return zone.error();
        for (int r = 0; r < 6; ++r) {
            Result<qint64> allee = plots.createAllee(zone.value(), Tr::tr("Rang %1").arg(r + 1));
            if (!allee)
                return allee.error();
            PlotBatch b;
            b.alleeId = allee.value();
            b.premier = 1;
            b.dernier = 12;
            b.places = r % 3 == 0 ? 3 : 2;
            b.x = 5 + (z % 2) * 24;
            b.y = 5 + (z / 2) * 20 + r * 3;
            b.pasX = 1.6;
            b.largeur = 1.2;
            b.hauteur = 2.4;
            if (Result<int> n = plots.createPlots(b); !n)
                return n.error();
        }
    }
    Result<qint64> cinerary = plots.createZone(cid, Tr::tr("Espace cinéraire"));
    if (!cinerary)
        return cinerary.error();
    Result<qint64> columbarium = plots.createAllee(cinerary.value(), Tr::tr("Columbarium"));
    if (!columbarium)
        return columbarium.error();
    PlotBatch niches;
    niches.alleeId = columbarium.value();
    niches.premier = 1;
    niches.dernier = 11;
    niches.nature = PlotKind::Columbarium;
    niches.places = 4;
    niches.x = 5;
    niches.y = 46;
    niches.pasX = 0.9;
    niches.largeur = 0.8;
    niches.hauteur = 0.8;
    if (Result<int> n = plots.createPlots(niches); !n)
        return n.error();
    Result<qint64> jardinAllee = plots.createAllee(cinerary.value(), Tr::tr("Jardin du souvenir"));
    if (!jardinAllee)
        return jardinAllee.error();
    PlotDraft jardin;
    jardin.alleeId = jardinAllee.value();
    jardin.numero = 1;
    jardin.nature = PlotKind::JardinSouvenir;
    jardin.places = 0;
    jardin.x = 20;
    jardin.y = 46;
    jardin.largeur = 8;
    jardin.hauteur = 4;
    if (Result<Plot> j = plots.createPlot(jardin); !j)
        return j.error();

    Result<QList<Plot>> all = plots.plots(cid);
    if (!all)
        return all.error();

    // About two plots in three are conceded, with every duration, some already expired.
    int titre = 0;
    for (const Plot &p : all.value()) {
        if (p.nature != PlotKind::Concession && p.nature != PlotKind::Columbarium)
            continue;
        if (random.bounded(3) == 0)
            continue;
        const int pick = random.bounded(10);
        const Price price = prices.at(pick < 3 ? 0 : pick < 6 ? 1 : pick < 8 ? 2 : 3);
        GrantRequest g;
        g.emplacementId = p.id;
        g.numeroTitre = QStringLiteral("C-%1").arg(++titre, 4, 10, QChar(u'0'));
        g.duree = ConcessionDuration::make(price.category, price.years).value();
        // Starts spread so that some terms are past, some near, some far.
        const int yearsAgo = price.years > 0 ? random.bounded(price.years + 3) : random.bounded(60);
        g.dateDebut = today.addYears(-yearsAgo).addDays(-random.bounded(365));
        g.historique = true;
        g.montantHistoriqueCentimes = p.nature == PlotKind::Concession ? price.cents : price.cents / 2;
        Person holder;
        holder.nom = kFamilles.at(random.bounded(kFamilles.size()));
        holder.prenoms = kPrenoms.at(random.bounded(kPrenoms.size()));
        holder.adresse = Tr::tr("%1 rue de la République").arg(random.bounded(1, 120));
        holder.codePostal = QStringLiteral("13200");
        holder.ville = QStringLiteral("Arles");
        g.personnes = {holder};
        if (Result<Concession> r = concessions.grant(g); !r)
            return r.error();
        // One to places-1 deceased, coffins in the ground, urns in the niches.
        const int bodies = random.bounded(std::max(1, p.places));
        for (int i = 0; i < bodies; ++i) {
            Deceased d;
            d.nom = holder.nom;
            d.prenoms = kPrenoms.at(random.bounded(kPrenoms.size()));
            d.nature = p.nature == PlotKind::Columbarium ? BodyKind::Urne : BodyKind::Cercueil;
            d.dateDeces = std::min(today.addDays(-30), g.dateDebut.addDays(random.bounded(1, 3000)));
            d.dateNaissance = d.dateDeces.addYears(-random.bounded(55, 98));
            d.dateInhumation = d.dateDeces.addDays(random.bounded(2, 8));
            if (Result<Deceased> r = deceased.createInPlot(d, p.id); !r)
                return r.error();
        }
    }

    // Two operations in progress: an inhumation and an exhumation waiting for validation.
    for (const Plot &p : all.value()) {
        Result<QList<Deceased>> held = deceased.inPlot(p.id);
        if (!held)
            return held.error();
        Result<Plot> fresh = plots.plot(p.id);
        if (!fresh)
            return fresh.error();
        if (p.nature != PlotKind::Concession || fresh.value().statut == PlotStatus::Libre
            || fresh.value().occupation + 1 > fresh.value().places)
            continue;
        Deceased d;
        d.nom = fresh.value().famille;
        d.prenoms = QStringLiteral("Lucienne");
        d.dateDeces = today.addDays(-3);
        d.dateNaissance = QDate(1938, 4, 12);
        d.lieuDeces = QStringLiteral("Arles");
        Result<Deceased> created = deceased.create(d);
        if (!created)
            return created.error();
        OperationDraft op;
        op.type = OperationType::Inhumation;
        op.date = today.addDays(2);
        op.heure = QStringLiteral("10:30");
        op.emplacementId = p.id;
        op.defuntIds = {created.value().id};
        op.droitSepulture = QStringLiteral("sepulture_famille");
        op.consentementTitulaire = true;
        if (Result<OperationOutcome> r = operations.create(op); !r)
            return r.error();
        break;
    }
    return {};
}

} // namespace OpenMairie::Cimetiere
