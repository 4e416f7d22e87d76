#include "AuditActor.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace OpenMairie::Core {

namespace {
struct FunctionData
{
    std::shared_ptr<void> keepAlive;
    QMutex *mutex;
    const QByteArray *login;
};

void currentLogin(sqlite3_context *context, int, sqlite3_value **)
{
    auto *data = static_cast<FunctionData *>(sqlite3_user_data(context));
    QMutexLocker lock(data->mutex);
    sqlite3_result_text(context, data->login->constData(), static_cast<int>(data->login->size()), SQLITE_TRANSIENT);
}

void destroyData(void *p)
{
    delete static_cast<FunctionData *>(p);
}
} // namespace

AuditActor::AuditActor() : m_state(std::make_shared<State>())
{
    m_state->login = systemLogin().toUtf8();
}

void AuditActor::setLogin(const QString &login)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->login = (login.isEmpty() ? systemLogin() : login).toUtf8();
}

QString AuditActor::login() const
{
    QMutexLocker lock(&m_state->mutex);
    return QString::fromUtf8(m_state->login);
}

bool AuditActor::installOn(const QSqlDatabase &db) const
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    if (!sqlite)
        return false;
    auto *data = new FunctionData{m_state, &m_state->mutex, &m_state->login};
    // Deterministic it is not: the value changes when the agent signs in again.
    return sqlite3_create_function_v2(sqlite, "om_utilisateur", 0, SQLITE_UTF8, data, &currentLogin, nullptr,
                                      nullptr, &destroyData) == SQLITE_OK;
}

} // namespace OpenMairie::Core
