#pragma once

#include "Result.h"

#include <QHash>
#include <QSqlDatabase>

namespace OpenMairie::Core {
class AuditTrail;
class DatabaseManager;
class ParameterService;
class Permissions;
class Session;
} // namespace OpenMairie::Core

namespace OpenMairie::Documents {

struct OPENMAIRIE_CORE_EXPORT ParameterDefinition
{
    QString name;  // &name in templates
    QString label; // French, for the settings page and the editor's list
};

// The commune's values merged as &parametre (openMairie's om_parametre): &maire, &adresse...
// &ville, &code_insee and &departement come from the commune itself.
class OPENMAIRIE_CORE_EXPORT CommuneParameters
{
public:
    CommuneParameters(Core::DatabaseManager &database, Core::Session &session, Core::Permissions &permissions,
                      Core::AuditTrail &audit);

    // Parameters every commune is expected to fill in.
    static QList<ParameterDefinition> standard();
    // Computed from the commune's row: never stored.
    static QList<ParameterDefinition> computed();

    // French elision for the commune's name: « d'Arles », « du Havre », « des Baux-de-Provence »,
    // « de Marseille »; and « Commune d'Arles ».
    static QString ofCommune(const QString &name);
    static QString communeTitle(const QString &name);

    // All values of a commune, computed ones included (from any thread, with its connection).
    static Core::Result<QHash<QString, QString>> values(const QSqlDatabase &db, qint64 communeId);
    // Names a template may use: standard, computed, &aujourdhui..., and those the commune added.
    static Core::Result<QStringList> knownNames(const QSqlDatabase &db, qint64 communeId);

    // Once attached (CoreServices does it), values() gives the declared defaults too, set() of a
    // declared parameter is typed and validated, and the logo comes from the database.
    void attach(Core::ParameterService &typed) { m_typed = &typed; }
    // The commune's logo stored in the database; empty when none (or not attached).
    QByteArray logoData();

    // The session's commune.
    Core::Result<QHash<QString, QString>> values();
    Core::Result<QStringList> knownNames();
    // Sets one value of the session's commune (right documents.parametre.modifier), audited.
    Core::Status set(const QString &name, const QString &value);

private:
    Core::DatabaseManager &m_database;
    Core::Session &m_session;
    Core::Permissions &m_permissions;
    Core::AuditTrail &m_audit;
    Core::ParameterService *m_typed = nullptr;
};

} // namespace OpenMairie::Documents
