#pragma once

#include <QString>

#include <optional>

namespace OpenMairie::Reglement {

// An arrêté stays in the register for ever; it only stops applying.
enum class ArreteState {
    Actif,   // en vigueur
    Abroge,  // abrogé: ends for the future (a later decision)
    Annule,  // annulé: by the judge, or withdrawn (retrait), as if it had never applied
};

QString stateCode(ArreteState state);
QString stateLabel(ArreteState state);
std::optional<ArreteState> stateFromCode(const QString &code);

} // namespace OpenMairie::Reglement
