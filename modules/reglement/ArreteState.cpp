#include "ArreteState.h"

#include "Tr.h"

namespace OpenMairie::Reglement {

QString stateCode(ArreteState state)
{
    switch (state) {
    case ArreteState::Actif: return QStringLiteral("actif");
    case ArreteState::Abroge: return QStringLiteral("abroge");
    case ArreteState::Annule: return QStringLiteral("annule");
    }
    return {};
}

QString stateLabel(ArreteState state)
{
    switch (state) {
    case ArreteState::Actif: return Tr::tr("En vigueur");
    case ArreteState::Abroge: return Tr::tr("Abrogé");
    case ArreteState::Annule: return Tr::tr("Annulé");
    }
    return {};
}

std::optional<ArreteState> stateFromCode(const QString &code)
{
    for (ArreteState s : {ArreteState::Actif, ArreteState::Abroge, ArreteState::Annule})
        if (stateCode(s) == code)
            return s;
    return std::nullopt;
}

} // namespace OpenMairie::Reglement
