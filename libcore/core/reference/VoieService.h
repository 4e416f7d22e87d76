#pragma once

#include "Result.h"
#include "Voie.h"

#include <QDate>
#include <QList>

namespace OpenMairie::Core {

class DatabaseManager;
class Permissions;
class Session;

// The streets of the session's commune and their number ranges. Other modules read them (openElec:
// addresses and découpage; openCimetière has its own voies inside cemeteries). Writing needs
// core.voie.modifier. A street is never deleted: it is retired and stays on old addresses.
class OPENMAIRIE_CORE_EXPORT VoieService
{
public:
    static const QString kPermissionModifier; // "core.voie.modifier"
    static const QString kPermissionImporter; // "core.voie.importer"

    VoieService(DatabaseManager &database, Session &session, Permissions &permissions);

    Result<QList<Voie>> offered(const QDate &date = QDate::currentDate()) const;
    Result<QList<Voie>> list(bool includeRetired) const;
    Result<Voie> findByCode(const QString &code) const;
    Result<Voie> findById(qint64 id) const;
    // Streets whose name contains `text`, accents and case ignored ("republique" finds
    // "rue de la République"), or whose code is `text`.
    Result<QList<Voie>> search(const QString &text, bool includeRetired = false,
                               const QDate &date = QDate::currentDate()) const;

    Result<Voie> create(const Voie &voie);
    Result<Voie> update(const Voie &voie); // voie.version: the version read
    Status retire(qint64 id, int version, const QDate &date);

    Result<QList<VoieRange>> ranges(qint64 voieId) const;
    // Refused when it overlaps another range of the same street on the same side.
    Result<VoieRange> addRange(const VoieRange &range);
    Result<VoieRange> updateRange(const VoieRange &range);
    Status removeRange(qint64 rangeId, int version);

    // The search key stored for a street (also used by the CSV import).
    static QString searchKeyOf(const Voie &voie);

private:
    Result<QList<Voie>> select(const QString &where, const QVariantList &values) const;
    // The right, then the input, normalised; typeId receives the voie_type id (or null).
    Result<Voie> checked(const Voie &voie, QVariant *typeId) const;
    Status checkRange(const VoieRange &range) const;

    DatabaseManager &m_database;
    Session &m_session;
    Permissions &m_permissions;
};

} // namespace OpenMairie::Core
