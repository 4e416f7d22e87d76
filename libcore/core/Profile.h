#pragma once

#include "openmairie_core_export.h"

#include <QString>

namespace OpenMairie::Core {

// The five ordered profiles of openMairie: a right granted to a profile holds for the higher ones.
enum class Profile : int {
    Consultation = 1,
    UtilisateurLimite = 2,
    Utilisateur = 3,
    SuperUtilisateur = 4,
    Administrateur = 5,
};

OPENMAIRIE_CORE_EXPORT QString profileLabel(Profile profile);
// Accepts "administrateur", "ADMINISTRATEUR", "Super utilisateur", "super-utilisateur", "5"...
OPENMAIRIE_CORE_EXPORT bool parseProfile(const QString &text, Profile *profile);
OPENMAIRIE_CORE_EXPORT QString profileKey(Profile profile);

} // namespace OpenMairie::Core
