#include "DemoRegister.h"

#include "ArreteCategory.h"
#include "ArreteService.h"
#include "Tr.h"

#include <QMap>

#include <algorithm>
#include <optional>

namespace OpenMairie::Reglement {

namespace {
const QString kMaire = QStringLiteral("Le Maire, Catherine Lemoine");
const QString kAdjointVoirie = QStringLiteral("Pour le Maire et par délégation, l'Adjoint délégué à la voirie, "
                                              "Michel Barbier");

struct DemoTemplate
{
    int month;
    int day;
    QString categorie;
    QStringList objets; // one per year of the window, in turn
    std::optional<bool> transmission = std::nullopt;
};

// Twenty acts a commune signs every year, at their usual time of year.
QList<DemoTemplate> templates()
{
    return {
        {1, 6, QStringLiteral("reglementaire"),
         {QStringLiteral("Arrêté portant délégation de fonction et de signature à Mme Sophie Martin, première adjointe, "
                         "en matière d'urbanisme et de travaux"),
          QStringLiteral("Arrêté portant délégation de fonction et de signature à M. Michel Barbier, adjoint délégué à "
                         "la voirie et à la circulation"),
          QStringLiteral("Arrêté portant délégation de signature à M. Paul Girard, directeur général des services, "
                         "pour les actes courants de l'administration communale")}},
        {1, 20, QStringLiteral("circulation_temporaire"),
         {QStringLiteral("Arrêté portant réglementation temporaire de la circulation et du stationnement avenue Jean "
                         "Jaurès pendant les travaux de réfection de la chaussée"),
          QStringLiteral("Arrêté portant réglementation temporaire de la circulation rue des Écoles pendant les "
                         "travaux de renouvellement du réseau d'eau potable"),
          QStringLiteral("Arrêté portant alternat de circulation chemin des Vignes pendant les travaux "
                         "d'enfouissement des réseaux")}},
        {2, 10, QStringLiteral("personnel"),
         {QStringLiteral("Arrêté portant avancement de grade de Mme Claire Roux au grade de rédacteur principal de 2e "
                         "classe"),
          QStringLiteral("Arrêté portant avancement d'échelon de M. Julien Faure, adjoint technique principal"),
          QStringLiteral("Arrêté portant avancement de grade de Mme Nadia Haddad au grade d'adjoint administratif "
                         "principal de 1re classe")}},
        {3, 4, QStringLiteral("circulation_permanente"),
         {QStringLiteral("Arrêté portant limitation de la vitesse à 30 km/h rue de la République et aux abords de "
                         "l'école Jules Ferry"),
          QStringLiteral("Arrêté instaurant un sens unique de circulation rue du Four et rue des Arènes"),
          QStringLiteral("Arrêté portant création d'une zone bleue de stationnement place Voltaire")}},
        {3, 25, QStringLiteral("individuel"),
         {QStringLiteral("Arrêté portant permission de stationnement pour un échafaudage au droit du 12 rue Victor "
                         "Hugo"),
          QStringLiteral("Arrêté portant autorisation d'occupation du domaine public par une terrasse, Café du "
                         "Commerce, 4 place de la Mairie"),
          QStringLiteral("Arrêté portant permission de voirie pour la pose d'une benne devant le 27 avenue Pasteur")},
         false},
        {4, 15, QStringLiteral("circulation_temporaire"),
         {QStringLiteral("Arrêté portant réglementation de la circulation et du stationnement place du Marché et rue "
                         "de la Mairie à l'occasion de la brocante de printemps"),
          QStringLiteral("Arrêté portant interdiction de circulation et de stationnement boulevard des Lices pour le "
                         "vide-grenier de l'association des parents d'élèves"),
          QStringLiteral("Arrêté portant réglementation de la circulation pour la brocante et la fête des fleurs du "
                         "centre-ville")}},
        {5, 2, QStringLiteral("police"),
         {QStringLiteral("Arrêté portant interdiction de la consommation de boissons alcoolisées sur la voie publique "
                         "dans le centre-ville du 1er juin au 30 septembre")}},
        {5, 20, QStringLiteral("personnel"),
         {QStringLiteral("Arrêté portant recrutement d'un agent contractuel pour un accroissement saisonnier "
                         "d'activité au service des espaces verts")},
         false},
        {6, 3, QStringLiteral("police"),
         {QStringLiteral("Arrêté portant réglementation de la police des baignades et des activités nautiques au plan "
                         "d'eau municipal pour la saison estivale")}},
        {6, 12, QStringLiteral("circulation_temporaire"),
         {QStringLiteral("Arrêté portant réglementation de la circulation et du stationnement à l'occasion de la Fête "
                         "de la musique du 21 juin")}},
        {6, 28, QStringLiteral("individuel"),
         {QStringLiteral("Arrêté portant autorisation d'ouverture d'un débit de boissons temporaire par le comité des "
                         "fêtes pour la fête votive")}},
        {7, 1, QStringLiteral("circulation_temporaire"),
         {QStringLiteral("Arrêté portant interdiction de circulation et de stationnement esplanade des Sports pour le "
                         "feu d'artifice et le bal du 14 juillet")}},
        {7, 22, QStringLiteral("police"),
         {QStringLiteral("Arrêté portant interdiction d'accès aux massifs forestiers communaux en raison du risque "
                         "très sévère d'incendie")}},
        {8, 26, QStringLiteral("personnel"),
         {QStringLiteral("Arrêté portant nomination de M. Karim Benali en qualité d'adjoint technique territorial "
                         "stagiaire"),
          QStringLiteral("Arrêté portant nomination de Mme Léa Fontaine en qualité d'ATSEM principale de 2e classe "
                         "stagiaire"),
          QStringLiteral("Arrêté portant nomination de M. Hugo Lambert en qualité d'agent de police municipale "
                         "stagiaire")}},
        {9, 8, QStringLiteral("reglementaire"),
         {QStringLiteral("Arrêté portant ouverture d'une enquête publique sur le projet de modification n° 2 du plan "
                         "local d'urbanisme"),
          QStringLiteral("Arrêté portant ouverture d'une enquête publique préalable au déclassement d'une partie du "
                         "chemin rural dit des Pins"),
          QStringLiteral("Arrêté portant ouverture d'une enquête publique sur le projet de révision allégée du plan "
                         "local d'urbanisme")}},
        {9, 30, QStringLiteral("circulation_temporaire"),
         {QStringLiteral("Arrêté portant réglementation temporaire du stationnement rue Pasteur pour un "
                         "déménagement"),
          QStringLiteral("Arrêté portant interdiction temporaire de stationnement rue de l'Église pour la livraison "
                         "de matériaux"),
          QStringLiteral("Arrêté portant réglementation temporaire du stationnement avenue Gambetta pour un "
                         "déménagement")}},
        {10, 14, QStringLiteral("police"),
         {QStringLiteral("Arrêté portant prescription de l'élagage des plantations privées en bordure des voies "
                         "communales"),
          QStringLiteral("Arrêté portant réglementation des bruits de voisinage et des travaux de bricolage et de "
                         "jardinage"),
          QStringLiteral("Arrêté portant mise en demeure d'entretien d'un terrain en friche, parcelle AB 112, chemin "
                         "de la Croix")}},
        {10, 30, QStringLiteral("circulation_temporaire"),
         {QStringLiteral("Arrêté portant interdiction temporaire de stationnement aux abords du cimetière communal "
                         "pour la Toussaint")}},
        {11, 18, QStringLiteral("reglementaire"),
         {QStringLiteral("Arrêté portant règlement intérieur du cimetière communal"),
          QStringLiteral("Arrêté portant règlement intérieur de la salle polyvalente"),
          QStringLiteral("Arrêté portant règlement des aires de jeux et du skate-park")}},
        {12, 1, QStringLiteral("circulation_temporaire"),
         {QStringLiteral("Arrêté portant réglementation de la circulation et du stationnement place de la Mairie pour "
                         "le marché de Noël")}},
    };
}

struct PlannedArrete
{
    QDate date;
    int templateIndex;
    int yearIndex;
};

QDate notAfter(const QDate &date, const QDate &today)
{
    return date <= today ? date : QDate();
}
} // namespace

DemoRegister::DemoRegister(ArreteService &service) : m_service(service) {}

Core::Status DemoRegister::populate()
{
    Core::Result<int> existing = m_service.count({});
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return Core::Error(Tr::tr("Le registre des arrêtés de %1 contient déjà %n arrêté(s) : les données de "
                                  "démonstration n'y sont pas ajoutées.", nullptr, existing.value())
                               .arg(m_service.communeName()),
                           {}, Core::Error::Kind::Conflict);

    // Each template date falls exactly three times in the three years that end today.
    const QDate today = m_service.today();
    const QDate start = today.addYears(-3);
    const QList<DemoTemplate> plan = templates();
    QList<PlannedArrete> planned;
    for (int year = start.year(); year <= today.year(); ++year) {
        for (int i = 0; i < plan.size(); ++i) {
            const QDate date(year, plan.at(i).month, plan.at(i).day);
            if (date > start && date <= today)
                planned.append({date, i, year - start.year()});
        }
    }
    std::sort(planned.begin(), planned.end(), [](const PlannedArrete &a, const PlannedArrete &b) {
        return a.date < b.date || (a.date == b.date && a.templateIndex < b.templateIndex);
    });

    QMap<QString, Arrete> created; // "<template>:<yearIndex>" → act, for the abrogations below
    for (int n = 0; n < planned.size(); ++n) {
        const PlannedArrete &p = planned.at(n);
        const DemoTemplate &t = plan.at(p.templateIndex);
        const ArreteCategory category = ArreteCategory::fromCode(t.categorie);
        ArreteDraft d;
        d.dateSignature = p.date;
        d.categorie = t.categorie;
        d.objet = t.objets.at(p.yearIndex % t.objets.size());
        d.signataire = t.categorie.startsWith(u"circulation") ? kAdjointVoirie : kMaire;
        d.transmissionRequise = t.transmission.value_or(category.transmissionByDefault());
        // Posted the same day or within two days, sent to the préfecture within a week, notified
        // within a week: the last acts of the window are still waiting, as in a real register.
        if (category.nature() != ActNature::Individuelle)
            d.datePublication = notAfter(p.date.addDays(n % 3), today);
        if (*d.transmissionRequise)
            d.dateTransmission = notAfter(p.date.addDays(1 + (n * 5) % 7), today);
        if (category.nature() == ActNature::Individuelle)
            d.dateNotification = notAfter(p.date.addDays(2 + (n * 3) % 6), today);
        Core::Result<Arrete> a = m_service.create(d);
        if (!a)
            return a.error();
        created.insert(QStringLiteral("%1:%2").arg(p.templateIndex).arg(p.yearIndex), a.value());
    }

    // A bathing regulation replaced by the next season's, a fire-risk ban lifted when the risk
    // ended, and a withdrawal asked for by the contrôle de légalité.
    const auto key = [](int templateIndex, int yearIndex) {
        return QStringLiteral("%1:%2").arg(templateIndex).arg(yearIndex);
    };
    const auto firstEndable = [&](int templateIndex, int delayDays) -> std::optional<Arrete> {
        for (int yearIndex = 0; yearIndex <= 3; ++yearIndex) {
            const auto it = created.constFind(key(templateIndex, yearIndex));
            if (it != created.constEnd() && it->dateSignature.addDays(delayDays) <= today)
                return it.value();
        }
        return std::nullopt;
    };
    const auto endAct = [&](const Arrete &a, ArreteState state, const QDate &when, const QString &motif) {
        Core::Result<Arrete> r = state == ArreteState::Abroge ? m_service.abrogate(a.id, a.version, when, motif)
                                                              : m_service.cancel(a.id, a.version, when, motif);
        return r ? Core::Status() : Core::Status(r.error());
    };

    constexpr int kBaignades = 8;
    constexpr int kIncendie = 12;
    constexpr int kElagage = 16;
    for (int yearIndex = 0; yearIndex < 3; ++yearIndex) {
        const auto old = created.constFind(key(kBaignades, yearIndex));
        const auto replacement = created.constFind(key(kBaignades, yearIndex + 1));
        if (old == created.constEnd() || replacement == created.constEnd())
            continue;
        if (Core::Status s = endAct(old.value(), ArreteState::Abroge, replacement->dateSignature,
                                    QStringLiteral("Remplacé par l'arrêté %1").arg(replacement->numero));
            !s)
            return s;
        break;
    }
    if (const std::optional<Arrete> ban = firstEndable(kIncendie, 24))
        if (Core::Status s = endAct(*ban, ArreteState::Abroge, ban->dateSignature.addDays(24),
                                    QStringLiteral("Fin de l'épisode de risque très sévère d'incendie (levée de la "
                                                   "vigilance préfectorale)"));
            !s)
            return s;
    if (const std::optional<Arrete> withdrawn = firstEndable(kElagage, 40))
        if (Core::Status s = endAct(*withdrawn, ArreteState::Annule, withdrawn->dateSignature.addDays(40),
                                    QStringLiteral("Retiré à la suite de la lettre d'observations de la préfecture "
                                                   "(contrôle de légalité)"));
            !s)
            return s;
    return {};
}

} // namespace OpenMairie::Reglement
