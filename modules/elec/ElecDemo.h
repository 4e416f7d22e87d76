#pragma once

#include "Result.h"

namespace OpenMairie::Core {
class ModuleContext;
}

namespace OpenMairie::Elec {

class ElecService;

// Demonstration data (openmairie-cli demo, scripts/demarrer.sh): 3 bureaux, a dozen streets cut
// between them, a few hundred electors on the three lists, and mouvements at every step so that
// the dashboard and the counter screens show a living module. Deterministic: same data each time.
class ElecDemo
{
public:
    ElecDemo(ElecService &service, Core::ModuleContext &context);
    Core::Status populate(int electeurs = 400);

private:
    ElecService &m_service;
    Core::ModuleContext &m_context;
};

} // namespace OpenMairie::Elec
