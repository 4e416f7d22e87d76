#pragma once

#include "openmairie_core_export.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace OpenMairie::Core {

// Who the database's audit triggers name as the author of a change.
//
// On PostgreSQL the triggers use session_user: the server knows the agent's role. A SQLite seat has
// no such notion, so every SQLite connection of the suite gets an SQL function om_utilisateur()
// that returns the login of the signed-in agent. A file opened by another program lacks that
// function: its audited tables then refuse every change instead of recording an anonymous one.
class OPENMAIRIE_CORE_EXPORT AuditActor
{
public:
    AuditActor();

    void setLogin(const QString &login);
    QString login() const;

    // Registers om_utilisateur() on a SQLite connection; the function reads this actor until the
    // connection closes (the actor's state is shared, so it may outlive the actor itself).
    bool installOn(const QSqlDatabase &db) const;

    static QString systemLogin() { return QStringLiteral("(système)"); }

private:
    struct State
    {
        mutable QMutex mutex;
        QByteArray login;
    };
    std::shared_ptr<State> m_state;
};

} // namespace OpenMairie::Core
