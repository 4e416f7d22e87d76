#pragma once

#include "search/ISearchProvider.h"

namespace OpenMairie::Elec {

// Electors in the suite's global search box: the same search as the list's (nom, prénom, date of
// birth, INE), on every list.
class ElecSearchProvider final : public Core::ISearchProvider
{
public:
    QString id() const override;
    QString module() const override;
    QString title() const override;
    QString permission() const override;
    Core::Result<QList<Core::SearchHit>> search(const Core::SearchRequest &request,
                                                const Core::CancellationToken &cancel) const override;
};

} // namespace OpenMairie::Elec
