#pragma once

#include "Result.h"
#include "Session.h"

#include <QSqlDatabase>

namespace OpenMairie::Core {

class AuditTrail;
class DatabaseManager;

struct OPENMAIRIE_CORE_EXPORT NewUser
{
    QString login;
    QString nom;
    Profile profile = Profile::Utilisateur;
    QString password;  // SQLite seat only; PostgreSQL authenticates the role itself
    QList<qint64> communeIds;
    bool multiCommune = false;
};

// Accounts of the suite: on a SQLite seat the password hash lives in the database; on PostgreSQL
// the server authenticates the role and the account maps it to a profile and its communes.
class OPENMAIRIE_CORE_EXPORT UserAccountService
{
public:
    UserAccountService(DatabaseManager &database, AuditTrail &audit);

    static constexpr int kMaxFailures = 5;
    static constexpr int kLockoutSeconds = 300;

    Result<qint64> createUser(const NewUser &user, const QString &createdBy);
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

    DatabaseManager &m_database;
    AuditTrail &m_audit;
};

} // namespace OpenMairie::Core
