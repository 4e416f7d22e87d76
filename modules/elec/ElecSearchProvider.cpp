#include "ElecSearchProvider.h"

#include "ElecLinks.h"
#include "ElecService.h"
#include "ElecteurRepository.h"
#include "Tr.h"

#include "FrenchDate.h"


namespace OpenMairie::Elec {

QString ElecSearchProvider::id() const
{
    return QStringLiteral("elec.electeurs");
}

QString ElecSearchProvider::module() const
{
    return ElecService::kModuleId;
}

QString ElecSearchProvider::title() const
{
    return Tr::tr("Électeurs");
}

QString ElecSearchProvider::permission() const
{
    return ElecService::kPermissionConsulter;
}

Core::Result<QList<Core::SearchHit>> ElecSearchProvider::search(const Core::SearchRequest &request,
                                                                const Core::CancellationToken &cancel) const
{
    const ElecteurRepository repo(request.db, request.dialect, request.communeId);
    QList<Core::SearchHit> hits;
    for (const QString &liste : Liste::codes()) {
        ElecteurFilter filter;
        filter.liste = liste;
        filter.texte = request.text;
        Core::Result<QList<Electeur>> rows = repo.page(filter, {}, request.limit);
        if (!rows)
            return rows.error();
        for (const Electeur &e : rows.value()) {
            if (cancel.isCancelled())
                return Core::Error(Tr::tr("Recherche annulée."), {}, Core::Error::Kind::Cancelled);
            if (hits.size() >= request.limit)
                return hits;
            hits.append({e.displayName(),
                         Tr::tr("né(e) le %1 — %2, bureau %3 n° %4%5")
                             .arg(Core::FrenchDate::format(e.dateNaissance), e.liste, e.bureauCode)
                             .arg(e.numeroOrdre)
                             .arg(e.isRadie() ? Tr::tr(" (radié)") : QString()),
                         ElecLinks::electeur(e.id)});
        }
    }
    return hits;
}

} // namespace OpenMairie::Elec
