#include "AuditTrail.h"

#include "Session.h"
#include "Sql.h"

#include <QJsonDocument>

namespace OpenMairie::Core {

AuditTrail::AuditTrail(Session &session) : m_session(session) {}

Status AuditTrail::record(const QSqlDatabase &db, const AuditEntry &entry) const
{
    return recordAs(db, m_session.user().login, m_session.commune().id, entry);
}

namespace {
// A null QString binds as SQL NULL, which the NOT NULL text columns of journal_audit refuse: an
// entry without table or comment (a sign-in) must still be written.
QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

Status AuditTrail::recordAs(const QSqlDatabase &db, const QString &login, qint64 communeId, const AuditEntry &entry)
{
    auto json = [](const QJsonObject &o) {
        return o.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                           : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    const QVariant commune = communeId > 0 ? QVariant(communeId) : QVariant(QMetaType(QMetaType::LongLong));
    const QVariant record = entry.recordId > 0 ? QVariant(entry.recordId) : QVariant(QMetaType(QMetaType::LongLong));
    // On PostgreSQL an agent's role may not write the journal: a function of the schema's owner
    // writes the event in the name of the connected role (the server, not the caller, says who).
    const bool postgres = db.driverName() == u"QPSQL";
    const QString statement = postgres
        ? QStringLiteral("SELECT om_journaliser(?, ?, ?, ?, ?, ?, ?, ?)")
        : QStringLiteral("INSERT INTO journal_audit (collectivite_id, module, table_name, enregistrement_id, action, "
                         "avant, apres, commentaire, utilisateur) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QVariantList values{commune, orEmpty(entry.module), orEmpty(entry.table), record, orEmpty(entry.action),
                        json(entry.before), json(entry.after), orEmpty(entry.comment)};
    if (!postgres)
        values.append(login.isEmpty() ? QStringLiteral("(système)") : login);
    Result<QSqlQuery> q = Sql::exec(db, statement, values);
    if (!q)
        return q.error();
    return {};
}

} // namespace OpenMairie::Core
