#pragma once

#include "Result.h"

namespace OpenMairie::Reglement {

class ArreteService;

// "openmairie-cli demo": three years of a town hall's arrêtés (circulation for a brocante, fête
// de la musique, road works, parking, delegations, bathing, staff…) with their publication,
// transmission and notification dates, a few abrogated or withdrawn. Written through the service,
// so the demonstration register follows every rule, numbering and audit included.
class DemoRegister
{
public:
    static constexpr int kTemplatesPerYear = 20;

    explicit DemoRegister(ArreteService &service);

    // Refused when the commune's register already holds arrêtés: demonstration data never mixes
    // with real acts.
    Core::Status populate();

private:
    ArreteService &m_service;
};

} // namespace OpenMairie::Reglement
