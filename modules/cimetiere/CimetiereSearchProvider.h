#pragma once

#include "search/ISearchProvider.h"

namespace OpenMairie::Cimetiere {

// The global search box finds a deceased or a holder by name, accents and case ignored; a hit opens
// the plot on the plan.
class CimetiereSearchProvider final : public Core::ISearchProvider
{
public:
    QString id() const override;
    QString module() const override;
    QString title() const override;
    QString permission() const override;
    Core::Result<QList<Core::SearchHit>> search(const Core::SearchRequest &request,
                                                const Core::CancellationToken &cancel) const override;
};

} // namespace OpenMairie::Cimetiere
