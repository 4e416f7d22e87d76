#include "ArreteSearchProvider.h"

#include "ArreteLinks.h"
#include "ArreteRepository.h"
#include "ArreteService.h"
#include "Tr.h"

namespace OpenMairie::Reglement {

QString ArreteSearchProvider::id() const
{
    return QStringLiteral("reglement.arretes");
}

QString ArreteSearchProvider::module() const
{
    return ArreteService::kModuleId;
}

QString ArreteSearchProvider::title() const
{
    return Tr::tr("Arrêtés municipaux");
}

QString ArreteSearchProvider::permission() const
{
    return ArreteService::kPermissionConsulter;
}

Core::Result<QList<Core::SearchHit>> ArreteSearchProvider::search(const Core::SearchRequest &request,
                                                                  const Core::CancellationToken &cancel) const
{
    ArreteFilter filter;
    filter.recherche = request.text;
    const ArreteRepository repository(request.db, request.dialect, request.communeId);
    Core::Result<QList<Arrete>> rows = repository.list(filter, 0, request.limit);
    if (!rows)
        return rows.error();
    QList<Core::SearchHit> hits;
    for (const Arrete &a : rows.value()) {
        if (cancel.isCancelled())
            return Core::Error(Tr::tr("Recherche annulée."), {}, Core::Error::Kind::Cancelled);
        hits.append({ArreteLinks::title(a), ArreteLinks::subtitle(a), ArreteLinks::open(a.id)});
    }
    return hits;
}

} // namespace OpenMairie::Reglement
