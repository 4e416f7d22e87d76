#pragma once

#include "Result.h"
#include "Session.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace OpenMairie::Core {

class AuditTrail;
class DatabaseManager;
class Permissions;

struct OPENMAIRIE_CORE_EXPORT NewUser
{
    QString login;
    QString nom;
    Profile profile = Profile::Utilisateur;
    QString password;  // SQLite seat only; PostgreSQL authenticates the role itself
    QList<qint64> communeIds;
    bool multiCommune = false;
};

// An account as the administrator's screen and "users list" show it.
struct OPENMAIRIE_CORE_EXPORT UserAccount
{
    qint64 id = 0;
    QString login;
    QString nom;
    QString courriel;
    Profile profile = Profile::Utilisateur;
    bool multiCommune = false;
    bool active = true;
    QList<SessionCommune> communes;
    QDateTime lockedUntil; // SQLite seat: lockout after repeated failures
    int version = 1;
};

struct OPENMAIRIE_CORE_EXPORT UserChanges
{
    QString nom;
    QString courriel;
    Profile profile = Profile::Utilisateur;
    bool multiCommune = false;
    QList<qint64> communeIds;
};

// Accounts of the suite: on a SQLite seat the password hash lives in the database; on PostgreSQL
// the server authenticates the role and the account maps it to a profile and its communes.
class OPENMAIRIE_CORE_EXPORT UserAccountService
{
public:
    UserAccountService(DatabaseManager &database, AuditTrail &audit, Permissions &permissions, Session &session);

    static QString managePermission() { return QStringLiteral("core.utilisateur.gerer"); }

    static constexpr int kMaxFailures = 5;
    static constexpr int kLockoutSeconds = 300;

    // Needs core.utilisateur.gerer once someone is signed in (the first administrator is made
    // without a session). On PostgreSQL it also creates the agent's LOGIN role with the password
    // given (an existing role of the server is attached as it is) and its group memberships.
    Result<qint64> createUser(const NewUser &user, const QString &createdBy);
    Result<QList<UserAccount>> list();
    Result<UserAccount> find(const QString &login);
    // Optimistic locking: refused with the author and time of the other change.
    Status update(const QString &login, const UserChanges &changes, int expectedVersion);
    // Disabling keeps the account (the journal names it) and, on PostgreSQL, sets NOLOGIN.
    Status setActive(const QString &login, bool active);
    // The signed-in agent's own password (the old one is checked first).
    Status changeOwnPassword(const QString &oldPassword, const QString &newPassword);
    // By an administrator: a new password, and the lockout lifted.
    Status resetPassword(const QString &login, const QString &newPassword);
    // Why a login is refused (French, for the person typing it), or an empty string when it is valid.
    static QString loginProblem(const QString &login);
    // SQLite: checks the password (with the lockout). PostgreSQL: the connection already proved
    // the password; the account of current_user is looked up.
    Result<SessionUser> authenticate(const QString &login, const QString &password);
    Result<QList<SessionCommune>> communesOf(const SessionUser &user);
    Result<qint64> userCount();

private:
    Result<SessionUser> loadUser(const QSqlDatabase &db, const QString &login, QString *hash, int *failures,
                                 QDateTime *lockedUntil, bool *active);

    Status requireManager() const;
    Status checkPasswordOnServer(const QString &password) const;

    DatabaseManager &m_database;
    AuditTrail &m_audit;
    Permissions &m_permissions;
    Session &m_session;
};

} // namespace OpenMairie::Core
