#pragma once

#include "CancellationToken.h"
#include "Result.h"
#include "SearchHit.h"
#include "SearchRequest.h"

#include <QList>

namespace OpenMairie::Core {

// What a module offers to the global search box of the main window. search() runs on a worker
// thread, possibly while the same provider serves an older query on another one: it must keep no
// state between calls, use only request.db, and return soon after cancel.isCancelled() turns true
// (the agent typed another letter; what it returns then is thrown away anyway).
class OPENMAIRIE_CORE_EXPORT ISearchProvider
{
public:
    virtual ~ISearchProvider();

    virtual QString id() const = 0;         // "reglement.arretes"
    virtual QString module() const = 0;     // "reglement"
    virtual QString title() const = 0;      // heading of the group in the popup: "Arrêtés municipaux"
    virtual QString permission() const = 0; // the provider is asked only when the session has it

    // At most request.limit hits, best first.
    virtual Result<QList<SearchHit>> search(const SearchRequest &request, const CancellationToken &cancel) const = 0;
};

} // namespace OpenMairie::Core
