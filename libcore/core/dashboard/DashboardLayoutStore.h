#pragma once

#include "DashboardLayout.h"
#include "DashboardRegistry.h"
#include "ModuleSpec.h"

namespace OpenMairie::Core {

class DatabaseManager;
class Permissions;
class Session;

// The administrator's choice of home-page widgets per profile, for the session's commune (table
// tableau_de_bord). An agent reads his own profile's layout; reading another profile's, saving and
// going back to the default need the right "tableau_de_bord.disposition.modifier".
class OPENMAIRIE_CORE_EXPORT DashboardLayoutStore
{
public:
    static const QString kPermissionModifier;
    static QList<PermissionDeclaration> permissionDeclarations();

    DashboardLayoutStore(DatabaseManager &database, Session &session, Permissions &permissions,
                         const DashboardRegistry &registry);

    const DashboardRegistry &registry() const { return m_registry; }

    // The stored layout, or the default one when none is stored. Widgets of modules that are not
    // loaded are left out.
    Result<DashboardLayout> layout(Profile profile);
    DashboardLayout defaultLayout(Profile profile) const;
    // What the home page shows the signed-in agent: his profile's layout, reduced to what his rights
    // allow.
    Result<QList<DashboardWidgetDefinition>> sessionWidgets();

    // Refused when an id is unknown, repeated or not visible to the profile, and when someone saved
    // this layout since expectedVersion was read (Kind::Conflict).
    Result<DashboardLayout> save(Profile profile, const QStringList &widgetIds, int expectedVersion);
    // Forgets the choice: the profile sees the default layout again.
    Result<DashboardLayout> resetToDefault(Profile profile, int expectedVersion);

private:
    struct StoredRow
    {
        qint64 id = 0;
        QStringList ids;
        int version = 0;
    };
    Result<StoredRow> readRow(const QSqlDatabase &db, Profile profile) const;
    Status requireCommune() const;
    Error conflictError(Profile profile) const;

    DatabaseManager &m_database;
    Session &m_session;
    Permissions &m_permissions;
    const DashboardRegistry &m_registry;
};

} // namespace OpenMairie::Core
