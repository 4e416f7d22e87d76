#pragma once

#include "IDocumentDataSource.h"

#include <QHash>
#include <QReadWriteLock>

#include <memory>

namespace OpenMairie::Documents {

// The data sources that modules register at start-up ("reglement.arrete", "cimetiere.concession"...).
// Read from worker threads while printing; written when modules start or stop.
class OPENMAIRIE_CORE_EXPORT DocumentSourceRegistry
{
public:
    using SourcePtr = std::shared_ptr<const IDocumentDataSource>;

    Core::Status add(SourcePtr source);
    void remove(const QString &name);
    SourcePtr find(const QString &name) const;
    Core::Result<SourcePtr> require(const QString &name) const;
    QList<DataSourceSchema> schemas() const;

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, SourcePtr> m_sources;
};

} // namespace OpenMairie::Documents
