#pragma once

#include "StoredQuery.h"

#include <QList>

namespace OpenMairie::Core {

class Permissions;

// The stored queries the modules declare when they start; the "Requêtes mémorisées" menu lists
// those the agent's profile may run.
class OPENMAIRIE_CORE_EXPORT StoredQueryRegistry
{
public:
    Status declare(const StoredQuery &query);
    void removeModule(const QString &module);

    const QList<StoredQuery> &queries() const { return m_queries; }
    const StoredQuery *find(const QString &id) const;
    QList<StoredQuery> allowed(const Permissions &permissions) const;

private:
    QList<StoredQuery> m_queries;
};

} // namespace OpenMairie::Core
