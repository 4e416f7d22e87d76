#include "ReferenceBank.h"

#include "CommuneReference.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace OpenMairie::Bench {

namespace {
// Rows of a shipped ";" file, comments and header skipped.
QList<QStringList> readReference(const QString &name)
{
    QFile file(QStringLiteral(":/openmairie/reference/") + name);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly))
        qFatal("référentiel %s absent des ressources", qPrintable(name));
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (header) {
            header = false;
            continue;
        }
        rows.append(line.split(u';'));
    }
    return rows;
}

QList<QString> words(const char *text)
{
    QList<QString> list;
    for (const QString &w : QString::fromUtf8(text).split(u'|'))
        list.append(w.trimmed());
    return list;
}

const QHash<QString, QString> &capitals()
{
    static const QHash<QString, QString> towns{
        {QStringLiteral("99109"), QStringLiteral("Sarrebruck")},  {QStringLiteral("99110"), QStringLiteral("Vienne")},
        {QStringLiteral("99131"), QStringLiteral("Liège")},       {QStringLiteral("99134"), QStringLiteral("Séville")},
        {QStringLiteral("99127"), QStringLiteral("Naples")},      {QStringLiteral("99139"), QStringLiteral("Guimarães")},
        {QStringLiteral("99350"), QStringLiteral("Casablanca")},  {QStringLiteral("99352"), QStringLiteral("Tlemcen")},
        {QStringLiteral("99351"), QStringLiteral("Sfax")},        {QStringLiteral("99132"), QStringLiteral("Londres")},
        {QStringLiteral("99122"), QStringLiteral("Kraków")},      {QStringLiteral("99140"), QStringLiteral("Genève")},
        {QStringLiteral("99135"), QStringLiteral("Rotterdam")},   {QStringLiteral("99137"), QStringLiteral("Esch-sur-Alzette")},
        {QStringLiteral("99126"), QStringLiteral("Thessalonique")}, {QStringLiteral("99114"), QStringLiteral("Cluj-Napoca")},
        {QStringLiteral("99404"), QStringLiteral("Québec")},      {QStringLiteral("99341"), QStringLiteral("Dakar")},
    };
    return towns;
}
} // namespace

const ReferenceBank &ReferenceBank::instance()
{
    static const ReferenceBank bank;
    return bank;
}

ReferenceBank::ReferenceBank()
{
    surnames = words(
        "Martin|Bernard|Thomas|Petit|Robert|Richard|Durand|Dubois|Moreau|Laurent|Simon|Michel|Lefèvre|Leroy|Roux|"
        "David|Bertrand|Morel|Fournier|Girard|Bonnet|Dupont|Lambert|Fontaine|Rousseau|Vincent|Müller|Lefebvre|"
        "Faure|André|Mercier|Blanc|Guérin|Boyer|Garnier|Chevalier|François|Legrand|Gauthier|Garcia|Perrin|"
        "Robin|Clément|Morin|Nicolas|Henry|Roussel|Mathieu|Gautier|Masson|Marchand|Duval|Denis|Dumont|Marie|"
        "Lemaire|Noël|Meyer|Dufour|Meunier|Brun|Blanchard|Giraud|Joly|Rivière|Lucas|Brunet|Gaillard|Barbier|"
        "Arnaud|Martínez|Gérard|Roche|Renard|Schmitt|Roy|Leroux|Colin|Vidal|Caron|Picard|Roger|Fabre|Aubert|"
        "Lemoine|Renaud|Dumas|Lacroix|Olivier|Philippe|Bourgeois|Pierre|Benoît|Rey|Leclerc|Payet|Rolland|"
        "Le Gall|Le Bihan|N'Diaye|Da Silva|Dos Santos|De La Fontaine|Lévêque|Hébert|Bélanger|Côté|Pâris|Crémieux|"
        "Ménard|Séguin|Thérond|Béranger|Gaëtan|Kéravec|Ollivier-Hénaff|Saint-Éloi|d'Aubigné|Œttinger");
    maleFirstNames = words(
        "Jean|Pierre|Michel|André|Philippe|René|Louis|Alain|Jacques|Bernard|Marcel|Daniel|Roger|Claude|Henri|"
        "François|Paul|Gérard|Nicolas|Thomas|Julien|Hugo|Lucas|Léo|Gabriel|Raphaël|Noé|Théo|Maël|Loïc|Jérôme|"
        "Stéphane|Frédéric|Sébastien|Cédric|Benoît|Joël|Gaël|Anaïs|Aurélien|Clément|Étienne|Émile|Noël|Hervé");
    maleFirstNames.removeAll(QStringLiteral("Anaïs"));
    femaleFirstNames = words(
        "Marie|Jeanne|Françoise|Monique|Catherine|Nathalie|Isabelle|Sylvie|Anne|Martine|Nicole|Christine|"
        "Hélène|Valérie|Céline|Sophie|Chloé|Léa|Manon|Emma|Camille|Inès|Zoé|Maëlle|Anaïs|Héloïse|Clémence|"
        "Élodie|Mélanie|Noémie|Gaëlle|Bérénice|Joëlle|Thérèse|Geneviève|Agnès|Danièle|Cécile|Léonie|Aurélie|"
        "Pénélope|Éléonore|Maïwenn|Océane|Romane");
    streetNames = words(
        "de la République|Victor Hugo|Jean Jaurès|du Général de Gaulle|des Écoles|de l'Église|Pasteur|"
        "Gambetta|de la Gare|du Moulin|des Lilas|Émile Zola|Jules Ferry|de la Paix|du 8 Mai 1945|"
        "du 11 Novembre|de la Libération|des Tilleuls|des Acacias|de Verdun|Voltaire|Molière|Carnot|"
        "Léon Blum|Aristide Briand|du Château|de la Fontaine|des Peupliers|Saint-Exupéry|des Cévennes|"
        "Frédéric Mistral|Mirabeau|de l'Hôtel de Ville|du Marché|des Arènes|de la Roquette|Sainte-Anne|"
        "Pierre et Marie Curie|Anatole France|Condorcet|des Prés|du Stade|de la Poste|Clémenceau|Foch|"
        "Alphonse Daudet|des Aubépines|de Provence|de l'Égalité|Jean Moulin|Louise Michel|Simone Veil|"
        "Olympe de Gouges|des Mûriers|de la Croix Blanche|du Vieux Pont|des Chênes|Lamartine|"
        "d'Estienne d'Orves|des Frères Lumière|Paul Éluard|des Jardins|de Bretagne|du Maréchal Leclerc");
    schools = words(
        "Hôtel de Ville|École Jules Ferry|École Jean Jaurès|Salle des fêtes|Gymnase Pierre de Coubertin|"
        "École maternelle Les Tilleuls|Maison des associations|École Frédéric Mistral|Salle polyvalente|"
        "Groupe scolaire Louise Michel|Centre social Émile Zola|Médiathèque Anatole France");

    quint64 total = 0;
    const QHash<QString, int> typeWeight{{QStringLiteral("RUE"), 60}, {QStringLiteral("AV"), 12},
                                         {QStringLiteral("BD"), 5},   {QStringLiteral("CHE"), 10},
                                         {QStringLiteral("PL"), 5},   {QStringLiteral("IMP"), 8},
                                         {QStringLiteral("ALL"), 6}};
    for (const QStringList &row : readReference(QStringLiteral("types-voie.csv"))) {
        if (row.size() < 2)
            continue;
        streetTypes.append({row.at(0), row.at(1)});
        total += typeWeight.value(row.at(0), 1);
        streetTypeWeights.append(total);
    }

    // Parent communes of arrondissements (Paris, Lyon, Marseille): births are recorded in the
    // arrondissement, so the parent code is never a place of birth.
    QSet<QString> parents;
    const auto &all = Core::CommuneReference::instance().all();
    for (const Core::InseeCommune &c : all)
        if (c.type == u"arrondissement-municipal")
            parents.insert(c.code.left(2) == u"75" ? QStringLiteral("75056")
                           : c.code.left(2) == u"69" ? QStringLiteral("69123")
                                                     : QStringLiteral("13055"));
    total = 0;
    for (const Core::InseeCommune &c : all) {
        if ((c.type != u"commune-actuelle" && c.type != u"arrondissement-municipal") || parents.contains(c.code))
            continue;
        communes.append({c.code, c.nom, c.codesPostaux.section(u' ', 0, 0).section(u',', 0, 0)});
        total += quint64(std::max(c.population, 1));
        communeWeights.append(total);
    }
    algeria = {{QStringLiteral("91352"), QStringLiteral("Alger"), {}},
               {QStringLiteral("92352"), QStringLiteral("Oran"), {}},
               {QStringLiteral("93352"), QStringLiteral("Constantine"), {}},
               {QStringLiteral("94352"), QStringLiteral("Territoires du Sud"), {}}};

    for (const QStringList &row : readReference(QStringLiteral("pays-insee.csv"))) {
        if (row.size() < 2 || row.at(0) == u"99100")
            continue;
        countries.append({row.at(0), row.at(1), capitals().value(row.at(0), row.at(1))});
    }
    // nationalites.csv lists the EU first (its comment says so); the generator keeps those whose
    // country is in pays-insee.csv.
    const QSet<QString> eu{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"),
                           QStringLiteral("CY"), QStringLiteral("HR"), QStringLiteral("DK"), QStringLiteral("ES"),
                           QStringLiteral("EE"), QStringLiteral("FI"), QStringLiteral("GR"), QStringLiteral("HU"),
                           QStringLiteral("IE"), QStringLiteral("IT"), QStringLiteral("LV"), QStringLiteral("LT"),
                           QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"), QStringLiteral("PL"),
                           QStringLiteral("PT"), QStringLiteral("CZ"), QStringLiteral("RO"), QStringLiteral("SK"),
                           QStringLiteral("SI"), QStringLiteral("SE")};
    for (const QStringList &row : readReference(QStringLiteral("nationalites.csv")))
        if (row.size() >= 3 && eu.contains(row.at(0)))
            euNationalities.append({row.at(0), row.at(1), row.at(2)});
}

} // namespace OpenMairie::Bench
