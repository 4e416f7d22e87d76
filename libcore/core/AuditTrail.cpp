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
        return o.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    Result<QSqlQuery> q = Sql::exec(
        db,
        QStringLiteral("INSERT INTO journal_audit (utilisateur, collectivite_id, module, table_name, "
                       "enregistrement_id, action, avant, apres, commentaire) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {login.isEmpty() ? QStringLiteral("(système)") : login,
         communeId > 0 ? QVariant(communeId) : QVariant(QMetaType(QMetaType::LongLong)), orEmpty(entry.module),
         orEmpty(entry.table), entry.recordId > 0 ? QVariant(entry.recordId) : QVariant(QMetaType(QMetaType::LongLong)),
         orEmpty(entry.action), json(entry.before), json(entry.after), orEmpty(entry.comment)});
    if (!q)
        return q.error();
    return {};
}

} // namespace OpenMairie::Core
