#include "UserAccountService.h"

#include "AuditTrail.h"
#include "DatabaseManager.h"
#include "PasswordHasher.h"
#include "Permissions.h"
#include "security/AgentRoles.h"
#include "Sql.h"
#include "VersionConflict.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::UserAccountService)
};

// A null QString binds as SQL NULL; the account's text columns are NOT NULL DEFAULT ''.
QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant timestampValue(const QDateTime &dt, const SqlDialect &d)
{
    if (!dt.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return d.isSqlite() ? QVariant(dt.toUTC().toString(Qt::ISODateWithMs)) : QVariant(dt.toUTC());
}
} // namespace

UserAccountService::UserAccountService(DatabaseManager &database, AuditTrail &audit, Permissions &permissions,
                                       Session &session)
    : m_database(database), m_audit(audit), m_permissions(permissions), m_session(session)
{
}

Status UserAccountService::requireManager() const
{
    return m_permissions.require(managePermission());
}

QString UserAccountService::loginProblem(const QString &login)
{
    static const QRegularExpression loginRe(QStringLiteral("^[a-z][a-z0-9._-]{1,62}$"));
    if (loginRe.match(login).hasMatch())
        return {};
    return Tr::tr("Identifiant « %1 » refusé : utilisez de 2 à 63 caractères parmi les lettres minuscules sans "
                  "accent, les chiffres, le point, le tiret et le souligné, en commençant par une lettre (par "
                  "exemple « jdupont »).").arg(login);
}

Result<qint64> UserAccountService::createUser(const NewUser &user, const QString &createdBy)
{
    // The first administrator is made by the initialisation, before anyone can sign in.
    if (m_session.isAuthenticated()) {
        if (Status s = requireManager(); !s)
            return s.error();
    }
    if (const QString problem = loginProblem(user.login); !problem.isEmpty())
        return Error(problem, {}, Error::Kind::InvalidInput);
    if (!user.multiCommune && user.communeIds.isEmpty())
        return Error(Tr::tr("Choisissez au moins une commune pour le compte « %1 », ou cochez « toutes les communes » "
                            "pour un agent du syndicat.").arg(user.login), {}, Error::Kind::InvalidInput);
    const SqlDialect d = m_database.dialect();
    QString hash;
    if (d.isPostgres() && !user.password.isEmpty()) {
        if (const QString weakness = PasswordHasher::weaknessOf(user.password); !weakness.isEmpty())
            return Error(weakness, {}, Error::Kind::InvalidInput);
    }
    if (d.isSqlite()) {
        if (const QString weakness = PasswordHasher::weaknessOf(user.password); !weakness.isEmpty())
            return Error(weakness, {}, Error::Kind::InvalidInput);
        Result<QString> h = PasswordHasher::hash(user.password);
        if (!h)
            return h.error();
        hash = h.value();
    }
    QSqlDatabase db = m_database.connection();
    Transaction tx(db, d);
    if (!tx.begun())
        return tx.begun().error();
    Result<QVariant> exists = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM utilisateur WHERE login = ?"),
                                          {user.login});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() > 0)
        return Error(Tr::tr("L'identifiant « %1 » est déjà utilisé. Choisissez-en un autre.").arg(user.login), {},
                     Error::Kind::Conflict);
    Result<QVariant> id = Sql::scalar(
        db,
        QStringLiteral("INSERT INTO utilisateur (login, nom, profil, multi_collectivite, mot_de_passe_hash, "
                       "created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {user.login, orEmpty(user.nom), static_cast<int>(user.profile), user.multiCommune, orEmpty(hash),
         orEmpty(createdBy), orEmpty(createdBy)});
    if (!id)
        return id.error();
    const qint64 userId = id.value().toLongLong();
    for (qint64 communeId : user.communeIds) {
        if (Result<QSqlQuery> q = Sql::exec(
                db, QStringLiteral("INSERT INTO utilisateur_collectivite (utilisateur_id, collectivite_id) VALUES (?, ?)"),
                {userId, communeId});
            !q)
            return q.error();
    }
    if (d.isPostgres()) {
        // The role and its memberships are made in the same transaction as the account: both or none.
        AgentRoles roles(db, m_permissions);
        if (Status s = roles.create(user.login, user.password); !s)
            return s.error();
        if (Status s = roles.synchronize(user.login, user.profile, true); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return userId;
}

Result<SessionUser> UserAccountService::loadUser(const QSqlDatabase &db, const QString &login, QString *hash,
                                                 int *failures, QDateTime *lockedUntil, bool *active)
{
    Result<QSqlQuery> q = Sql::exec(
        db,
        QStringLiteral("SELECT id, login, nom, profil, multi_collectivite, mot_de_passe_hash, echecs_connexion, "
                       "bloque_jusqua, actif FROM utilisateur WHERE login = ?"),
        {login});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Tr::tr("Identifiant ou mot de passe incorrect."), {}, Error::Kind::Authentication);
    SessionUser user;
    user.id = q.value().value(0).toLongLong();
    user.login = q.value().value(1).toString();
    user.displayName = q.value().value(2).toString();
    user.profile = static_cast<Profile>(q.value().value(3).toInt());
    user.multiCommune = q.value().value(4).toBool();
    *hash = q.value().value(5).toString();
    *failures = q.value().value(6).toInt();
    const QVariant locked = q.value().value(7);
    *lockedUntil = locked.isNull() ? QDateTime()
                                   : (locked.typeId() == QMetaType::QDateTime
                                          ? locked.toDateTime()
                                          : QDateTime::fromString(locked.toString(), Qt::ISODateWithMs));
    *active = q.value().value(8).toBool();
    if (user.displayName.isEmpty())
        user.displayName = user.login;
    return user;
}

Result<SessionUser> UserAccountService::authenticate(const QString &login, const QString &password)
{
    QSqlDatabase db = m_database.connection();
    const SqlDialect d = m_database.dialect();
    QString effectiveLogin = login;
    if (d.isPostgres()) {
        Result<QVariant> current = Sql::scalar(db, QStringLiteral("SELECT current_user"));
        if (!current)
            return current.error();
        effectiveLogin = current.value().toString();
    }
    QString hash;
    int failures = 0;
    QDateTime lockedUntil;
    bool active = false;
    Result<SessionUser> user = loadUser(db, effectiveLogin, &hash, &failures, &lockedUntil, &active);
    if (!user) {
        if (d.isPostgres() && user.error().kind() == Error::Kind::Authentication)
            return Error(Tr::tr("Le rôle « %1 » est bien reconnu par le serveur, mais il n'a pas de compte dans "
                                "OpenMairie. Demandez à l'administrateur de créer votre compte.")
                             .arg(effectiveLogin), {}, Error::Kind::Authentication);
        if (user.error().kind() == Error::Kind::Authentication) {
            AuditTrail::recordAs(db, login, 0, {QStringLiteral("core"), QStringLiteral("utilisateur"), 0,
                                                QStringLiteral("login_failed"), {}, {},
                                                QStringLiteral("identifiant inconnu")});
        }
        return user;
    }
    if (!active)
        return Error(Tr::tr("Le compte « %1 » est désactivé. Adressez-vous à l'administrateur.").arg(effectiveLogin),
                     {}, Error::Kind::Authentication);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (d.isSqlite()) {
        if (lockedUntil.isValid() && lockedUntil > now) {
            const qint64 minutes = std::max<qint64>(1, (now.secsTo(lockedUntil) + 59) / 60);
            return Error(Tr::tr("Trop d'essais de mot de passe : le compte « %1 » est bloqué encore %n minute(s). "
                                "Réessayez ensuite, ou demandez à l'administrateur de réinitialiser le mot de "
                                "passe.", nullptr, static_cast<int>(minutes)).arg(effectiveLogin),
                         {}, Error::Kind::Authentication);
        }
        if (!PasswordHasher::verify(hash, password)) {
            const int newFailures = failures + 1;
            const QDateTime lock = newFailures >= kMaxFailures ? now.addSecs(kLockoutSeconds) : QDateTime();
            Transaction tx(db, d);
            Sql::exec(db, QStringLiteral("UPDATE utilisateur SET echecs_connexion = ?, bloque_jusqua = ? WHERE id = ?"),
                      {newFailures >= kMaxFailures ? 0 : newFailures, timestampValue(lock, d), user->id});
            AuditTrail::recordAs(db, effectiveLogin, 0, {QStringLiteral("core"), QStringLiteral("utilisateur"),
                                                         user->id, QStringLiteral("login_failed"), {}, {}, {}});
            tx.commit();
            if (lock.isValid())
                return Error(Tr::tr("Mot de passe incorrect %1 fois : le compte « %2 » est bloqué pendant %3 "
                                    "minutes.").arg(kMaxFailures).arg(effectiveLogin).arg(kLockoutSeconds / 60),
                             {}, Error::Kind::Authentication);
            return Error(Tr::tr("Identifiant ou mot de passe incorrect."), {}, Error::Kind::Authentication);
        }
    }
    Transaction tx(db, d);
    Sql::exec(db, QStringLiteral("UPDATE utilisateur SET echecs_connexion = 0, bloque_jusqua = NULL WHERE id = ?"),
              {user->id});
    AuditTrail::recordAs(db, effectiveLogin, 0, {QStringLiteral("core"), QStringLiteral("utilisateur"), user->id,
                                                 QStringLiteral("login"), {}, {}, {}});
    if (Status s = tx.commit(); !s)
        return s.error();
    return user;
}

Result<QList<UserAccount>> UserAccountService::list()
{
    if (Status s = requireManager(); !s)
        return s.error();
    QSqlDatabase db = m_database.connection();
    Result<QSqlQuery> q = Sql::exec(db, QStringLiteral(
        "SELECT id, login, nom, courriel, profil, multi_collectivite, actif, bloque_jusqua, version FROM utilisateur "
        "ORDER BY login"));
    if (!q)
        return q.error();
    QList<UserAccount> accounts;
    while (q.value().next()) {
        UserAccount a;
        a.id = q.value().value(0).toLongLong();
        a.login = q.value().value(1).toString();
        a.nom = q.value().value(2).toString();
        a.courriel = q.value().value(3).toString();
        a.profile = static_cast<Profile>(q.value().value(4).toInt());
        a.multiCommune = q.value().value(5).toBool();
        a.active = q.value().value(6).toBool();
        const QVariant locked = q.value().value(7);
        a.lockedUntil = locked.isNull() ? QDateTime()
                                        : (locked.typeId() == QMetaType::QDateTime
                                               ? locked.toDateTime()
                                               : QDateTime::fromString(locked.toString(), Qt::ISODateWithMs));
        a.version = q.value().value(8).toInt();
        accounts.append(a);
    }
    Result<QSqlQuery> links = Sql::exec(db, QStringLiteral(
        "SELECT uc.utilisateur_id, c.id, c.code_insee, c.nom FROM utilisateur_collectivite uc "
        "JOIN collectivite c ON c.id = uc.collectivite_id ORDER BY c.nom"));
    if (!links)
        return links.error();
    QHash<qint64, QList<SessionCommune>> byUser;
    while (links.value().next())
        byUser[links.value().value(0).toLongLong()].append({links.value().value(1).toLongLong(),
                                                            links.value().value(2).toString(),
                                                            links.value().value(3).toString()});
    for (UserAccount &a : accounts)
        a.communes = byUser.value(a.id);
    return accounts;
}

Result<UserAccount> UserAccountService::find(const QString &login)
{
    Result<QList<UserAccount>> all = list();
    if (!all)
        return all.error();
    for (const UserAccount &a : all.value())
        if (a.login == login)
            return a;
    return Error(Tr::tr("Le compte « %1 » n'existe pas.").arg(login), {}, Error::Kind::NotFound);
}

Status UserAccountService::update(const QString &login, const UserChanges &changes, int expectedVersion)
{
    if (Status s = requireManager(); !s)
        return s;
    if (!changes.multiCommune && changes.communeIds.isEmpty())
        return Error(Tr::tr("Choisissez au moins une commune pour le compte « %1 », ou cochez « toutes les communes » "
                            "pour un agent du syndicat.").arg(login), {}, Error::Kind::InvalidInput);
    if (login == m_session.user().login && changes.profile != Profile::Administrateur
        && m_session.user().profile == Profile::Administrateur)
        return Error(Tr::tr("Vous ne pouvez pas retirer vous-même votre profil d'administrateur : demandez-le à un "
                            "autre administrateur."), {}, Error::Kind::InvalidInput);
    QSqlDatabase db = m_database.connection();
    const SqlDialect d = m_database.dialect();
    Transaction tx(db, d);
    if (!tx.begun())
        return tx.begun().error();
    Result<QSqlQuery> u = Sql::exec(
        db, d.expand(QStringLiteral("UPDATE utilisateur SET nom = ?, courriel = ?, profil = ?, multi_collectivite = ?, "
                                    "version = version + 1, updated_at = {{now}}, updated_by = ? "
                                    "WHERE login = ? AND version = ?")),
        {orEmpty(changes.nom), orEmpty(changes.courriel), static_cast<int>(changes.profile), changes.multiCommune,
         orEmpty(m_session.user().login), login, expectedVersion});
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() != 1) {
        Result<QSqlQuery> who = Sql::exec(db, QStringLiteral("SELECT updated_by, updated_at FROM utilisateur WHERE login = ?"),
                                          {login});
        if (!who)
            return who.error();
        if (!who.value().next())
            return Error(Tr::tr("Le compte « %1 » n'existe pas.").arg(login), {}, Error::Kind::NotFound);
        return VersionConflict::error(Tr::tr("Le compte « %1 »").arg(login), who.value().value(0).toString(),
                                      who.value().value(1));
    }
    Result<QVariant> id = Sql::scalar(db, QStringLiteral("SELECT id FROM utilisateur WHERE login = ?"), {login});
    if (!id)
        return id.error();
    // Only the links that change, so that the journal shows what was added or removed.
    Result<QSqlQuery> current = Sql::exec(
        db, QStringLiteral("SELECT collectivite_id FROM utilisateur_collectivite WHERE utilisateur_id = ?"), {id.value()});
    if (!current)
        return current.error();
    QList<qint64> existing;
    while (current.value().next())
        existing.append(current.value().value(0).toLongLong());
    for (qint64 old : std::as_const(existing))
        if (!changes.communeIds.contains(old))
            if (Result<QSqlQuery> r = Sql::exec(db, QStringLiteral("DELETE FROM utilisateur_collectivite WHERE "
                                                                   "utilisateur_id = ? AND collectivite_id = ?"),
                                                {id.value(), old});
                !r)
                return r.error();
    for (qint64 added : changes.communeIds)
        if (!existing.contains(added))
            if (Result<QSqlQuery> r = Sql::exec(db, QStringLiteral("INSERT INTO utilisateur_collectivite "
                                                                   "(utilisateur_id, collectivite_id) VALUES (?, ?)"),
                                                {id.value(), added});
                !r)
                return r.error();
    if (d.isPostgres()) {
        Result<QVariant> active = Sql::scalar(db, QStringLiteral("SELECT actif FROM utilisateur WHERE login = ?"), {login});
        if (!active)
            return active.error();
        if (Status s = AgentRoles(db, m_permissions).synchronize(login, changes.profile, active.value().toBool()); !s)
            return s;
    }
    return tx.commit();
}

Status UserAccountService::setActive(const QString &login, bool active)
{
    if (Status s = requireManager(); !s)
        return s;
    if (!active && login == m_session.user().login)
        return Error(Tr::tr("Vous ne pouvez pas désactiver votre propre compte."), {}, Error::Kind::InvalidInput);
    QSqlDatabase db = m_database.connection();
    const SqlDialect d = m_database.dialect();
    Transaction tx(db, d);
    if (!tx.begun())
        return tx.begun().error();
    Result<QVariant> profile = Sql::scalar(db, QStringLiteral("SELECT profil FROM utilisateur WHERE login = ?"), {login});
    if (!profile)
        return profile.error();
    if (!profile.value().isValid())
        return Error(Tr::tr("Le compte « %1 » n'existe pas.").arg(login), {}, Error::Kind::NotFound);
    if (Result<QSqlQuery> u = Sql::exec(
            db, d.expand(QStringLiteral("UPDATE utilisateur SET actif = ?, version = version + 1, updated_at = {{now}}, "
                                        "updated_by = ? WHERE login = ? AND actif <> ?")),
            {active, orEmpty(m_session.user().login), login, active});
        !u)
        return u.error();
    if (d.isPostgres()) {
        AgentRoles roles(db, m_permissions);
        Result<bool> exists = roles.exists(login);
        if (!exists)
            return exists.error();
        if (exists.value()) {
            if (Status s = roles.setCanLogin(login, active); !s)
                return s;
            if (Status s = roles.synchronize(login, static_cast<Profile>(profile.value().toInt()), active); !s)
                return s;
        }
    }
    return tx.commit();
}

Status UserAccountService::checkPasswordOnServer(const QString &password) const
{
    // The server is the one that knows the password: a second connection with it proves it.
    const ConnectionProfile &profile = m_database.profile();
    const QString name = QStringLiteral("om-password-check-") + QUuid::createUuid().toString(QUuid::Id128);
    bool accepted = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        probe.setHostName(profile.host());
        probe.setPort(profile.port());
        probe.setDatabaseName(profile.database());
        probe.setUserName(m_session.user().login);
        probe.setPassword(password);
        probe.setConnectOptions(QStringLiteral("connect_timeout=5;sslmode=%1").arg(profile.sslMode()));
        accepted = probe.open();
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!accepted)
        return Error(Tr::tr("L'ancien mot de passe est incorrect : votre mot de passe n'a pas été changé."), {},
                     Error::Kind::Authentication);
    return {};
}

Status UserAccountService::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    if (!m_session.isAuthenticated())
        return Error(Tr::tr("Connectez-vous d'abord pour changer votre mot de passe."), {}, Error::Kind::Authentication);
    if (const QString weakness = PasswordHasher::weaknessOf(newPassword); !weakness.isEmpty())
        return Error(Tr::tr("Nouveau mot de passe refusé : %1").arg(weakness), {}, Error::Kind::InvalidInput);
    if (oldPassword == newPassword)
        return Error(Tr::tr("Le nouveau mot de passe doit être différent de l'ancien."), {}, Error::Kind::InvalidInput);
    const QString login = m_session.user().login;
    QSqlDatabase db = m_database.connection();
    const SqlDialect d = m_database.dialect();
    if (d.isPostgres()) {
        if (Status s = checkPasswordOnServer(oldPassword); !s)
            return s;
        // A role may always change its own password, without CREATEROLE.
        return AgentRoles(db, m_permissions).setPassword(login, newPassword);
    }
    QString hash;
    int failures = 0;
    QDateTime lockedUntil;
    bool active = false;
    Result<SessionUser> user = loadUser(db, login, &hash, &failures, &lockedUntil, &active);
    if (!user)
        return user.error();
    if (!PasswordHasher::verify(hash, oldPassword))
        return Error(Tr::tr("L'ancien mot de passe est incorrect : votre mot de passe n'a pas été changé."), {},
                     Error::Kind::Authentication);
    Result<QString> newHash = PasswordHasher::hash(newPassword);
    if (!newHash)
        return newHash.error();
    Transaction tx(db, d);
    if (!tx.begun())
        return tx.begun().error();
    if (Result<QSqlQuery> u = Sql::exec(
            db, d.expand(QStringLiteral("UPDATE utilisateur SET mot_de_passe_hash = ?, version = version + 1, "
                                        "updated_at = {{now}}, updated_by = ? WHERE login = ?")),
            {newHash.value(), login, login});
        !u)
        return u.error();
    return tx.commit();
}

Status UserAccountService::resetPassword(const QString &login, const QString &newPassword)
{
    if (Status s = requireManager(); !s)
        return s;
    if (const QString weakness = PasswordHasher::weaknessOf(newPassword); !weakness.isEmpty())
        return Error(Tr::tr("Nouveau mot de passe refusé : %1").arg(weakness), {}, Error::Kind::InvalidInput);
    QSqlDatabase db = m_database.connection();
    const SqlDialect d = m_database.dialect();
    Transaction tx(db, d);
    if (!tx.begun())
        return tx.begun().error();
    QString hash;
    if (d.isSqlite()) {
        Result<QString> h = PasswordHasher::hash(newPassword);
        if (!h)
            return h.error();
        hash = h.value();
    }
    Result<QSqlQuery> u = Sql::exec(
        db, d.expand(QStringLiteral("UPDATE utilisateur SET mot_de_passe_hash = ?, echecs_connexion = 0, "
                                    "bloque_jusqua = NULL, version = version + 1, updated_at = {{now}}, updated_by = ? "
                                    "WHERE login = ?")),
        {orEmpty(hash), orEmpty(m_session.user().login), login});
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() != 1)
        return Error(Tr::tr("Le compte « %1 » n'existe pas.").arg(login), {}, Error::Kind::NotFound);
    if (d.isPostgres()) {
        if (Status s = AgentRoles(db, m_permissions).setPassword(login, newPassword); !s)
            return s;
    }
    return tx.commit();
}

Result<QList<SessionCommune>> UserAccountService::communesOf(const SessionUser &user)
{
    QSqlDatabase db = m_database.connection();
    Result<QSqlQuery> q = user.multiCommune
        ? Sql::exec(db, QStringLiteral("SELECT id, code_insee, nom FROM collectivite WHERE actif = ? ORDER BY nom"),
                    {true})
        : Sql::exec(db, QStringLiteral("SELECT c.id, c.code_insee, c.nom FROM collectivite c "
                                       "JOIN utilisateur_collectivite uc ON uc.collectivite_id = c.id "
                                       "WHERE uc.utilisateur_id = ? AND c.actif = ? ORDER BY c.nom"),
                    {user.id, true});
    if (!q)
        return q.error();
    QList<SessionCommune> communes;
    while (q.value().next())
        communes.append({q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString()});
    return communes;
}

Result<qint64> UserAccountService::userCount()
{
    Result<QVariant> n = Sql::scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM utilisateur"));
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

} // namespace OpenMairie::Core
