#include "UserAccountService.h"

#include "AuditTrail.h"
#include "DatabaseManager.h"
#include "PasswordHasher.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

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

UserAccountService::UserAccountService(DatabaseManager &database, AuditTrail &audit)
    : m_database(database), m_audit(audit)
{
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
    if (const QString problem = loginProblem(user.login); !problem.isEmpty())
        return Error(problem, {}, Error::Kind::InvalidInput);
    const SqlDialect d = m_database.dialect();
    QString hash;
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
    AuditEntry entry;
    entry.module = QStringLiteral("core");
    entry.table = QStringLiteral("utilisateur");
    entry.recordId = userId;
    entry.action = QStringLiteral("insert");
    entry.after = {{QStringLiteral("login"), user.login},
                   {QStringLiteral("nom"), user.nom},
                   {QStringLiteral("profil"), static_cast<int>(user.profile)},
                   {QStringLiteral("multi_collectivite"), user.multiCommune}};
    if (Status s = AuditTrail::recordAs(db, createdBy, user.communeIds.value(0), entry); !s)
        return s.error();
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
