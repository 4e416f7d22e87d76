#pragma once

#include "ISearchProvider.h"

#include <memory>

namespace OpenMairie::Core {

class Permissions;

// The search providers the modules declare when they start. Shared pointers: a search running on a
// worker keeps its providers alive even if a module stops meanwhile.
class OPENMAIRIE_CORE_EXPORT SearchRegistry
{
public:
    using ProviderPtr = std::shared_ptr<const ISearchProvider>;

    // Refuses a provider without id or title, or an id already taken.
    Status add(ProviderPtr provider);
    void removeModule(const QString &module);

    const QList<ProviderPtr> &providers() const { return m_providers; }
    // Those the session's rights allow, in the order of declaration.
    QList<ProviderPtr> allowed(const Permissions &permissions) const;

private:
    QList<ProviderPtr> m_providers;
};

} // namespace OpenMairie::Core
