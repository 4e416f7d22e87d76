#include "StoredQueryRegistry.h"

#include "Permissions.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::StoredQueryRegistry)
};
} // namespace

Status StoredQueryRegistry::declare(const StoredQuery &query)
{
    if (Status s = query.validate(); !s)
        return s;
    if (find(query.id()))
        return Error(Tr::tr("La requête mémorisée « %1 » est déclarée deux fois : signalez-le au prestataire.")
                         .arg(query.title()),
                     query.id(), Error::Kind::Conflict);
    m_queries.append(query);
    return {};
}

void StoredQueryRegistry::removeModule(const QString &module)
{
    m_queries.removeIf([&module](const StoredQuery &q) { return q.module() == module; });
}

const StoredQuery *StoredQueryRegistry::find(const QString &id) const
{
    for (const StoredQuery &q : m_queries)
        if (q.id() == id)
            return &q;
    return nullptr;
}

QList<StoredQuery> StoredQueryRegistry::allowed(const Permissions &permissions) const
{
    QList<StoredQuery> out;
    for (const StoredQuery &q : m_queries)
        if (q.permission().isEmpty() || permissions.sessionAllows(q.permission()))
            out.append(q);
    return out;
}

} // namespace OpenMairie::Core
