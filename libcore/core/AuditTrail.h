#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace OpenMairie::Core {

class Session;

struct OPENMAIRIE_CORE_EXPORT AuditEntry
{
    QString module;
    QString table;
    qint64 recordId = 0;
    QString action; // insert, update, delete, login, login_failed, export, print...
    QJsonObject before;
    QJsonObject after;
    QString comment;
};

// Writes who did what, on which record, before and after, in the caller's transaction: the change
// and its trace are committed together or not at all.
class OPENMAIRIE_CORE_EXPORT AuditTrail
{
public:
    explicit AuditTrail(Session &session);

    Status record(const QSqlDatabase &db, const AuditEntry &entry) const;
    // For events outside a session (failed sign-in): the login is given explicitly.
    static Status recordAs(const QSqlDatabase &db, const QString &login, qint64 communeId, const AuditEntry &entry);

private:
    Session &m_session;
};

} // namespace OpenMairie::Core
