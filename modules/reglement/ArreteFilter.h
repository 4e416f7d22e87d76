#pragma once

#include "ArreteState.h"

#include <QString>

#include <optional>

namespace OpenMairie::Reglement {

// What the register list shows: every criterion is optional and they add up.
struct ArreteFilter
{
    int annee = 0;        // year of the number; 0 for every year
    QString categorie;    // ArreteCategory code; empty for every category
    QString recherche;    // words of the objet (accents and case ignored); a number may be the year or rank
    std::optional<ArreteState> etat;

    bool operator==(const ArreteFilter &) const = default;
};

} // namespace OpenMairie::Reglement
