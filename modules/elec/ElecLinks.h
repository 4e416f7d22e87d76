#pragma once

#include "RecordLink.h"

namespace OpenMairie::Elec {

// Where the dashboard and the global search lead inside the module's views.
struct ElecLinks
{
    static const QString kListeEntry;       // "elec.electeurs"
    static const QString kMouvementsEntry;  // "elec.mouvements"
    static const QString kBureauxEntry;     // "elec.bureaux"

    static Core::RecordLink electeur(qint64 id);
    static Core::RecordLink mouvements();
    static Core::RecordLink nouvelleInscription();
    static qint64 electeurIdOf(const QString &target);
    static bool isNouvelleInscription(const QString &target);
};

} // namespace OpenMairie::Elec
