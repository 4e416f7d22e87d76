#include "AgentRoles.h"

#include "Permissions.h"
#include "SecurityRoleNames.h"
#include "Sql.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::AgentRoles)
};
} // namespace

AgentRoles::AgentRoles(const QSqlDatabase &db, const Permissions &permissions) : m_db(db), m_permissions(permissions) {}

// Utility statements take no parameters: the server itself quotes names (%I) and literals (%L)
// with format(), so no login or password is ever pasted into SQL by hand.
Status AgentRoles::run(const QString &formatSql, const QVariantList &arguments) const
{
    QStringList casts;
    for (qsizetype i = 0; i < arguments.size(); ++i)
        casts.append(QStringLiteral("?::text"));
    Result<QVariant> statement = Sql::scalar(
        m_db, QStringLiteral("SELECT format(?, %1)").arg(casts.join(u", ")), QVariantList{formatSql} + arguments);
    if (!statement)
        return statement.error();
    QSqlQuery q(m_db);
    if (!q.exec(statement.value().toString())) {
        const Error e = Sql::error(q.lastError());
        if (q.lastError().nativeErrorCode() == u"42501")
            return Error(Tr::tr("Le serveur refuse de gérer les rôles : le rôle connecté doit avoir l'attribut "
                                "CREATEROLE (voir le guide du serveur partagé)."),
                         e.detail(), Error::Kind::PermissionDenied);
        return e;
    }
    return {};
}

Result<bool> AgentRoles::exists(const QString &login) const
{
    Result<QVariant> n = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {login});
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Result<QString> AgentRoles::databaseName() const
{
    Result<QVariant> name = Sql::scalar(m_db, QStringLiteral("SELECT current_database()"));
    if (!name)
        return name.error();
    return name.value().toString();
}

Status AgentRoles::create(const QString &login, const QString &password)
{
    Result<bool> already = exists(login);
    if (!already)
        return already.error();
    if (already.value())
        return {};
    if (password.isEmpty())
        return Error(Tr::tr("Le rôle « %1 » n'existe pas encore sur le serveur : indiquez le mot de passe de ce "
                            "nouvel agent pour le créer.").arg(login),
                     {}, Error::Kind::InvalidInput);
    return run(QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L"), {login, password});
}

Status AgentRoles::setPassword(const QString &login, const QString &password)
{
    return run(QStringLiteral("ALTER ROLE %I PASSWORD %L"), {login, password});
}

Status AgentRoles::setCanLogin(const QString &login, bool canLogin)
{
    return run(canLogin ? QStringLiteral("ALTER ROLE %I LOGIN") : QStringLiteral("ALTER ROLE %I NOLOGIN"), {login});
}

Result<QStringList> AgentRoles::modulesWithTables() const
{
    Result<QSqlQuery> q = Sql::exec(m_db, QStringLiteral("SELECT DISTINCT module FROM schema_table WHERE module <> 'core' "
                                                         "ORDER BY module"));
    if (!q)
        return q.error();
    QStringList modules;
    while (q.value().next())
        modules.append(q.value().value(0).toString());
    return modules;
}

Status AgentRoles::synchronize(const QString &login, Profile profile, bool active)
{
    Result<QString> database = databaseName();
    if (!database)
        return database.error();
    const SecurityRoleNames names(database.value());
    Result<QStringList> modules = modulesWithTables();
    if (!modules)
        return modules.error();
    Result<QVariant> owner = Sql::scalar(m_db, QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = "
                                                              "'schema_migrations' AND schemaname = current_schema()"));
    if (!owner)
        return owner.error();
    if (owner.value().toString() == login)
        return {}; // the schema's owner needs no group
    struct Membership
    {
        QString group;
        bool wanted;
    };
    QList<Membership> memberships{{names.agents(), active}};
    for (const QString &module : modules.value()) {
        memberships.append({names.moduleReader(module), active && m_permissions.allowsModule(profile, module, false)});
        memberships.append({names.moduleWriter(module), active && m_permissions.allowsModule(profile, module, true)});
    }
    const bool administrator = active && profile == Profile::Administrateur;
    memberships.append({owner.value().toString(), administrator});
    for (const Membership &m : std::as_const(memberships)) {
        Result<bool> groupExists = exists(m.group);
        if (!groupExists)
            return groupExists.error();
        if (!groupExists.value())
            continue;
        // Only what changes: a REVOKE of a membership that does not exist makes the server warn.
        Result<QVariant> member = Sql::scalar(
            m_db, QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                 "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ? AND u.rolname = ?"),
            {m.group, login});
        if (!member)
            return member.error();
        if ((member.value().toInt() > 0) == m.wanted)
            continue;
        const QString statement = m.wanted ? QStringLiteral("GRANT %I TO %I") : QStringLiteral("REVOKE %I FROM %I");
        if (Status s = run(statement, {m.group, login}); !s)
            return s;
    }
    return run(administrator ? QStringLiteral("ALTER ROLE %I CREATEROLE") : QStringLiteral("ALTER ROLE %I NOCREATEROLE"),
               {login});
}

Status AgentRoles::synchronizeAll()
{
    Result<QSqlQuery> q = Sql::exec(m_db, QStringLiteral("SELECT login, profil, actif FROM utilisateur ORDER BY login"));
    if (!q)
        return q.error();
    struct Account
    {
        QString login;
        Profile profile;
        bool active;
    };
    QList<Account> accounts;
    while (q.value().next())
        accounts.append({q.value().value(0).toString(), static_cast<Profile>(q.value().value(1).toInt()),
                         q.value().value(2).toBool()});
    for (const Account &a : std::as_const(accounts)) {
        Result<bool> present = exists(a.login);
        if (!present)
            return present.error();
        if (!present.value())
            continue;
        if (Status s = synchronize(a.login, a.profile, a.active); !s)
            return s;
    }
    return {};
}

} // namespace OpenMairie::Core
