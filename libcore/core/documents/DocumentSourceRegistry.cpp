#include "DocumentSourceRegistry.h"

#include <QCoreApplication>

#include <algorithm>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::DocumentSourceRegistry)
};
} // namespace

Core::Status DocumentSourceRegistry::add(SourcePtr source)
{
    if (!source)
        return Error(Tr::tr("Source de données vide."));
    const DataSourceSchema schema = source->schema();
    if (schema.name().isEmpty())
        return Error(Tr::tr("Une source de données de documents doit avoir un nom."));
    QWriteLocker lock(&m_lock);
    if (m_sources.contains(schema.name()))
        return Error(Tr::tr("La source de données « %1 » est déjà déclarée par un autre module.").arg(schema.name()),
                     {}, Error::Kind::Conflict);
    m_sources.insert(schema.name(), std::move(source));
    return {};
}

void DocumentSourceRegistry::remove(const QString &name)
{
    QWriteLocker lock(&m_lock);
    m_sources.remove(name);
}

DocumentSourceRegistry::SourcePtr DocumentSourceRegistry::find(const QString &name) const
{
    QReadLocker lock(&m_lock);
    return m_sources.value(name);
}

Core::Result<DocumentSourceRegistry::SourcePtr> DocumentSourceRegistry::require(const QString &name) const
{
    if (SourcePtr s = find(name))
        return s;
    return Error(Tr::tr("La source de données « %1 » n'est pas disponible : le module qui la fournit n'est pas "
                        "installé ou a été refusé au démarrage (voir « Modules »).").arg(name),
                 {}, Error::Kind::NotFound);
}

QList<DataSourceSchema> DocumentSourceRegistry::schemas() const
{
    QList<DataSourceSchema> result;
    {
        QReadLocker lock(&m_lock);
        for (const SourcePtr &s : m_sources)
            result.append(s->schema());
    }
    std::sort(result.begin(), result.end(),
              [](const DataSourceSchema &a, const DataSourceSchema &b) { return a.name() < b.name(); });
    return result;
}

} // namespace OpenMairie::Documents
