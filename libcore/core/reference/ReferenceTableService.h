#pragma once

#include "ReferenceEntry.h"
#include "ReferenceTable.h"
#include "Result.h"

#include <QDate>
#include <QList>

namespace OpenMairie::Core {

class DatabaseManager;
class Permissions;
class Session;

// Reads and edits the shared reference tables (départements, pays, nationalités, civilités, types
// de voie). Reading is open to every signed-in agent; writing needs core.referentiel.modifier
// since a change reaches every commune of the base. Values are never deleted: they are retired.
class OPENMAIRIE_CORE_EXPORT ReferenceTableService
{
public:
    static const QString kPermissionModifier; // "core.referentiel.modifier"

    ReferenceTableService(DatabaseManager &database, Session &session, Permissions &permissions);

    // What a pick list offers at `date`: values in force, by libellé.
    Result<QList<ReferenceEntry>> offered(const ReferenceTable &table, const QDate &date = QDate::currentDate()) const;
    // For the editor: every value, or those in force only.
    Result<QList<ReferenceEntry>> list(const ReferenceTable &table, bool includeRetired) const;
    // Retired values are found too: an old record still shows its value.
    Result<ReferenceEntry> findByCode(const ReferenceTable &table, const QString &code) const;
    Result<ReferenceEntry> findById(const ReferenceTable &table, qint64 id) const;
    // Offered values whose code or libellé contains `text` (accents and case ignored).
    Result<QList<ReferenceEntry>> search(const ReferenceTable &table, const QString &text,
                                         const QDate &date = QDate::currentDate()) const;

    Result<ReferenceEntry> create(const ReferenceTable &table, const ReferenceEntry &entry);
    // entry.version must be the version read: a concurrent change is refused (Kind::Conflict).
    Result<ReferenceEntry> update(const ReferenceTable &table, const ReferenceEntry &entry);
    // No longer offered from `date` on; stays on the records that use it.
    Status retire(const ReferenceTable &table, qint64 id, int version, const QDate &date);

private:
    Result<QList<ReferenceEntry>> select(const ReferenceTable &table, const QString &where,
                                         const QVariantList &values) const;
    Result<ReferenceEntry> checked(const ReferenceTable &table, const ReferenceEntry &entry, QVariant *paysId) const;

    DatabaseManager &m_database;
    Session &m_session;
    Permissions &m_permissions;
};

} // namespace OpenMairie::Core
