#include "Permissions.h"

#include "Session.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::Permissions)
};
} // namespace

Permissions::Permissions(Session &session) : m_session(session) {}

void Permissions::declare(const QString &module, const QList<PermissionDeclaration> &declarations)
{
    Q_UNUSED(module)
    for (const PermissionDeclaration &d : declarations) {
        m_catalogue.insert(d.name, d);
        Profile p = Profile::Administrateur;
        if (!parseProfile(d.defaultProfile, &p))
            p = Profile::Administrateur; // an undeclared level is the safest one
        m_declaredProfile.insert(d.name, p);
    }
}

void Permissions::setOverrides(const QHash<QString, Profile> &minimumProfiles)
{
    m_overrides = minimumProfiles;
}

Profile Permissions::declaredProfile(const QString &permission) const
{
    return m_declaredProfile.value(permission, Profile::Administrateur);
}

Profile Permissions::minimumProfile(const QString &permission) const
{
    return m_overrides.value(permission, declaredProfile(permission));
}

bool Permissions::allows(Profile profile, const QString &permission) const
{
    if (!m_declaredProfile.contains(permission))
        return false; // openMairie's permission_if_right_does_not_exist = false
    return static_cast<int>(profile) >= static_cast<int>(minimumProfile(permission));
}

bool Permissions::isReadOnlyAction(const QString &permission)
{
    static const QStringList readOnly{QStringLiteral("consulter"), QStringLiteral("lire"), QStringLiteral("voir"),
                                      QStringLiteral("rechercher"), QStringLiteral("imprimer"),
                                      QStringLiteral("exporter")};
    return readOnly.contains(permission.section(u'.', -1));
}

bool Permissions::allowsModule(Profile profile, const QString &module, bool write) const
{
    for (auto it = m_declaredProfile.cbegin(); it != m_declaredProfile.cend(); ++it) {
        if (moduleOf(it.key()) != module || !allows(profile, it.key()))
            continue;
        if (!write || !isReadOnlyAction(it.key()))
            return true;
    }
    return false;
}

bool Permissions::sessionAllows(const QString &permission) const
{
    return m_session.isAuthenticated() && allows(m_session.user().profile, permission);
}

Status Permissions::require(const QString &permission) const
{
    if (sessionAllows(permission))
        return {};
    const QString what = m_catalogue.value(permission).description;
    return Error(Tr::tr("Votre profil ne permet pas cette opération (%1). Demandez ce droit à "
                        "l'administrateur.").arg(what.isEmpty() ? permission : what),
                 permission, Error::Kind::PermissionDenied);
}

} // namespace OpenMairie::Core
