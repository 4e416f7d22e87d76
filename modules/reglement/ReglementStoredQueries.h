#pragma once

#include "exchange/StoredQuery.h"

#include <QList>

namespace OpenMairie::Reglement {

// The "requêtes mémorisées" of the register (Outils > Requêtes mémorisées): the agent picks the
// columns and the order, previews, then exports to CSV or .xlsx. Always limited to the working
// commune by the core.
class ReglementStoredQueries
{
public:
    static QList<Core::StoredQuery> all();

    // Every arrêté of the register, with the labels the agent reads (catégorie, état).
    static Core::StoredQuery registre();
    // Acts in force that must go to the préfecture (contrôle de légalité) and have not yet: what
    // the secretariat chases before they can be executory.
    static Core::StoredQuery aTransmettre();
};

} // namespace OpenMairie::Reglement
