#pragma once

#include "ConnectionProfile.h"
#include "security/AuditActor.h"
#include "SqlDialect.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

namespace OpenMairie::Core {

// Owns the connection profile and hands out one connection per thread, opened in that thread
// (a QSqlDatabase must only be used from the thread that created it). Never keep the returned
// QSqlDatabase beyond the current function: ask again.
class OPENMAIRIE_CORE_EXPORT DatabaseManager final : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode {
        OpenExisting,   // the file or database must already be an OpenMairie database
        CreateNew,      // SQLite: the file must not exist yet; it is created
        OpenOrCreate,
    };

    explicit DatabaseManager(QObject *parent = nullptr);
    ~DatabaseManager() override;

    // Checks the target (file of another program, corrupt, read-only, server unreachable...) without
    // writing anything to it, then opens the connection of the calling thread.
    Status open(const ConnectionProfile &profile, const QString &password, OpenMode mode = OpenMode::OpenExisting);
    void close();

    bool isOpen() const;
    const ConnectionProfile &profile() const { return m_profile; }
    SqlDialect dialect() const { return SqlDialect(m_profile.backend()); }

    // The calling thread's connection; opened on first use in that thread.
    QSqlDatabase connection();
    Result<QSqlDatabase> checkedConnection();

    // Worker threads that end call this (or it happens when their QThread finishes).
    void releaseThreadConnection();

    // SQLite files written by OpenMairie carry this application_id (ASCII "OMAI").
    static constexpr int kSqliteApplicationId = 0x4F4D4149;

    // French messages for connection failures, naming host, port and what to do.
    static Error describeOpenError(const ConnectionProfile &profile, const QSqlError &error);

    // The author the SQLite audit triggers record (the signed-in agent); see AuditActor.
    AuditActor &auditActor() { return m_actor; }

signals:
    void opened();
    void closed();

private:
    Status checkSqliteFileBeforeOpening(OpenMode mode) const;
    Status checkSqliteContent(QSqlDatabase &db, bool isNewFile);
    Result<QSqlDatabase> openThreadConnection(const QString &name);
    QString threadConnectionName() const;

    ConnectionProfile m_profile;
    QString m_password;
    bool m_open = false;
    int m_generation = 0;
    mutable QMutex m_mutex;
    QSet<QString> m_connectionNames;
    AuditActor m_actor;
};

} // namespace OpenMairie::Core
