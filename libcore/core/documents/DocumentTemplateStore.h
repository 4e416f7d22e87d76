#pragma once

#include "DocumentTemplate.h"
#include "TemplateIssue.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace OpenMairie::Core {
class AuditTrail;
class DatabaseManager;
class Permissions;
class Session;
} // namespace OpenMairie::Core

namespace OpenMairie::Documents {

class CommuneParameters;
class DocumentSourceRegistry;

// Where the template that prints a document comes from (openMairie's resolution order).
enum class TemplateOrigin {
    Commune, // the commune's own active template
    Shared,  // the active template of a niveau-2 collectivité (syndicate) shared by its communes
    Shipped, // the default shipped with the program
};

// The template chosen for a print, with what the print journal records about it.
struct OPENMAIRIE_CORE_EXPORT ResolvedTemplate
{
    DocumentTemplate documentTemplate;
    TemplateOrigin origin = TemplateOrigin::Shipped;
    int revision = 0;
    qint64 revisionId = 0; // document_modele_revision.id; 0 for a shipped template
    QString checksum;

    static QString originKey(TemplateOrigin origin); // "commune", "mutualise", "livre"
    QString describe() const;                        // « modèle de la commune, révision 3 »
};

struct OPENMAIRIE_CORE_EXPORT StoredTemplateInfo
{
    qint64 id = 0;
    qint64 communeId = 0;
    QString module;
    QString code;
    QString title;
    QString sourceName;
    bool active = true;
    int currentRevision = 0;
    int version = 0; // optimistic lock
    QDateTime updatedAt;
    QString updatedBy;
};

struct OPENMAIRIE_CORE_EXPORT TemplateRevisionInfo
{
    qint64 id = 0;
    int number = 0;
    QString checksum;
    QDateTime createdAt;
    QString createdBy;
    QString comment;
};

// Templates of the communes, on top of the shipped defaults. Saving checks the template against its
// data source (the position of the first fault is in the refusal), keeps every saved state as a
// numbered revision, and is audited.
class OPENMAIRIE_CORE_EXPORT DocumentTemplateStore
{
public:
    DocumentTemplateStore(Core::DatabaseManager &database, Core::Session &session, Core::Permissions &permissions,
                          Core::AuditTrail &audit, DocumentSourceRegistry &sources, CommuneParameters &parameters);

    // The commune's active template, else its syndicate's, else the shipped one.
    static Core::Result<ResolvedTemplate> resolve(const QSqlDatabase &db, qint64 communeId, const QString &module,
                                                  const QString &code);
    Core::Result<ResolvedTemplate> resolve(const QString &module, const QString &code);

    // The issues of a template for the session's commune (empty: it can be saved).
    Core::Result<QList<TemplateIssue>> check(const DocumentTemplate &documentTemplate);

    // The session commune's own template, if it has one.
    Core::Result<std::optional<StoredTemplateInfo>> communeTemplate(const QString &module, const QString &code);
    // Saves the session commune's template as a new revision. expectedVersion: the version read
    // before editing (0 when the commune had none yet); a stale one is refused.
    Core::Result<StoredTemplateInfo> save(const DocumentTemplate &documentTemplate, int expectedVersion,
                                          const QString &comment = {});
    // Switches the commune's template on or off (off: the shared or shipped one prints).
    Core::Result<StoredTemplateInfo> setActive(const QString &module, const QString &code, bool active,
                                               int expectedVersion);
    Core::Result<QList<TemplateRevisionInfo>> revisions(const QString &module, const QString &code);
    static Core::Result<DocumentTemplate> revision(const QSqlDatabase &db, qint64 revisionId);

private:
    Core::Result<StoredTemplateInfo> load(const QSqlDatabase &db, qint64 communeId, const QString &module,
                                          const QString &code, bool *found);

    Core::DatabaseManager &m_database;
    Core::Session &m_session;
    Core::Permissions &m_permissions;
    Core::AuditTrail &m_audit;
    DocumentSourceRegistry &m_sources;
    CommuneParameters &m_parameters;
};

} // namespace OpenMairie::Documents
