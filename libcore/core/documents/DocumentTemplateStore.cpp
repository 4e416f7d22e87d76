#include "DocumentTemplateStore.h"

#include "CommuneParameters.h"
#include "DocumentSourceRegistry.h"
#include "TemplateCompiler.h"

#include "AuditTrail.h"
#include "DatabaseManager.h"
#include "Permissions.h"
#include "Session.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::DocumentTemplateStore)
};

QDateTime toDateTime(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime();
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(v.toString(), Qt::ISODate);
    return dt;
}

// A null QString binds as SQL NULL; these columns are NOT NULL DEFAULT ''.
QString notNull(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

const QString kSelectInfo = QStringLiteral(
    "SELECT id, collectivite_id, module, code, libelle, source, actif, revision_courante, version, updated_at, "
    "updated_by FROM document_modele");

StoredTemplateInfo infoFrom(const QSqlQuery &q)
{
    StoredTemplateInfo i;
    i.id = q.value(0).toLongLong();
    i.communeId = q.value(1).toLongLong();
    i.module = q.value(2).toString();
    i.code = q.value(3).toString();
    i.title = q.value(4).toString();
    i.sourceName = q.value(5).toString();
    i.active = q.value(6).toBool();
    i.currentRevision = q.value(7).toInt();
    i.version = q.value(8).toInt();
    i.updatedAt = toDateTime(q.value(9));
    i.updatedBy = q.value(10).toString();
    return i;
}

} // namespace

QString ResolvedTemplate::originKey(TemplateOrigin origin)
{
    switch (origin) {
    case TemplateOrigin::Commune:
        return QStringLiteral("commune");
    case TemplateOrigin::Shared:
        return QStringLiteral("mutualise");
    case TemplateOrigin::Shipped:
        break;
    }
    return QStringLiteral("livre");
}

QString ResolvedTemplate::describe() const
{
    switch (origin) {
    case TemplateOrigin::Commune:
        return Tr::tr("modèle de la commune, révision %1").arg(revision);
    case TemplateOrigin::Shared:
        return Tr::tr("modèle mutualisé, révision %1").arg(revision);
    case TemplateOrigin::Shipped:
        break;
    }
    return Tr::tr("modèle livré, révision %1").arg(revision);
}

DocumentTemplateStore::DocumentTemplateStore(Core::DatabaseManager &database, Core::Session &session,
                                             Core::Permissions &permissions, Core::AuditTrail &audit,
                                             DocumentSourceRegistry &sources, CommuneParameters &parameters)
    : m_database(database)
    , m_session(session)
    , m_permissions(permissions)
    , m_audit(audit)
    , m_sources(sources)
    , m_parameters(parameters)
{
}

Core::Result<DocumentTemplate> DocumentTemplateStore::revision(const QSqlDatabase &db, qint64 revisionId)
{
    Core::Result<QVariant> content = Core::Sql::scalar(
        db, QStringLiteral("SELECT contenu FROM document_modele_revision WHERE id = ?"), {revisionId});
    if (!content)
        return content.error();
    if (!content.value().isValid())
        return Error(Tr::tr("La révision de modèle n° %1 n'existe pas.").arg(revisionId), {}, Error::Kind::NotFound);
    return DocumentTemplate::fromText(content.value().toString());
}

Core::Result<ResolvedTemplate> DocumentTemplateStore::resolve(const QSqlDatabase &db, qint64 communeId,
                                                              const QString &module, const QString &code)
{
    // 1. the commune's active template, 2. the active template of a niveau-2 collectivité.
    Core::Result<QSqlQuery> q = Core::Sql::exec(
        db,
        QStringLiteral("SELECT r.id, r.numero, r.contenu, r.empreinte, m.collectivite_id "
                       "FROM document_modele m "
                       "JOIN document_modele_revision r ON r.modele_id = m.id AND r.numero = m.revision_courante "
                       "JOIN collectivite c ON c.id = m.collectivite_id "
                       "WHERE m.module = ? AND m.code = ? AND m.actif = ? "
                       "AND (m.collectivite_id = ? OR c.niveau = 2) "
                       "ORDER BY CASE WHEN m.collectivite_id = ? THEN 0 ELSE 1 END, m.collectivite_id"),
        {module, code, true, communeId, communeId});
    if (!q)
        return q.error();
    if (q.value().next()) {
        Core::Result<DocumentTemplate> t = DocumentTemplate::fromText(q.value().value(2).toString());
        if (!t)
            return t.error();
        ResolvedTemplate r;
        r.documentTemplate = t.value();
        r.origin = q.value().value(4).toLongLong() == communeId ? TemplateOrigin::Commune : TemplateOrigin::Shared;
        r.revisionId = q.value().value(0).toLongLong();
        r.revision = q.value().value(1).toInt();
        r.checksum = q.value().value(3).toString();
        return r;
    }
    // 3. the shipped default.
    Core::Result<DocumentTemplate> shipped = DocumentTemplate::shipped(module, code);
    if (!shipped)
        return shipped.error();
    ResolvedTemplate r;
    r.documentTemplate = shipped.value();
    r.origin = TemplateOrigin::Shipped;
    r.revision = shipped->revision;
    r.checksum = shipped->checksum();
    return r;
}

Core::Result<ResolvedTemplate> DocumentTemplateStore::resolve(const QString &module, const QString &code)
{
    return resolve(m_database.connection(), m_session.commune().id, module, code);
}

Core::Result<QList<TemplateIssue>> DocumentTemplateStore::check(const DocumentTemplate &documentTemplate)
{
    Core::Result<DocumentSourceRegistry::SourcePtr> source = m_sources.require(documentTemplate.sourceName);
    if (!source)
        return source.error();
    Core::Result<QStringList> parameters = m_parameters.knownNames();
    if (!parameters)
        return parameters.error();
    return TemplateCompiler::compile(documentTemplate, source.value()->schema(), parameters.value()).issues;
}

Core::Result<StoredTemplateInfo> DocumentTemplateStore::load(const QSqlDatabase &db, qint64 communeId,
                                                             const QString &module, const QString &code, bool *found)
{
    Core::Result<QSqlQuery> q = Core::Sql::exec(
        db, kSelectInfo + QStringLiteral(" WHERE collectivite_id = ? AND module = ? AND code = ?"),
        {communeId, module, code});
    if (!q)
        return q.error();
    *found = q.value().next();
    return *found ? infoFrom(q.value()) : StoredTemplateInfo{};
}

Core::Result<std::optional<StoredTemplateInfo>> DocumentTemplateStore::communeTemplate(const QString &module,
                                                                                       const QString &code)
{
    bool found = false;
    Core::Result<StoredTemplateInfo> info = load(m_database.connection(), m_session.commune().id, module, code, &found);
    if (!info)
        return info.error();
    return found ? std::optional<StoredTemplateInfo>(info.value()) : std::nullopt;
}

Core::Result<StoredTemplateInfo> DocumentTemplateStore::save(const DocumentTemplate &input, int expectedVersion,
                                                             const QString &comment)
{
    if (Core::Status s = m_permissions.require(QStringLiteral("documents.modele.modifier")); !s)
        return s.error();
    if (input.module.isEmpty() || input.code.isEmpty())
        return Error(Tr::tr("Le modèle ne dit pas à quel document il sert (module et code)."), {},
                     Error::Kind::InvalidInput);
    if (input.title.trimmed().isEmpty())
        return Error(Tr::tr("Donnez un titre au modèle avant de l'enregistrer."), {}, Error::Kind::InvalidInput);
    Core::Result<QList<TemplateIssue>> issues = check(input);
    if (!issues)
        return issues.error();
    if (!issues->isEmpty())
        return issues->first().toError(input.title, int(issues->size()) - 1);

    const qint64 communeId = m_session.commune().id;
    const QString login = m_session.user().login;
    QSqlDatabase db = m_database.connection();
    Core::Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    bool found = false;
    Core::Result<StoredTemplateInfo> current = load(db, communeId, input.module, input.code, &found);
    if (!current)
        return current.error();
    const Error stale(Tr::tr("Le modèle « %1 » a été modifié entre-temps par %2 : vos changements ne sont pas "
                             "enregistrés. Rouvrez le modèle pour repartir de sa dernière version.")
                          .arg(input.title, found ? current->updatedBy : Tr::tr("un autre poste")),
                      {}, Error::Kind::Conflict);
    if ((found && current->version != expectedVersion) || (!found && expectedVersion != 0))
        return stale;

    DocumentTemplate stored = input;
    stored.revision = found ? current->currentRevision + 1 : 1;
    if (found) {
        // Saving the same text again makes no new revision.
        Core::Result<QVariant> lastChecksum = Core::Sql::scalar(
            db, QStringLiteral("SELECT empreinte FROM document_modele_revision WHERE modele_id = ? AND numero = ?"),
            {current->id, current->currentRevision});
        if (!lastChecksum)
            return lastChecksum.error();
        DocumentTemplate same = input;
        same.revision = current->currentRevision;
        if (lastChecksum.value().toString() == same.checksum() && current->title == input.title)
            return current.value();
    }
    const QString content = stored.toText();
    const QString checksum = stored.checksum();
    const Core::SqlDialect d = m_database.dialect();
    qint64 modelId = 0;
    StoredTemplateInfo before = current.value();
    if (!found) {
        Core::Result<QVariant> id = Core::Sql::scalar(
            db,
            QStringLiteral("INSERT INTO document_modele (collectivite_id, module, code, libelle, source, actif, "
                           "revision_courante, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"),
            {communeId, input.module, input.code, input.title, input.sourceName, true, notNull(login), notNull(login)});
        if (!id)
            return id.error();
        modelId = id.value().toLongLong();
    } else {
        modelId = current->id;
        Core::Result<QSqlQuery> u = Core::Sql::exec(
            db,
            d.expand(QStringLiteral("UPDATE document_modele SET libelle = ?, source = ?, revision_courante = ?, "
                                    "version = version + 1, updated_at = {{now}}, updated_by = ? "
                                    "WHERE id = ? AND version = ?")),
            {input.title, input.sourceName, stored.revision, notNull(login), modelId, expectedVersion});
        if (!u)
            return u.error();
        if (u.value().numRowsAffected() != 1)
            return stale;
    }
    if (Core::Result<QSqlQuery> r = Core::Sql::exec(
            db,
            QStringLiteral("INSERT INTO document_modele_revision (modele_id, collectivite_id, numero, contenu, empreinte, "
                           "commentaire, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {modelId, communeId, stored.revision, content, checksum, notNull(comment), notNull(login)});
        !r)
        return r.error();
    bool reloaded = false;
    Core::Result<StoredTemplateInfo> after = load(db, communeId, input.module, input.code, &reloaded);
    if (!after)
        return after.error();
    if (Core::Status s = tx.commit(); !s)
        return s.error();
    return after;
}

Core::Result<StoredTemplateInfo> DocumentTemplateStore::setActive(const QString &module, const QString &code,
                                                                  bool active, int expectedVersion)
{
    if (Core::Status s = m_permissions.require(QStringLiteral("documents.modele.modifier")); !s)
        return s.error();
    const qint64 communeId = m_session.commune().id;
    const QString login = m_session.user().login;
    QSqlDatabase db = m_database.connection();
    Core::Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    bool found = false;
    Core::Result<StoredTemplateInfo> current = load(db, communeId, module, code, &found);
    if (!current)
        return current.error();
    if (!found)
        return Error(Tr::tr("La commune n'a pas de modèle propre pour ce document : c'est le modèle livré qui "
                            "s'imprime."), {}, Error::Kind::NotFound);
    if (current->version != expectedVersion)
        return Error(Tr::tr("Le modèle « %1 » a été modifié entre-temps par %2. Rouvrez-le puis recommencez.")
                         .arg(current->title, current->updatedBy), {}, Error::Kind::Conflict);
    if (current->active == active)
        return current.value();
    Core::Result<QSqlQuery> u = Core::Sql::exec(
        db,
        m_database.dialect().expand(QStringLiteral("UPDATE document_modele SET actif = ?, version = version + 1, "
                                                   "updated_at = {{now}}, updated_by = ? WHERE id = ? AND version = ?")),
        {active, notNull(login), current->id, expectedVersion});
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() != 1)
        return Error(Tr::tr("Le modèle a été modifié entre-temps : rouvrez-le puis recommencez."), {},
                     Error::Kind::Conflict);
    bool reloaded = false;
    Core::Result<StoredTemplateInfo> after = load(db, communeId, module, code, &reloaded);
    if (!after)
        return after.error();
    if (Core::Status s = tx.commit(); !s)
        return s.error();
    return after;
}

Core::Result<QList<TemplateRevisionInfo>> DocumentTemplateStore::revisions(const QString &module, const QString &code)
{
    Core::Result<QSqlQuery> q = Core::Sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT r.id, r.numero, r.empreinte, r.created_at, r.created_by, r.commentaire "
                       "FROM document_modele_revision r JOIN document_modele m ON m.id = r.modele_id "
                       "WHERE m.collectivite_id = ? AND m.module = ? AND m.code = ? ORDER BY r.numero DESC"),
        {m_session.commune().id, module, code});
    if (!q)
        return q.error();
    QList<TemplateRevisionInfo> result;
    while (q.value().next())
        result.append({q.value().value(0).toLongLong(), q.value().value(1).toInt(), q.value().value(2).toString(),
                       toDateTime(q.value().value(3)), q.value().value(4).toString(), q.value().value(5).toString()});
    return result;
}

} // namespace OpenMairie::Documents
