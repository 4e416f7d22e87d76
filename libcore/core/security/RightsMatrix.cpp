#include "RightsMatrix.h"

#include "AgentRoles.h"
#include "DatabaseManager.h"
#include "Permissions.h"
#include "Session.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::RightsMatrix)
};
} // namespace

RightsMatrix::RightsMatrix(DatabaseManager &database, Permissions &permissions, Session &session)
    : m_database(database), m_permissions(permissions), m_session(session)
{
}

Status RightsMatrix::load()
{
    Result<QSqlQuery> q = Sql::exec(m_database.connection(),
                                    QStringLiteral("SELECT permission, profil_minimum FROM droit_profil"));
    if (!q)
        return q.error();
    QHash<QString, Profile> overrides;
    while (q.value().next())
        overrides.insert(q.value().value(0).toString(), static_cast<Profile>(q.value().value(1).toInt()));
    m_permissions.setOverrides(overrides);
    return {};
}

QList<RightEntry> RightsMatrix::entries() const
{
    QList<RightEntry> entries;
    const auto &catalogue = m_permissions.catalogue();
    for (auto it = catalogue.cbegin(); it != catalogue.cend(); ++it)
        entries.append({it.key(), Permissions::moduleOf(it.key()), it.value().description,
                        m_permissions.declaredProfile(it.key()), m_permissions.minimumProfile(it.key())});
    std::sort(entries.begin(), entries.end(), [](const RightEntry &a, const RightEntry &b) {
        return a.module != b.module ? a.module < b.module : a.permission < b.permission;
    });
    return entries;
}

Status RightsMatrix::setMinimumProfile(const QString &permission, Profile profile)
{
    return store(permission, &profile);
}

Status RightsMatrix::resetToDefault(const QString &permission)
{
    return store(permission, nullptr);
}

Status RightsMatrix::store(const QString &permission, const Profile *profile)
{
    if (Status s = m_permissions.require(managePermission()); !s)
        return s;
    if (!m_permissions.isDeclared(permission))
        return Error(Tr::tr("Le droit « %1 » n'est déclaré par aucun module chargé.").arg(permission), {},
                     Error::Kind::InvalidInput);
    // The right to manage rights stays with the administrator: lowering it would let a lesser
    // profile give itself everything.
    if (permission == managePermission() && profile && *profile != Profile::Administrateur)
        return Error(Tr::tr("Le droit de gérer les droits reste réservé aux administrateurs."), {},
                     Error::Kind::InvalidInput);
    QSqlDatabase db = m_database.connection();
    const SqlDialect d = m_database.dialect();
    Transaction tx(db, d);
    if (!tx.begun())
        return tx.begun().error();
    Result<QSqlQuery> removed = Sql::exec(db, QStringLiteral("DELETE FROM droit_profil WHERE permission = ?"), {permission});
    if (!removed)
        return removed.error();
    if (profile && *profile != m_permissions.declaredProfile(permission)) {
        const QString login = m_session.user().login;
        if (Result<QSqlQuery> q = Sql::exec(db, QStringLiteral("INSERT INTO droit_profil (permission, profil_minimum, "
                                                               "created_by, updated_by) VALUES (?, ?, ?, ?)"),
                                            {permission, static_cast<int>(*profile), login, login});
            !q)
            return q.error();
    }
    const QHash<QString, Profile> previous = m_permissions.overrides();
    QHash<QString, Profile> next = previous;
    next.remove(permission);
    if (profile && *profile != m_permissions.declaredProfile(permission))
        next.insert(permission, *profile);
    m_permissions.setOverrides(next);
    if (d.isPostgres()) {
        if (Status s = AgentRoles(db, m_permissions).synchronizeAll(); !s) {
            m_permissions.setOverrides(previous);
            return s;
        }
    }
    if (Status s = tx.commit(); !s) {
        m_permissions.setOverrides(previous);
        return s;
    }
    return {};
}

} // namespace OpenMairie::Core
