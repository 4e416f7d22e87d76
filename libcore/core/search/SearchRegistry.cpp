#include "SearchRegistry.h"

#include "Permissions.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::SearchRegistry)
};
} // namespace

Status SearchRegistry::add(ProviderPtr provider)
{
    // No permission means no search: every provider reads business data that some agents may not see.
    if (!provider || provider->id().isEmpty() || provider->title().isEmpty() || provider->module().isEmpty()
        || provider->permission().isEmpty())
        return Error(Tr::tr("Un module déclare une recherche sans identifiant, module, titre ou droit requis : "
                            "signalez-le au prestataire."),
                     provider ? provider->id() : QString(), Error::Kind::InvalidInput);
    for (const ProviderPtr &p : std::as_const(m_providers))
        if (p->id() == provider->id())
            return Error(Tr::tr("La recherche « %1 » est déclarée deux fois : signalez-le au prestataire.")
                             .arg(provider->title()),
                         provider->id(), Error::Kind::Conflict);
    m_providers.append(std::move(provider));
    return {};
}

void SearchRegistry::removeModule(const QString &module)
{
    m_providers.removeIf([&module](const ProviderPtr &p) { return p->module() == module; });
}

QList<SearchRegistry::ProviderPtr> SearchRegistry::allowed(const Permissions &permissions) const
{
    QList<ProviderPtr> out;
    for (const ProviderPtr &p : m_providers)
        if (permissions.sessionAllows(p->permission()))
            out.append(p);
    return out;
}

} // namespace OpenMairie::Core
