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
        m_minimumProfile.insert(d.name, p);
    }
}

bool Permissions::allows(Profile profile, const QString &permission) const
{
    const auto it = m_minimumProfile.constFind(permission);
    if (it == m_minimumProfile.constEnd())
        return false; // openMairie's permission_if_right_does_not_exist = false
    return static_cast<int>(profile) >= static_cast<int>(it.value());
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
