#include "CimetiereSearchProvider.h"

#include "CimetiereAccess.h"
#include "CimetiereView.h"
#include "DeceasedService.h"
#include "Tr.h"

#include "exchange/CancellationToken.h"
#include "search/SearchRequest.h"

namespace OpenMairie::Cimetiere {

QString CimetiereSearchProvider::id() const
{
    return QStringLiteral("cimetiere.personnes");
}

QString CimetiereSearchProvider::module() const
{
    return CimetiereAccess::kModuleId;
}

QString CimetiereSearchProvider::title() const
{
    return Tr::tr("Cimetières : défunts et concessionnaires");
}

QString CimetiereSearchProvider::permission() const
{
    return DeceasedService::kPermissionConsulter;
}

Core::Result<QList<Core::SearchHit>> CimetiereSearchProvider::search(const Core::SearchRequest &request,
                                                                     const Core::CancellationToken &cancel) const
{
    Core::Result<QList<PersonHit>> hits = DeceasedService::searchIn(request.db, request.communeId, request.text,
                                                                    request.limit);
    if (!hits) {
        // One letter typed: nothing to show yet, not an error.
        if (hits.error().kind() == Core::Error::Kind::InvalidInput)
            return QList<Core::SearchHit>();
        return hits.error();
    }
    QList<Core::SearchHit> result;
    for (const PersonHit &h : hits.value()) {
        if (cancel.isCancelled())
            return Core::Error(Tr::tr("Recherche annulée."), {}, Core::Error::Kind::Cancelled);
        Core::RecordLink link{CimetiereView::kEntryId, h.emplacementId > 0
                                                           ? QStringLiteral("emplacement:%1").arg(h.emplacementId)
                                                           : QString()};
        result.append({h.nom, h.detail, link});
        if (result.size() >= request.limit)
            break;
    }
    return result;
}

} // namespace OpenMairie::Cimetiere
