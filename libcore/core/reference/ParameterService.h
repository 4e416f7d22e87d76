#pragma once

#include "ParameterRegistry.h"

#include <QByteArray>
#include <QHash>
#include <QSqlQuery>

namespace OpenMairie::Core {

class DatabaseManager;
class Permissions;
class Session;

// One declared parameter with the session commune's value.
struct OPENMAIRIE_CORE_EXPORT CommuneParameterValue
{
    ParameterDeclaration declaration;
    QString value;          // stored form; the default when the commune never set it
    bool isDefault = true;  // no value stored for the commune
    bool hasImage = false;  // ParameterType::Image with an image stored
    int version = 0;        // of the stored row; 0 when none (optimistic locking)
};

// The commune's parameters (openMairie's om_parametre), typed by their declarations: read with
// their defaults, set with validation, reset to the default. Writing needs core.parametre.modifier.
class OPENMAIRIE_CORE_EXPORT ParameterService
{
public:
    static const QString kPermissionModifier; // "core.parametre.modifier"
    // Pass as expectedVersion to overwrite whatever is stored (scripts); the form passes the
    // version it displayed so that a concurrent change is refused instead of lost.
    static constexpr int kAnyVersion = -1;

    ParameterService(DatabaseManager &database, Session &session, Permissions &permissions,
                     ParameterRegistry &registry);

    ParameterRegistry &registry() { return m_registry; }

    Result<QList<CommuneParameterValue>> list() const;
    Result<CommuneParameterValue> get(const QString &name) const;
    // What documents merge as &name: declared defaults, then the stored values (undeclared names
    // stored by older versions included). Images merge as an empty text.
    Result<QHash<QString, QString>> mergeValues() const;
    Result<QByteArray> image(const QString &name) const;

    // Validates by type. For an image parameter, `text` is the path of the image file.
    Status set(const QString &name, const QString &text, int expectedVersion = kAnyVersion);
    Status setImage(const QString &name, const QByteArray &bytes, int expectedVersion = kAnyVersion);
    Status setImageFile(const QString &name, const QString &path, int expectedVersion = kAnyVersion);
    // Back to the declared default: the commune's row is removed.
    Status reset(const QString &name, int expectedVersion = kAnyVersion);

private:
    Result<const ParameterDeclaration *> declared(const QString &name) const;
    // The commune's row of a parameter (id, version), positioned before it; no row: the default.
    Result<QSqlQuery> storedRow(const QSqlDatabase &db, const QString &name) const;
    Status store(const ParameterDeclaration &declaration, const QString &text, const QByteArray &bytes,
                 int expectedVersion);

    DatabaseManager &m_database;
    Session &m_session;
    Permissions &m_permissions;
    ParameterRegistry &m_registry;
};

} // namespace OpenMairie::Core
