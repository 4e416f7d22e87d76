#pragma once

#include "openmairie_core_export.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace OpenMairie::Core {

class Session;

// The communes a list query reads: the working commune alone, or, for syndicate staff in the
// niveau-2 view, every commune of the account. Gives the SQL condition and its values, so that a
// repository writes "WHERE " + scope.condition("collectivite_id") and never builds the list itself.
// Writes never use it: they go to the working commune only.
class OPENMAIRIE_CORE_EXPORT CommuneScope
{
public:
    CommuneScope() = default;
    explicit CommuneScope(QList<qint64> communeIds);
    static CommuneScope single(qint64 communeId);
    static CommuneScope ofView(const Session &session);

    // "collectivite_id = ?" or "collectivite_id IN (?, ?, ?)"; "1 = 0" (no row) when the scope is
    // empty, so that a session without commune never reads every commune's rows.
    QString condition(const QString &column) const;
    void appendValues(QVariantList *values) const;

    bool spansSeveral() const { return m_ids.size() > 1; }
    bool contains(qint64 communeId) const { return m_ids.contains(communeId); }
    const QList<qint64> &ids() const { return m_ids; }

private:
    QList<qint64> m_ids;
};

} // namespace OpenMairie::Core
