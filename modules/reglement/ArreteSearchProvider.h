#pragma once

#include "ISearchProvider.h"

namespace OpenMairie::Reglement {

// The register in the global search box: an arrêté is found by words of its objet (accents and case
// ignored, through objet_recherche) or by its number ("2024-0012", "2024 12"). Runs on the search
// worker with the connection and commune of the request, nothing else.
class ArreteSearchProvider final : public Core::ISearchProvider
{
public:
    QString id() const override;
    QString module() const override;
    QString title() const override;
    QString permission() const override;
    Core::Result<QList<Core::SearchHit>> search(const Core::SearchRequest &request,
                                                const Core::CancellationToken &cancel) const override;
};

} // namespace OpenMairie::Reglement
