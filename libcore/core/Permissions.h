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

    bool allows(Profile profile, const QString &permission) const;
    bool sessionAllows(const QString &permission) const;
    // An error for the service layer to return when the session lacks the right.
    Status require(const QString &permission) const;

private:
    Session &m_session;
    QHash<QString, PermissionDeclaration> m_catalogue;
    QHash<QString, Profile> m_minimumProfile;
};

} // namespace OpenMairie::Core
