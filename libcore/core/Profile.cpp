#include "Profile.h"

#include "TextNormalizer.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::Profile)
};
} // namespace

QString profileLabel(Profile profile)
{
    switch (profile) {
    case Profile::Consultation: return Tr::tr("Consultation");
    case Profile::UtilisateurLimite: return Tr::tr("Utilisateur limité");
    case Profile::Utilisateur: return Tr::tr("Utilisateur");
    case Profile::SuperUtilisateur: return Tr::tr("Super utilisateur");
    case Profile::Administrateur: return Tr::tr("Administrateur");
    }
    return {};
}

QString profileKey(Profile profile)
{
    switch (profile) {
    case Profile::Consultation: return QStringLiteral("consultation");
    case Profile::UtilisateurLimite: return QStringLiteral("utilisateur_limite");
    case Profile::Utilisateur: return QStringLiteral("utilisateur");
    case Profile::SuperUtilisateur: return QStringLiteral("super_utilisateur");
    case Profile::Administrateur: return QStringLiteral("administrateur");
    }
    return {};
}

bool parseProfile(const QString &text, Profile *profile)
{
    bool isNumber = false;
    const int n = text.trimmed().toInt(&isNumber);
    if (isNumber) {
        if (n < 1 || n > 5)
            return false;
        *profile = static_cast<Profile>(n);
        return true;
    }
    const QString key = TextNormalizer::searchKey(text).replace(u' ', u'_');
    for (int i = 1; i <= 5; ++i) {
        const auto p = static_cast<Profile>(i);
        if (key == profileKey(p).toUpper()) {
            *profile = p;
            return true;
        }
    }
    return false;
}

} // namespace OpenMairie::Core
