#include "AuditQuery.h"

#include "AuditTrail.h"
#include "DatabaseManager.h"
#include "Permissions.h"
#include "Session.h"
#include "Sql.h"
#include "Transaction.h"
#include "VersionConflict.h"
#include "documents/OutputFile.h"
#include "exchange/CsvWriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::AuditQuery)
};

QJsonObject parseJson(const QVariant &value)
{
    return value.isNull() ? QJsonObject() : QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString describeValue(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("∅");
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? Tr::tr("oui") : Tr::tr("non");
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}
} // namespace

QStringList AuditRow::changedFields() const
{
    QStringList fields;
    const QStringList keys = (before.isEmpty() ? after : before).keys();
    for (const QString &key : keys) {
        if (key == u"version" || key == u"updated_at" || key == u"updated_by")
            continue; // bookkeeping that changes with every save
        if (before.isEmpty() || after.isEmpty() || before.value(key) != after.value(key))
            fields.append(key);
    }
    return fields;
}

QString AuditRow::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("insert"), QT_TRANSLATE_NOOP("OpenMairie::Core::AuditQuery", "Création")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("OpenMairie::Core::AuditQuery", "Modification")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("OpenMairie::Core::AuditQuery", "Suppression")},
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("OpenMairie::Core::AuditQuery", "Connexion")},
        {QStringLiteral("login_failed"), QT_TRANSLATE_NOOP("OpenMairie::Core::AuditQuery", "Connexion refusée")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("OpenMairie::Core::AuditQuery", "Export")},
        {QStringLiteral("print"), QT_TRANSLATE_NOOP("OpenMairie::Core::AuditQuery", "Impression")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("OpenMairie::Core::AuditQuery", "Import")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : QCoreApplication::translate("OpenMairie::Core::AuditQuery", it.value());
}

AuditQuery::AuditQuery(DatabaseManager &database, Permissions &permissions, Session &session, AuditTrail &audit)
    : m_database(database), m_permissions(permissions), m_session(session), m_audit(audit)
{
}

Result<QList<AuditRow>> AuditQuery::select(const AuditFilter &filter, bool oldestFirst)
{
    if (!m_session.isAuthenticated())
        return Error(Tr::tr("Connectez-vous pour consulter le journal."), {}, Error::Kind::Authentication);
    const SqlDialect d = m_database.dialect();
    QStringList where;
    QVariantList values;
    // The same rule as the server's policy, for the SQLite seat (and harmless on PostgreSQL).
    if (!m_session.user().multiCommune) {
        QStringList ids;
        for (const SessionCommune &c : m_session.availableCommunes())
            ids.append(QString::number(c.id));
        where.append(QStringLiteral("(j.utilisateur = ? OR j.collectivite_id IN (%1))")
                         .arg(ids.isEmpty() ? QStringLiteral("NULL") : ids.join(u',')));
        values.append(m_session.user().login);
    }
    const auto add = [&](bool active, const QString &clause, const QVariant &value) {
        if (!active)
            return;
        where.append(clause);
        values.append(value);
    };
    add(!filter.user.isEmpty(), QStringLiteral("j.utilisateur = ?"), filter.user);
    add(filter.communeId > 0, QStringLiteral("j.collectivite_id = ?"), filter.communeId);
    add(!filter.module.isEmpty(), QStringLiteral("j.module = ?"), filter.module);
    add(!filter.table.isEmpty(), QStringLiteral("j.table_name = ?"), filter.table);
    add(filter.recordId > 0, QStringLiteral("j.enregistrement_id = ?"), filter.recordId);
    add(!filter.action.isEmpty(), QStringLiteral("j.action = ?"), filter.action);
    const auto bound = [&](const QDate &date) {
        const QDateTime utc = QDateTime(date, QTime(0, 0), QTimeZone::systemTimeZone()).toUTC();
        return d.isSqlite() ? QVariant(utc.toString(Qt::ISODateWithMs)) : QVariant(utc);
    };
    add(filter.from.isValid(), QStringLiteral("j.horodatage >= ?"), bound(filter.from));
    add(filter.to.isValid(), QStringLiteral("j.horodatage < ?"), bound(filter.to.addDays(1)));
    const QString sql = QStringLiteral(
        "SELECT j.id, j.horodatage, j.utilisateur, j.collectivite_id, c.nom, j.module, j.table_name, "
        "j.enregistrement_id, j.action, j.avant, j.apres, j.commentaire FROM journal_audit j "
        "LEFT JOIN collectivite c ON c.id = j.collectivite_id %1 ORDER BY j.id %2 LIMIT %3")
                            .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                                 oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC"))
                            .arg(std::clamp(filter.limit, 1, 100000));
    Result<QSqlQuery> q = Sql::exec(m_database.connection(), sql, values);
    if (!q)
        return q.error();
    QList<AuditRow> rows;
    while (q.value().next()) {
        AuditRow r;
        r.id = q.value().value(0).toLongLong();
        r.when = VersionConflict::timestamp(q.value().value(1)).toUTC();
        r.user = q.value().value(2).toString();
        r.communeId = q.value().value(3).toLongLong();
        r.communeName = q.value().value(4).toString();
        r.module = q.value().value(5).toString();
        r.table = q.value().value(6).toString();
        r.recordId = q.value().value(7).toLongLong();
        r.action = q.value().value(8).toString();
        r.before = parseJson(q.value().value(9));
        r.after = parseJson(q.value().value(10));
        r.comment = q.value().value(11).toString();
        rows.append(r);
    }
    return rows;
}

Result<QList<AuditRow>> AuditQuery::find(const AuditFilter &filter)
{
    if (Status s = m_permissions.require(consultPermission()); !s)
        return s.error();
    return select(filter, false);
}

Result<QList<AuditRow>> AuditQuery::history(const QString &table, qint64 recordId)
{
    const QString module = table.section(u'_', 0, 0);
    if (!m_permissions.sessionAllows(consultPermission())
        && !m_permissions.allowsModule(m_session.user().profile, module, false))
        return m_permissions.require(consultPermission()).error();
    AuditFilter filter;
    filter.table = table;
    filter.recordId = recordId;
    filter.limit = 100000;
    return select(filter, true);
}

Result<int> AuditQuery::exportCsv(const AuditFilter &filter, const QString &path)
{
    if (Status s = m_permissions.require(exportPermission()); !s)
        return s.error();
    Result<QList<AuditRow>> rows = find(filter);
    if (!rows)
        return rows.error();
    Documents::OutputFile file(path);
    if (Status s = file.open(); !s)
        return s.error();
    CsvWriter csv(*file.device());
    csv.writeRecord({Tr::tr("Date"), Tr::tr("Heure"), Tr::tr("Utilisateur"), Tr::tr("Commune"), Tr::tr("Module"),
                     Tr::tr("Table"), Tr::tr("Enregistrement"), Tr::tr("Action"), Tr::tr("Champs modifiés"),
                     Tr::tr("Avant"), Tr::tr("Après"), Tr::tr("Commentaire")});
    for (const AuditRow &r : rows.value()) {
        const QDateTime local = r.when.toLocalTime();
        QStringList before, after;
        for (const QString &field : r.changedFields()) {
            if (!r.before.isEmpty())
                before.append(field + QStringLiteral(" = ") + describeValue(r.before.value(field)));
            if (!r.after.isEmpty())
                after.append(field + QStringLiteral(" = ") + describeValue(r.after.value(field)));
        }
        csv.addField(local.toString(QStringLiteral("dd/MM/yyyy")), CsvWriter::FieldKind::Formatted);
        csv.addField(local.toString(QStringLiteral("HH:mm:ss")), CsvWriter::FieldKind::Formatted);
        csv.addField(r.user);
        csv.addField(r.communeName);
        csv.addField(r.module);
        csv.addField(r.table);
        csv.addField(r.recordId > 0 ? QString::number(r.recordId) : QString(), CsvWriter::FieldKind::Formatted);
        csv.addField(AuditRow::actionLabel(r.action));
        csv.addField(r.changedFields().join(QStringLiteral(", ")));
        csv.addField(before.join(QStringLiteral(" ; ")));
        csv.addField(after.join(QStringLiteral(" ; ")));
        csv.addField(r.comment);
        csv.endRecord();
    }
    if (!csv.status())
        return csv.status().error();
    // The journal names personal data: its export is itself an event of the journal.
    QSqlDatabase db = m_database.connection();
    Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    AuditEntry entry{QStringLiteral("core"), QStringLiteral("journal_audit"), 0, QStringLiteral("export"), {},
                     {}, Tr::tr("Export du journal d'audit (%n ligne(s)) vers %1", nullptr,
                                static_cast<int>(rows->size())).arg(path)};
    if (Status s = m_audit.record(db, entry); !s)
        return s.error();
    if (Status s = file.commit(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return static_cast<int>(rows->size());
}

} // namespace OpenMairie::Core
