#pragma once

#include "Electeur.h"

#include <QStringList>

namespace OpenMairie::Elec {

// The rules of an elector's record, without the database: one French sentence per problem, saying
// what is wrong and what to type instead. The counter form, the service and the REU import share them.
class ElecteurValidator
{
public:
    static QStringList validate(const Electeur &electeur, const QDate &today);
    // The INE given by the REU: 8 or 9 digits (empty while INSEE has not given one).
    static bool isValidIne(const QString &ine);
    // Trims, upper-cases the names as the REU prints them, simplifies spaces.
    static Electeur normalized(const Electeur &electeur);
    static const QStringList &algerianDepartements(); // 91352 ... 94352
};

} // namespace OpenMairie::Elec
