#pragma once

#include "Arrete.h"

#include "RecordLink.h"

namespace OpenMairie::Reglement {

// How the global search and the dashboard name an arrêté and where they lead: the register's view
// ("reglement.arretes") with a target that ArreteView::openTarget understands.
class ArreteLinks
{
public:
    static const QString kEntryId;

    static Core::RecordLink registre();
    static Core::RecordLink open(qint64 id);       // "arrete:42"
    static Core::RecordLink newArrete();           // "nouveau"
    // "arrete:42" → 42; 0 when the target is not an arrêté.
    static qint64 idOf(const QString &target);
    static bool isNewArrete(const QString &target);

    // "Arrêté n° 2024-0012", and "Fête de la musique — signé le 12/06/2024" (objet shortened).
    static QString title(const Arrete &arrete);
    static QString subtitle(const Arrete &arrete);
};

} // namespace OpenMairie::Reglement
