#include "ElecDemo.h"

#include "ElecService.h"
#include "ElecteurRepository.h"
#include "Tr.h"

#include "DatabaseManager.h"
#include "ModuleContext.h"
#include "ReferenceServices.h"
#include "Session.h"
#include "Sql.h"
#include "Transaction.h"
#include "VoieService.h"

#include <QRandomGenerator>

#include <tuple>

namespace OpenMairie::Elec {

namespace {
Plage plage(qint64 voieId, int debut, int fin, const QString &cote, qint64 bureauId)
{
    Plage p;
    p.voieId = voieId;
    p.numeroDebut = debut;
    p.numeroFin = fin;
    p.cote = cote;
    p.bureauId = bureauId;
    return p;
}
} // namespace

ElecDemo::ElecDemo(ElecService &service, Core::ModuleContext &context) : m_service(service), m_context(context)
{
}

Core::Status ElecDemo::populate(int count)
{
    if (Core::Result<QList<Bureau>> existing = m_service.bureaux(); !existing)
        return existing.error();
    else if (!existing->isEmpty())
        return {}; // already there: the demo is not doubled
    struct B { const char *code, *libelle, *lieu, *canton; };
    const B bureaux[] = {{"0001", "Hôtel de ville", "Salle des mariages, place de la République", "1301"},
                         {"0002", "École Jules Ferry", "Préau de l'école, 4 rue Jules Ferry", "1301"},
                         {"0003", "Gymnase Fournier", "Gymnase, avenue de Stalingrad", "1302"}};
    QList<qint64> bureauIds;
    for (const B &b : bureaux) {
        Bureau bureau;
        bureau.code = QString::fromUtf8(b.code);
        bureau.libelle = QString::fromUtf8(b.libelle);
        bureau.adresseLieu = QString::fromUtf8(b.lieu);
        bureau.cantonCode = QString::fromUtf8(b.canton);
        bureau.circonscriptionCode = QStringLiteral("1316");
        Core::Result<Bureau> created = m_service.creerBureau(bureau);
        if (!created)
            return created.error();
        bureauIds.append(created->id);
    }
    Core::VoieService &voies = m_context.references().voies();
    const char *streets[][3] = {{"REP", "RUE", "de la République"}, {"HUGO", "AV", "Victor Hugo"},
                                {"GAMB", "BD", "Gambetta"}, {"LICES", "BD", "des Lices"},
                                {"ALYS", "AV", "des Alyscamps"}, {"CAL", "RUE", "Calade"},
                                {"FORUM", "PL", "du Forum"}, {"4SEPT", "RUE", "du 4 Septembre"},
                                {"STAL", "AV", "de Stalingrad"}, {"TRINQ", "QUAI", "de Trinquetaille"},
                                {"CAVAL", "RUE", "de la Cavalerie"}, {"PORTAG", "RUE", "Porte de Laure"}};
    QList<qint64> voieIds;
    for (int i = 0; i < int(std::size(streets)); ++i) {
        Core::Voie v;
        v.code = QString::fromUtf8(streets[i][0]);
        v.typeCode = QString::fromUtf8(streets[i][1]);
        v.libelle = QString::fromUtf8(streets[i][2]);
        Core::Result<Core::Voie> created = voies.findByCode(v.code);
        if (!created)
            created = voies.create(v);
        if (!created)
            return created.error();
        voieIds.append(created->id);
        // Streets 0 and 1 are shared (odd/even); the others belong to one bureau each.
        if (i == 0) {
            for (const auto &[debut, fin, cote, bureau] :
                 {std::tuple{1, 199, QStringLiteral("impair"), bureauIds[0]}, std::tuple{0, 200, QStringLiteral("pair"), bureauIds[1]}})
                if (Core::Result<Plage> r = m_service.ajouterPlage(plage(created->id, debut, fin, cote, bureau)); !r)
                    return r.error();
        } else {
            if (Core::Result<Plage> r = m_service.ajouterPlage(plage(created->id, 0, 999, QStringLiteral("tous"), bureauIds[i % 3])); !r)
                return r.error();
        }
    }

    static const char *noms[] = {"MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS",
                                 "MOREAU", "LAURENT", "SIMON", "MICHEL", "LEFÈBVRE", "LEROY", "ROUX", "DAVID",
                                 "BERTRAND", "MOREL", "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE",
                                 "ROUSSEAU", "VINCENT", "MULLER", "FAURE", "ANDRÉ", "MERCIER", "BLANC", "GUÉRIN",
                                 "BOYER", "GARNIER", "CHEVALIER", "FRANÇOIS", "LEGRAND", "GAUTHIER", "GARCIA", "PERRIN"};
    static const char *femmes[] = {"Marie", "Jeanne", "Françoise", "Monique", "Catherine", "Nathalie", "Isabelle",
                                   "Sylvie", "Anne", "Chloé", "Léa", "Camille", "Élodie", "Inès"};
    static const char *hommes[] = {"Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Jacques", "Bernard",
                                   "Louis", "Hugo", "Lucas", "Théo", "Mathis", "Jérôme"};
    QRandomGenerator random(20260329);
    Core::DatabaseManager &database = m_context.database();
    QSqlDatabase db = database.connection();
    Core::Transaction tx(db, database.dialect());
    if (!tx.begun())
        return tx.begun();
    const ElecteurRepository repo(db, database.dialect(), m_context.session().commune().id);
    const QString login = m_context.session().user().login;
    for (int i = 0; i < count; ++i) {
        Electeur e;
        e.liste = i % 40 == 7 ? QStringLiteral("LCE") : i % 40 == 9 ? QStringLiteral("LCM") : QStringLiteral("LP");
        e.ine = QString::number(200000000 + i * 7);
        e.sexe = random.bounded(2) ? QStringLiteral("F") : QStringLiteral("M");
        e.civilite = e.sexe == u"F" ? QStringLiteral("Mme") : QStringLiteral("M.");
        e.nomNaissance = QString::fromUtf8(noms[random.bounded(int(std::size(noms)))]);
        const auto *prenoms = e.sexe == u"F" ? femmes : hommes;
        e.prenoms = QString::fromUtf8(prenoms[random.bounded(14)]);
        if (random.bounded(3) == 0)
            e.prenoms += u' ' + QString::fromUtf8(prenoms[random.bounded(14)]);
        if (e.sexe == u"F" && random.bounded(3) == 0)
            e.nomUsage = QString::fromUtf8(noms[random.bounded(int(std::size(noms)))]);
        e.dateNaissance = QDate(1930, 1, 1).addDays(random.bounded(27000));
        e.naissanceCode = QStringLiteral("13004");
        e.naissanceLibelle = QStringLiteral("Arles");
        if (e.liste != u"LP") {
            e.nationalite = i % 2 ? QStringLiteral("espagnole") : QStringLiteral("italienne");
            e.naissanceMode = NaissanceMode::Etranger;
            e.naissanceCode = i % 2 ? QStringLiteral("99134") : QStringLiteral("99127");
            e.naissanceLibelle = i % 2 ? QStringLiteral("Séville") : QStringLiteral("Turin");
        }
        const int v = random.bounded(int(voieIds.size()));
        e.voieId = voieIds[v];
        e.numeroVoie = 1 + random.bounded(150);
        Core::Result<qint64> bureau = repo.bureauForAddress(e.voieId, e.numeroVoie);
        if (!bureau)
            return bureau.error();
        e.bureauId = bureau.value();
        Core::Result<int> numero = repo.nextNumero(e.liste, e.bureauId);
        if (!numero)
            return numero.error();
        e.numeroOrdre = numero.value();
        e.dateInscription = QDate(2019, 1, 1).addDays(random.bounded(2400));
        if (Core::Result<qint64> id = repo.insert(e, login); !id)
            return id.error();
    }
    if (Core::Status s = tx.commit(); !s)
        return s;
    // Demands at each step, for the dashboard and the « Mouvements en cours » screen.
    const QDate today = m_service.today();
    for (int i = 0; i < 6; ++i) {
        Electeur e;
        e.nomNaissance = QString::fromUtf8(noms[(i * 7) % 40]);
        e.prenoms = QString::fromUtf8(hommes[i]);
        e.sexe = QStringLiteral("M");
        e.dateNaissance = QDate(2007, 1 + i, 10);
        e.naissanceCode = QStringLiteral("13004");
        e.voieId = voieIds[(i + 2) % voieIds.size()];
        e.numeroVoie = 10 + i;
        Demande d;
        d.typeCode = QStringLiteral("IVD");
        d.dateDemande = today.addDays(-i * 2);
        d.doublonConfirme = true;
        Core::Result<Mouvement> m = m_service.demanderInscription(e, d);
        if (!m)
            return m.error();
        if (i >= 3)
            m = m_service.decider(m->id, m->version, true, today.addDays(-i));
        if (m && i >= 4)
            m = m_service.transmettre(m->id, m->version, today.addDays(-i + 1));
        if (!m)
            return m.error();
    }
    return {};
}

} // namespace OpenMairie::Elec
