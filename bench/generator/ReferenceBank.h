#pragma once

#include <QList>
#include <QString>

namespace OpenMairie::Bench {

struct BirthCommune
{
    QString code;
    QString nom;
    QString codePostal; // the first of the commune's postal codes
};

struct ForeignCountry
{
    QString code;    // INSEE 99xxx
    QString libelle;
    QString ville;   // a town of birth, written as text as the REU does
};

struct Nationality
{
    QString code;    // ISO 3166, as in resources/reference/nationalites.csv
    QString libelle;
    QString pays;    // INSEE country of the nationality
};

struct StreetType
{
    QString code;
    QString libelle;
};

// What the generator draws from: the suite's own reference files (communes INSEE, pays, nationalités,
// types de voie, compiled into OpenMairieCore) and lists of French names written here, with the
// accents, apostrophes and particles that break naive code.
class ReferenceBank
{
public:
    static const ReferenceBank &instance();

    QList<QString> surnames;
    QList<QString> maleFirstNames;
    QList<QString> femaleFirstNames;
    QList<QString> streetNames;
    QList<QString> schools; // polling stations
    QList<StreetType> streetTypes;
    QList<quint64> streetTypeWeights; // cumulative: "rue" far more often than "cours"

    QList<BirthCommune> communes;      // current communes and arrondissements, never a parent commune
    QList<quint64> communeWeights;     // cumulative population: people are born where people live
    QList<BirthCommune> algeria;       // 91352, 92352, 93352, 94352
    QList<ForeignCountry> countries;   // 99xxx except France
    QList<Nationality> euNationalities; // EU members except France

private:
    ReferenceBank();
};

} // namespace OpenMairie::Bench
