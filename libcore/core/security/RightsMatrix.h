#pragma once

#include "Profile.h"
#include "Result.h"

#include <QList>

namespace OpenMairie::Core {

class DatabaseManager;
class Permissions;
class Session;

struct OPENMAIRIE_CORE_EXPORT RightEntry
{
    QString permission;  // "reglement.arrete.creer"
    QString module;      // "reglement"
    QString description; // French, from the module's metadata
    Profile declared = Profile::Administrateur;  // the module's default
    Profile effective = Profile::Administrateur; // after the administrator's choice
    bool changed() const { return declared != effective; }
};

// The rights matrix: for each declared right, the lowest profile that holds it (higher profiles
// hold it too; the administrator holds them all). Stored in droit_profil; changing it also
// re-computes the agents' PostgreSQL group memberships, in the same transaction.
class OPENMAIRIE_CORE_EXPORT RightsMatrix
{
public:
    RightsMatrix(DatabaseManager &database, Permissions &permissions, Session &session);

    static QString managePermission() { return QStringLiteral("core.droits.gerer"); }

    // Reads the administrator's choices into Permissions (at sign-in).
    Status load();
    // Every declared right, sorted by module then name.
    QList<RightEntry> entries() const;
    Status setMinimumProfile(const QString &permission, Profile profile);
    Status resetToDefault(const QString &permission);

private:
    Status store(const QString &permission, const Profile *profile);

    DatabaseManager &m_database;
    Permissions &m_permissions;
    Session &m_session;
};

} // namespace OpenMairie::Core
