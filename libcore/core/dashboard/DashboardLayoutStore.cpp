#include "DashboardLayoutStore.h"

#include "DatabaseManager.h"
#include "Permissions.h"
#include "Session.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::DashboardLayoutStore)
};

const QChar kSeparator = u',';
} // namespace

const QString DashboardLayoutStore::kPermissionModifier = QStringLiteral("tableau_de_bord.disposition.modifier");

QList<PermissionDeclaration> DashboardLayoutStore::permissionDeclarations()
{
    return {{kPermissionModifier, Tr::tr("Choisir les éléments du tableau de bord de chaque profil"),
             QStringLiteral("administrateur")}};
}

DashboardLayoutStore::DashboardLayoutStore(DatabaseManager &database, Session &session, Permissions &permissions,
                                           const DashboardRegistry &registry)
    : m_database(database), m_session(session), m_permissions(permissions), m_registry(registry)
{
}

Status DashboardLayoutStore::requireCommune() const
{
    if (!m_session.commune().isValid())
        return Error(Tr::tr("Choisissez d'abord une commune."), {}, Error::Kind::InvalidInput);
    return {};
}

Error DashboardLayoutStore::conflictError(Profile profile) const
{
    return Error(Tr::tr("Le tableau de bord du profil « %1 » a été modifié par quelqu'un d'autre depuis que vous "
                        "l'avez ouvert. Fermez la fenêtre et rouvrez-la pour partir de sa version actuelle.")
                     .arg(profileLabel(profile)),
                 {}, Error::Kind::Conflict);
}

Result<DashboardLayoutStore::StoredRow> DashboardLayoutStore::readRow(const QSqlDatabase &db, Profile profile) const
{
    Result<QSqlQuery> q = Sql::exec(db,
                                    QStringLiteral("SELECT id, elements, version FROM tableau_de_bord "
                                                   "WHERE collectivite_id = ? AND profil = ?"),
                                    {m_session.commune().id, static_cast<int>(profile)});
    if (!q)
        return q.error();
    StoredRow row;
    if (q.value().next()) {
        row.id = q.value().value(0).toLongLong();
        row.ids = q.value().value(1).toString().split(kSeparator, Qt::SkipEmptyParts);
        row.version = q.value().value(2).toInt();
    }
    return row;
}

DashboardLayout DashboardLayoutStore::defaultLayout(Profile profile) const
{
    DashboardLayout layout;
    layout.profile = profile;
    for (const DashboardWidgetDefinition &d : m_registry.visibleTo(m_permissions, profile))
        layout.widgetIds.append(d.id);
    return layout;
}

Result<DashboardLayout> DashboardLayoutStore::layout(Profile profile)
{
    if (Status s = requireCommune(); !s)
        return s.error();
    const bool ownProfile = m_session.isAuthenticated() && m_session.user().profile == profile;
    if (!ownProfile) {
        if (Status s = m_permissions.require(kPermissionModifier); !s)
            return s.error();
    }
    Result<QSqlDatabase> db = m_database.checkedConnection();
    if (!db)
        return db.error();
    Result<StoredRow> row = readRow(db.value(), profile);
    if (!row)
        return row.error();
    if (row->version == 0)
        return defaultLayout(profile);
    DashboardLayout layout;
    layout.profile = profile;
    layout.version = row->version;
    for (const QString &id : row->ids)
        if (m_registry.find(id))
            layout.widgetIds.append(id);
    return layout;
}

Result<QList<DashboardWidgetDefinition>> DashboardLayoutStore::sessionWidgets()
{
    if (!m_session.isAuthenticated())
        return QList<DashboardWidgetDefinition>();
    Result<DashboardLayout> own = layout(m_session.user().profile);
    if (!own)
        return own.error();
    QList<DashboardWidgetDefinition> widgets;
    for (const QString &id : own->widgetIds) {
        const DashboardWidgetDefinition *d = m_registry.find(id);
        // The rights are checked again: a layout saved before a right was withdrawn shows no more.
        if (d && m_permissions.sessionAllows(d->permission))
            widgets.append(*d);
    }
    return widgets;
}

Result<DashboardLayout> DashboardLayoutStore::save(Profile profile, const QStringList &widgetIds, int expectedVersion)
{
    if (Status s = requireCommune(); !s)
        return s.error();
    if (Status s = m_permissions.require(kPermissionModifier); !s)
        return s.error();
    QSet<QString> seen;
    for (const QString &id : widgetIds) {
        const DashboardWidgetDefinition *d = m_registry.find(id);
        if (!d)
            return Error(Tr::tr("L'élément « %1 » n'existe pas : le module qui le proposait n'est peut-être plus "
                                "installé. Retirez-le de la liste puis enregistrez.").arg(id),
                         id, Error::Kind::InvalidInput);
        if (seen.contains(id))
            return Error(Tr::tr("L'élément « %1 » figure deux fois : gardez-le une seule fois.").arg(d->title), id,
                         Error::Kind::InvalidInput);
        if (!m_permissions.allows(profile, d->permission))
            return Error(Tr::tr("Le profil « %1 » n'a pas le droit de voir « %2 » : retirez cet élément de son "
                                "tableau de bord, ou accordez-lui d'abord le droit.")
                             .arg(profileLabel(profile), d->title),
                         d->permission, Error::Kind::InvalidInput);
        seen.insert(id);
    }

    Result<QSqlDatabase> db = m_database.checkedConnection();
    if (!db)
        return db.error();
    Transaction tx(db.value(), m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<StoredRow> row = readRow(db.value(), profile);
    if (!row)
        return row.error();
    if (row->version != expectedVersion)
        return conflictError(profile);
    // Widgets of a module that is not loaded today are kept at the end: removing a module removes it
    // from the screens, never from the administrator's choices.
    QStringList stored = widgetIds;
    for (const QString &id : row->ids)
        if (!m_registry.find(id) && !stored.contains(id))
            stored.append(id);
    // Never a null QString: the driver would bind NULL for "no widget at all".
    const QString elements = stored.isEmpty() ? QStringLiteral("") : stored.join(kSeparator);
    const QString login = m_session.user().login;
    const qint64 communeId = m_session.commune().id;
    Result<QSqlQuery> q = row->version == 0
        ? Sql::exec(db.value(),
                    QStringLiteral("INSERT INTO tableau_de_bord (collectivite_id, profil, elements, version, "
                                   "created_by, updated_by) VALUES (?, ?, ?, 1, ?, ?)"),
                    {communeId, static_cast<int>(profile), elements, login, login})
        : Sql::exec(db.value(),
                    QStringLiteral("UPDATE tableau_de_bord SET elements = ?, version = version + 1, updated_at = ")
                        + m_database.dialect().currentTimestamp()
                        + QStringLiteral(", updated_by = ? WHERE id = ? AND collectivite_id = ? AND version = ?"),
                    {elements, login, row->id, communeId, expectedVersion});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return conflictError(profile);
    if (Status s = tx.commit(); !s)
        return s.error();
    DashboardLayout saved;
    saved.profile = profile;
    saved.widgetIds = widgetIds;
    saved.version = expectedVersion + 1;
    return saved;
}

Result<DashboardLayout> DashboardLayoutStore::resetToDefault(Profile profile, int expectedVersion)
{
    if (Status s = requireCommune(); !s)
        return s.error();
    if (Status s = m_permissions.require(kPermissionModifier); !s)
        return s.error();
    if (expectedVersion == 0)
        return defaultLayout(profile);
    Result<QSqlDatabase> db = m_database.checkedConnection();
    if (!db)
        return db.error();
    Transaction tx(db.value(), m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QSqlQuery> q = Sql::exec(db.value(),
                                    QStringLiteral("DELETE FROM tableau_de_bord WHERE collectivite_id = ? "
                                                   "AND profil = ? AND version = ?"),
                                    {m_session.commune().id, static_cast<int>(profile), expectedVersion});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return conflictError(profile);
    if (Status s = tx.commit(); !s)
        return s.error();
    return defaultLayout(profile);
}

} // namespace OpenMairie::Core
