#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace OpenMairie::Core {

class AuditTrail;
class DatabaseManager;
class Permissions;
class Session;

struct OPENMAIRIE_CORE_EXPORT AuditFilter
{
    QString user;          // exact login; empty: all
    qint64 communeId = 0;  // 0: every commune the agent may see
    QString module;
    QString table;
    qint64 recordId = 0;
    QString action;        // insert, update, delete, login, login_failed, export, print...
    QDate from;            // inclusive, local dates
    QDate to;
    int limit = 1000;
};

struct OPENMAIRIE_CORE_EXPORT AuditRow
{
    qint64 id = 0;
    QDateTime when; // UTC
    QString user;
    qint64 communeId = 0;
    QString communeName;
    QString module;
    QString table;
    qint64 recordId = 0;
    QString action;
    QJsonObject before;
    QJsonObject after;
    QString comment;

    // Columns whose value differs between before and after (all of them for an insert or delete).
    QStringList changedFields() const;
    // "insert" -> "Création"... for screens and exports.
    static QString actionLabel(const QString &action);
};

// Reads the audit journal for the screen, a record's history tab and the CSV export. On
// PostgreSQL the server's policies already restrict the rows; on a SQLite seat the same rule is
// applied here: an agent sees the events of his communes and his own.
class OPENMAIRIE_CORE_EXPORT AuditQuery
{
public:
    AuditQuery(DatabaseManager &database, Permissions &permissions, Session &session, AuditTrail &audit);

    static QString consultPermission() { return QStringLiteral("core.audit.consulter"); }
    static QString exportPermission() { return QStringLiteral("core.audit.exporter"); }

    // Newest first. Needs core.audit.consulter.
    Result<QList<AuditRow>> find(const AuditFilter &filter);
    // The history of one record, oldest first: for the record's own tab, so the right to read the
    // record's module is enough ("<module>.*" readable by the profile) besides core.audit.consulter.
    Result<QList<AuditRow>> history(const QString &table, qint64 recordId);
    // CSV for Excel (";" , UTF-8 with BOM, dd/MM/yyyy HH:mm:ss); the export itself is audited.
    Result<int> exportCsv(const AuditFilter &filter, const QString &path);

private:
    Result<QList<AuditRow>> select(const AuditFilter &filter, bool oldestFirst);

    DatabaseManager &m_database;
    Permissions &m_permissions;
    Session &m_session;
    AuditTrail &m_audit;
};

} // namespace OpenMairie::Core
