#pragma once

#include "ModuleSpec.h"
#include "Profile.h"

#include <QHash>

namespace OpenMairie::Core {

class Session;

// Named rights "<module>.<objet>.<action>" declared by the modules, each granted by default to a
// profile and therefore to every higher profile. The services check them before acting; the
// widgets only use them to hide what the agent cannot do.
class OPENMAIRIE_CORE_EXPORT Permissions
{
public:
    explicit Permissions(Session &session);

    void declare(const QString &module, const QList<PermissionDeclaration> &declarations);
    const QHash<QString, PermissionDeclaration> &catalogue() const { return m_catalogue; }

    // The administrator's choices of the rights matrix (droit_profil), over the declared defaults.
    void setOverrides(const QHash<QString, Profile> &minimumProfiles);
    const QHash<QString, Profile> &overrides() const { return m_overrides; }
    Profile declaredProfile(const QString &permission) const;
    Profile minimumProfile(const QString &permission) const;
    bool isDeclared(const QString &permission) const { return m_catalogue.contains(permission); }

    bool allows(Profile profile, const QString &permission) const;
    // Whether the profile holds at least one right of the module (write: one that changes data),
    // which decides the module's PostgreSQL group roles of an agent.
    bool allowsModule(Profile profile, const QString &module, bool write) const;
    static QString moduleOf(const QString &permission) { return permission.section(u'.', 0, 0); }
    static bool isReadOnlyAction(const QString &permission);
    bool sessionAllows(const QString &permission) const;
    // An error for the service layer to return when the session lacks the right.
    Status require(const QString &permission) const;

private:
    Session &m_session;
    QHash<QString, PermissionDeclaration> m_catalogue;
    QHash<QString, Profile> m_declaredProfile;
    QHash<QString, Profile> m_overrides;
};

} // namespace OpenMairie::Core
