#include "CommuneDataGenerator.h"

#include "CsvLine.h"
#include "ReferenceBank.h"
#include "Rng.h"

#include "CommuneReference.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSet>

namespace OpenMairie::Bench {

using Core::Error;
using Core::Status;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Bench::CommuneDataGenerator)
};

// Streams of Rng::forItem: one per kind of thing, so that adding plots never changes electors.
enum Stream : quint64 { StreamVoies = 1, StreamElecteurs, StreamProcurations, StreamEmplacements, StreamDefunts };

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// A ";" file written through QSaveFile: complete or absent, never half a file.
class CsvOutput
{
public:
    explicit CsvOutput(const QString &path) : m_file(path) {}

    Status open(const QStringList &header)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return Error(Tr::tr("Le fichier « %1 » ne peut pas être écrit : %2.")
                             .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
        m_buffer.append("\xEF\xBB\xBF"); // UTF-8 with BOM, as Excel writes it in France
        appendCsvLine(m_buffer, header);
        return {};
    }
    Status line(const QStringList &fields)
    {
        appendCsvLine(m_buffer, fields);
        return m_buffer.size() > (1 << 20) ? flush() : Status();
    }
    Status commit()
    {
        if (Status s = flush(); !s)
            return s;
        if (!m_file.commit())
            return Error(Tr::tr("Le fichier « %1 » n'a pas pu être enregistré : %2.")
                             .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
        return {};
    }

private:
    Status flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            return Error(Tr::tr("Écriture impossible dans « %1 » : %2.")
                             .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
        m_buffer.clear();
        return {};
    }

    QSaveFile m_file;
    QByteArray m_buffer;
};

struct Person
{
    QString sexe;
    QString nom;
    QString nomUsage;
    QString prenoms;
    QDate naissance;
};

Person drawPerson(Rng &r, const QDate &reference, int minAge, int maxAge)
{
    const ReferenceBank &bank = ReferenceBank::instance();
    Person p;
    const bool female = r.chance(0.52);
    p.sexe = female ? QStringLiteral("F") : QStringLiteral("M");
    p.nom = r.pick(bank.surnames);
    if (r.chance(0.04))
        p.nom += u'-' + r.pick(bank.surnames);
    const QList<QString> &firsts = female ? bank.femaleFirstNames : bank.maleFirstNames;
    QStringList prenoms{r.pick(firsts)};
    for (int extra = r.between(0, 2); extra > 0; --extra) {
        const QString &other = r.pick(firsts);
        if (!prenoms.contains(other))
            prenoms.append(other);
    }
    p.prenoms = prenoms.join(u' ');
    // Ages triangular around the middle of the range: fewer very young and very old people.
    const int span = maxAge - minAge;
    const int age = minAge + int((r.bounded(quint32(span + 1)) + r.bounded(quint32(span + 1))) / 2);
    p.naissance = reference.addYears(-age).addDays(-qint64(r.bounded(365)));
    if (female && age > 24 && r.chance(0.45))
        p.nomUsage = r.pick(bank.surnames);
    return p;
}

struct Birthplace
{
    QString codeCommune;
    QString libelleCommune;
    QString codePays;
    QString libellePays;
};

Birthplace drawBirthplace(Rng &r, const QDate &naissance, double abroad)
{
    const ReferenceBank &bank = ReferenceBank::instance();
    // Born in the former Algerian départements before 1962: a French commune code, no country.
    if (naissance.year() < 1962 && r.chance(0.03)) {
        const BirthCommune &c = r.pick(bank.algeria);
        return {c.code, c.nom, {}, {}};
    }
    if (r.chance(abroad)) {
        const ForeignCountry &c = r.pick(bank.countries);
        return {{}, c.ville, c.code, c.libelle};
    }
    const BirthCommune &c = bank.communes.at(r.weighted(bank.communeWeights));
    return {c.code, c.nom, {}, {}};
}

enum class Liste { LP, LCE, LCM };

struct Elector
{
    Liste liste = Liste::LP;
    Person person;
    Birthplace birthplace;
    QString nationalite;
    int voie = 0;
    int numero = 0;
    QString complementNumero;
    QString complementAdresse;
};

Elector drawElector(const GenerationSpec &spec, int voies, qint64 index)
{
    const ReferenceBank &bank = ReferenceBank::instance();
    Rng r = Rng::forItem(spec.seed, StreamElecteurs, quint64(index));
    Elector e;
    const quint32 draw = r.bounded(1000);
    e.liste = draw < 955 ? Liste::LP : draw < 985 ? Liste::LCM : Liste::LCE;
    e.person = drawPerson(r, spec.reference, 18, 100);
    if (e.liste == Liste::LP) {
        e.nationalite = QStringLiteral("FR");
        e.birthplace = drawBirthplace(r, e.person.naissance, 0.07);
    } else {
        // EU citizens: most were born in their own country.
        const Nationality &n = r.pick(bank.euNationalities);
        e.nationalite = n.code;
        if (r.chance(0.75)) {
            for (const ForeignCountry &c : bank.countries)
                if (c.code == n.pays)
                    e.birthplace = {{}, c.ville, c.code, c.libelle};
            if (e.birthplace.codePays.isEmpty())
                e.birthplace = drawBirthplace(r, e.person.naissance, 1.0);
        } else {
            e.birthplace = drawBirthplace(r, e.person.naissance, 0.0);
        }
    }
    e.voie = int(r.bounded(quint32(voies)));
    e.numero = int(r.bounded(100000)); // reduced by the caller, which knows the street's length
    if (r.chance(0.04))
        e.complementNumero = r.chance(0.7) ? QStringLiteral("bis") : QStringLiteral("ter");
    if (r.chance(0.12)) {
        static const QStringList kinds{QStringLiteral("Bâtiment %1"), QStringLiteral("Appartement %1"),
                                       QStringLiteral("Résidence Les Pins; bât. %1"),
                                       QStringLiteral("Chez M. et Mme Lefèvre, porte %1"),
                                       QStringLiteral("Lieu-dit « La Source », %1")};
        e.complementAdresse = r.pick(kinds).arg(r.between(1, 40));
    }
    return e;
}

QString listeCode(Liste l)
{
    switch (l) {
    case Liste::LP:
        return QStringLiteral("LP");
    case Liste::LCE:
        return QStringLiteral("LCE");
    case Liste::LCM:
        return QStringLiteral("LCM");
    }
    return {};
}

QString money(int cents)
{
    return QStringLiteral("%1,%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}
} // namespace

struct CommuneDataGenerator::Plot
{
    QString cimetiere;
    QString zone;
    QString allee;
    int numero = 0;
    QString nature;
    int places = 1;
    QString surface;
    QString x;
    QString y;
    bool concession = false;
    QString numeroTitre;
    QDate debut;
    int duree = 0; // years; 0: perpétuelle
    QDate fin;
    QString typeBeneficiaires;
    Person concessionnaire;
    QString adresse;
    QString codePostal;
    QString ville;
    int montantCents = 0;
    int occupants = 0;
};

CommuneDataGenerator::CommuneDataGenerator(GenerationSpec spec) : m_spec(std::move(spec))
{
    const ReferenceBank &bank = ReferenceBank::instance();
    Core::Result<Core::InseeCommune> commune = Core::CommuneReference::instance().find(m_spec.codeInsee);
    m_communeNom = commune ? commune->nom : QStringLiteral("Arles");
    m_codePostal = commune ? commune->codesPostaux.section(u',', 0, 0) : QStringLiteral("13200");

    for (int b = 0; b < m_spec.effectiveBureaux(); ++b) {
        const QString &lieu = bank.schools.at(b % bank.schools.size());
        m_bureaux.append({QStringLiteral("%1").arg(b + 1, 4, 10, QLatin1Char('0')),
                          b < bank.schools.size() ? lieu : QStringLiteral("%1 (%2)").arg(lieu).arg(b + 1)});
    }
    QSet<QString> names;
    for (int v = 0; v < m_spec.effectiveVoies(); ++v) {
        Rng r = Rng::forItem(m_spec.seed, StreamVoies, quint64(v));
        const StreetType &type = bank.streetTypes.at(r.weighted(bank.streetTypeWeights));
        GeneratedVoie voie;
        voie.code = QStringLiteral("V%1").arg(v + 1, 6, 10, QLatin1Char('0'));
        voie.typeCode = type.code;
        voie.typeLibelle = type.libelle;
        voie.libelle = r.pick(bank.streetNames);
        // Two "rue Victor Hugo" in one commune would confuse the agent: other streets are named after
        // people, as communes do, and a large commune that runs out of names numbers the last ones.
        for (int attempt = 0; attempt < 8 && names.contains(voie.displayName()); ++attempt)
            voie.libelle = r.pick(r.chance(0.5) ? bank.femaleFirstNames : bank.maleFirstNames) + u' '
                           + r.pick(bank.surnames);
        if (names.contains(voie.displayName()))
            voie.libelle += QStringLiteral(" %1").arg(v + 1);
        names.insert(voie.displayName());
        voie.bureau = int(r.bounded(quint32(m_bureaux.size())));
        voie.longueur = type.code == u"IMP" ? r.between(3, 20) : r.between(10, 180);
        m_voies.append(voie);
    }
}

const QStringList &CommuneDataGenerator::electeurColumns()
{
    static const QStringList columns = QStringLiteral(
        "code_bureau;libelle_bureau;liste;ine;nom_naissance;nom_usage;prenoms;sexe;date_naissance;"
        "code_commune_naissance;libelle_commune_naissance;code_pays_naissance;libelle_pays_naissance;nationalite;"
        "numero_voie;complement_numero;libelle_voie;complement_adresse;code_postal;commune;numero_ordre")
                                           .split(u';');
    return columns;
}

const QStringList &CommuneDataGenerator::emplacementColumns()
{
    static const QStringList columns =
        QStringLiteral("cimetiere;zone;allee;numero;nature;places;surface_m2;x;y;numero_titre;date_debut;duree;date_fin;"
                       "type_beneficiaires;concessionnaire_nom;concessionnaire_prenom;concessionnaire_adresse;"
                       "concessionnaire_code_postal;concessionnaire_ville;montant")
            .split(u';');
    return columns;
}

const QStringList &CommuneDataGenerator::defuntColumns()
{
    static const QStringList columns = QStringLiteral("cimetiere;zone;allee;numero;nom;nom_usage;prenoms;date_naissance;"
                                                      "date_deces;lieu_deces;date_inhumation;nature")
                                           .split(u';');
    return columns;
}

QString CommuneDataGenerator::ine(qint64 index)
{
    // Scattered but unique: a permutation of 9-digit numbers (multiplier prime to 10^8).
    const qint64 n = 100000000 + (index * 48271 + 12345) % 900000000;
    return QString::number(n);
}

Status CommuneDataGenerator::writeAll(const QString &directory) const
{
    if (!QDir().mkpath(directory))
        return Error(Tr::tr("Le dossier « %1 » ne peut pas être créé.").arg(QDir::toNativeSeparators(directory)));
    const QDir dir(directory);
    for (Status s : {writeVoies(dir.filePath(voiesFile())), writeElecteurs(dir.filePath(electeursFile())),
                     writeProcurations(dir.filePath(procurationsFile())),
                     writeEmplacements(dir.filePath(emplacementsFile())), writeDefunts(dir.filePath(defuntsFile()))})
        if (!s)
            return s;
    return {};
}

Status CommuneDataGenerator::writeVoies(const QString &path) const
{
    CsvOutput out(path);
    if (Status s = out.open({QStringLiteral("code"), QStringLiteral("type"), QStringLiteral("libelle"),
                             QStringLiteral("complement"), QStringLiteral("date_debut_validite")});
        !s)
        return s;
    for (qsizetype i = 0; i < m_voies.size(); ++i) {
        const GeneratedVoie &v = m_voies.at(i);
        Rng r = Rng::forItem(m_spec.seed, StreamVoies, quint64(i) + (1ULL << 40));
        const QString complement = r.chance(0.03) ? QStringLiteral("prolongée") : QString();
        const QDate since = r.chance(0.2) ? QDate(r.between(1950, 2025), r.between(1, 12), r.between(1, 28)) : QDate();
        if (Status s = out.line({v.code, v.typeCode, v.libelle, complement, dateText(since)}); !s)
            return s;
    }
    return out.commit();
}

Status CommuneDataGenerator::writeElecteurs(const QString &path) const
{
    CsvOutput out(path);
    if (Status s = out.open(electeurColumns()); !s)
        return s;
    QList<int> nextNumber(m_bureaux.size(), 1);
    for (qint64 i = 0; i < m_spec.electeurs; ++i) {
        const Elector e = drawElector(m_spec, int(m_voies.size()), i);
        const GeneratedVoie &voie = m_voies.at(e.voie);
        const GeneratedBureau &bureau = m_bureaux.at(voie.bureau);
        const int numero = 1 + e.numero % voie.longueur;
        if (Status s = out.line({bureau.code, bureau.libelle, listeCode(e.liste), ine(i), e.person.nom.toUpper(),
                                 e.person.nomUsage.toUpper(), e.person.prenoms, e.person.sexe,
                                 dateText(e.person.naissance), e.birthplace.codeCommune, e.birthplace.libelleCommune,
                                 e.birthplace.codePays, e.birthplace.libellePays, e.nationalite,
                                 QString::number(numero), e.complementNumero, voie.displayName(),
                                 e.complementAdresse, m_codePostal, m_communeNom,
                                 QString::number(nextNumber[voie.bureau]++)});
            !s)
            return s;
    }
    return out.commit();
}

Status CommuneDataGenerator::writeProcurations(const QString &path) const
{
    // No import format is fixed for procurations yet (issue 7): the columns say what a procuration
    // holds, by INE so that they join the electors' file.
    CsvOutput out(path);
    if (Status s = out.open({QStringLiteral("ine_mandant"), QStringLiteral("ine_mandataire"),
                             QStringLiteral("date_debut"), QStringLiteral("date_fin"),
                             QStringLiteral("lieu_etablissement"), QStringLiteral("autorite")});
        !s)
        return s;
    if (m_spec.electeurs < 2)
        return out.commit();
    // A mandataire holds at most one procuration established in France (loi du 9 décembre 2022).
    QSet<qint64> mandataires;
    QSet<qint64> mandants;
    const int count = m_spec.electeurs / 50;
    for (int k = 0; k < count; ++k) {
        Rng r = Rng::forItem(m_spec.seed, StreamProcurations, quint64(k));
        const qint64 mandant = r.bounded(quint32(m_spec.electeurs));
        const qint64 mandataire = r.bounded(quint32(m_spec.electeurs));
        if (mandant == mandataire || mandants.contains(mandant) || mandataires.contains(mandataire)
            || mandants.contains(mandataire) || mandataires.contains(mandant)
            || drawElector(m_spec, int(m_voies.size()), mandant).liste != Liste::LP
            || drawElector(m_spec, int(m_voies.size()), mandataire).liste != Liste::LP)
            continue;
        mandants.insert(mandant);
        mandataires.insert(mandataire);
        const QDate debut = m_spec.reference.addDays(-qint64(r.bounded(700)));
        const QDate fin = r.chance(0.6) ? debut.addYears(1) : debut.addDays(r.between(1, 60));
        const bool abroad = r.chance(0.05);
        static const QStringList authorities{QStringLiteral("Commissariat de police d'Arles"),
                                             QStringLiteral("Brigade de gendarmerie de Saint-Martin-de-Crau"),
                                             QStringLiteral("Tribunal judiciaire de Tarascon")};
        if (Status s = out.line({ine(mandant), ine(mandataire), dateText(debut), dateText(fin),
                                 abroad ? QStringLiteral("étranger") : QStringLiteral("France"),
                                 abroad ? QStringLiteral("Consulat général de France à Genève") : r.pick(authorities)});
            !s)
            return s;
    }
    return out.commit();
}

CommuneDataGenerator::Plot CommuneDataGenerator::plotAt(int index) const
{
    const ReferenceBank &bank = ReferenceBank::instance();
    static const QStringList cemeteryNames{QStringLiteral("Cimetière communal"), QStringLiteral("Cimetière Saint-Roch"),
                                           QStringLiteral("Cimetière du Château"), QStringLiteral("Cimetière des Aliscamps"),
                                           QStringLiteral("Cimetière de Trinquetaille"), QStringLiteral("Cimetière de Salin"),
                                           QStringLiteral("Cimetière de Raphèle"), QStringLiteral("Cimetière de Moulès")};
    const int cemeteries = m_spec.effectiveCimetieres();
    const int perCemetery = (m_spec.effectiveEmplacements() + cemeteries - 1) / cemeteries;
    const int inCemetery = index % perCemetery;
    constexpr int kPerAllee = 40;
    constexpr int kAlleesPerZone = 10;
    Plot p;
    p.cimetiere = cemeteryNames.at((index / perCemetery) % cemeteryNames.size());
    const int allee = inCemetery / kPerAllee;
    // Carrés A to Z, then A2, B2...: a 20 000-plot cemetery has more than 26.
    const int zone = allee / kAlleesPerZone;
    p.zone = QStringLiteral("Carré %1%2").arg(QChar(u'A' + zone % 26)).arg(zone >= 26 ? QString::number(zone / 26 + 1) : QString());
    p.allee = QString::number(allee % kAlleesPerZone + 1);
    p.numero = inCemetery % kPerAllee + 1;
    p.x = QString::number(double(allee) * 4.5, 'f', 1);
    p.y = QString::number(double(p.numero) * 2.5, 'f', 1);

    Rng r = Rng::forItem(m_spec.seed, StreamEmplacements, quint64(index));
    const quint32 kind = r.bounded(1000);
    struct Kind
    {
        quint32 upTo;
        const char *nature;
        int minPlaces, maxPlaces;
        const char *surface;
        bool concession;
    };
    static const Kind kinds[] = {
        {700, "concession", 1, 6, "2,50", true},  {800, "columbarium", 2, 4, "0,25", true},
        {840, "cavurne", 2, 6, "1,00", true},     {870, "enfeu", 2, 4, "3,00", true},
        {960, "terrain commun", 1, 1, "2,00", false}, {970, "ossuaire", 50, 200, "4,00", false},
        {980, "caveau provisoire", 2, 4, "3,00", false}, {1000, "jardin du souvenir", 0, 0, "20,00", false},
    };
    const Kind *k = &kinds[0];
    for (const Kind &candidate : kinds)
        if (kind < candidate.upTo) {
            k = &candidate;
            break;
        }
    p.nature = QString::fromUtf8(k->nature);
    p.places = r.between(k->minPlaces, k->maxPlaces);
    p.surface = QString::fromUtf8(k->surface);
    if (k->concession && r.chance(0.88)) {
        p.concession = true;
        p.debut = QDate(r.between(1930, m_spec.reference.year() - 1), r.between(1, 12), r.between(1, 28));
        const quint32 d = r.bounded(100);
        // Every duration the CGCT knows, centenaires only before 1959 (ord. 59-33).
        p.duree = d < 5 ? 5 : d < 10 ? 10 : d < 18 ? 15 : d < 50 ? 30 : d < 80 ? 50 : 0;
        if (p.debut.year() < 1959 && r.chance(0.3))
            p.duree = 100;
        p.fin = p.duree > 0 ? p.debut.addYears(p.duree) : QDate();
        static const QStringList types{QStringLiteral("familiale"), QStringLiteral("familiale"),
                                       QStringLiteral("familiale"), QStringLiteral("individuelle"),
                                       QStringLiteral("collective")};
        p.typeBeneficiaires = r.pick(types);
        p.concessionnaire = drawPerson(r, p.debut, 30, 80);
        p.numeroTitre = QStringLiteral("%1-%2").arg(p.debut.year()).arg(index + 1, 6, 10, QLatin1Char('0'));
        if (r.chance(0.75)) {
            const GeneratedVoie &v = r.pick(m_voies);
            p.adresse = QStringLiteral("%1 %2").arg(r.between(1, v.longueur)).arg(v.displayName());
            p.codePostal = m_codePostal;
            p.ville = m_communeNom;
        } else {
            const BirthCommune &c = bank.communes.at(r.weighted(bank.communeWeights));
            p.adresse = QStringLiteral("%1 rue %2").arg(r.between(1, 90)).arg(r.pick(bank.streetNames));
            p.codePostal = c.codePostal;
            p.ville = c.nom;
        }
        const int base = p.duree == 0 ? 250000 : p.duree == 100 ? 0 : p.duree * 1350;
        p.montantCents = base == 0 ? 0 : base + int(r.bounded(5)) * 1250;
        p.occupants = int(r.bounded(quint32(p.places + 1)));
    } else if (!k->concession) {
        p.occupants = p.nature == u"terrain commun" ? int(r.bounded(2)) : 0;
    }
    return p;
}

Status CommuneDataGenerator::writeEmplacements(const QString &path) const
{
    CsvOutput out(path);
    if (Status s = out.open(emplacementColumns()); !s)
        return s;
    for (int i = 0; i < m_spec.effectiveEmplacements(); ++i) {
        const Plot p = plotAt(i);
        const QString duree = !p.concession ? QString() : p.duree == 0 ? QStringLiteral("perpetuelle")
                                                                       : QString::number(p.duree);
        if (Status s = out.line({p.cimetiere, p.zone, p.allee, QString::number(p.numero), p.nature,
                                 QString::number(p.places), p.surface, p.x, p.y, p.numeroTitre, dateText(p.debut),
                                 duree, dateText(p.fin), p.typeBeneficiaires, p.concessionnaire.nom.toUpper(),
                                 p.concessionnaire.prenoms.section(u' ', 0, 0), p.adresse, p.codePostal, p.ville,
                                 p.concession ? money(p.montantCents) : QString()});
            !s)
            return s;
    }
    return out.commit();
}

Status CommuneDataGenerator::writeDefunts(const QString &path) const
{
    const ReferenceBank &bank = ReferenceBank::instance();
    CsvOutput out(path);
    if (Status s = out.open(defuntColumns()); !s)
        return s;
    for (int i = 0; i < m_spec.effectiveEmplacements(); ++i) {
        const Plot p = plotAt(i);
        Rng r = Rng::forItem(m_spec.seed, StreamDefunts, quint64(i));
        // Burials happen while the concession runs (or in the last five years for a terrain commun).
        const QDate earliest = p.concession ? p.debut : m_spec.reference.addYears(-5);
        const QDate latest = p.fin.isValid() && p.fin < m_spec.reference ? p.fin.addDays(-7) : m_spec.reference.addDays(-7);
        const qint64 window = std::max<qint64>(1, earliest.daysTo(latest));
        for (int o = 0; o < p.occupants; ++o) {
            const QDate deces = earliest.addDays(qint64(r.next() % quint64(window)));
            Person d = drawPerson(r, deces, 40, 100);
            // The family's grave: most of the deceased bear the holder's name.
            if (p.concession && r.chance(0.7))
                d.nom = p.concessionnaire.nom;
            const QString nature = p.nature == u"columbarium" || p.nature == u"cavurne" ? QStringLiteral("urne")
                                   : r.chance(0.85) ? QStringLiteral("cercueil")
                                   : r.chance(0.85) ? QStringLiteral("urne")
                                                    : QStringLiteral("reliquaire");
            const BirthCommune &lieu = r.chance(0.7) ? BirthCommune{m_spec.codeInsee, m_communeNom, m_codePostal}
                                                     : bank.communes.at(r.weighted(bank.communeWeights));
            if (Status s = out.line({p.cimetiere, p.zone, p.allee, QString::number(p.numero), d.nom.toUpper(),
                                     d.nomUsage.toUpper(), d.prenoms, dateText(d.naissance), dateText(deces), lieu.nom,
                                     dateText(deces.addDays(r.between(1, 6))), nature});
                !s)
                return s;
        }
    }
    return out.commit();
}

} // namespace OpenMairie::Bench
