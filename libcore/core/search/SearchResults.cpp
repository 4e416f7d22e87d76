#include "SearchResults.h"

namespace OpenMairie::Core {

qsizetype SearchResults::hitCount() const
{
    qsizetype n = 0;
    for (const SearchGroup &g : groups)
        n += g.hits.size();
    return n;
}

} // namespace OpenMairie::Core
