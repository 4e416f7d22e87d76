#pragma once

#include "ImportContext.h"
#include "Result.h"

#include <QVariant>

#include <functional>
#include <memory>

namespace OpenMairie::Core {

// Turns what an agent wrote in a file (a code, or a label such as "Trinquetaille") into the key
// of a referenced row. The importer creates one per run and per column, in the worker thread, so
// an implementation may keep prepared statements and caches without locking.
class OPENMAIRIE_CORE_EXPORT ForeignKeyLookup
{
public:
    virtual ~ForeignKeyLookup();

    // Called once, inside the import's transaction, before the first value.
    virtual Status prepare(const ImportContext &context) = 0;
    // The key designated by a non-empty value; an Error of kind InvalidInput whose message is the
    // French reason ("« ZZZ » ne correspond à aucun ...") when there is none or more than one.
    virtual Result<QVariant> resolve(const QString &value) = 0;
};

using ForeignKeyLookupFactory = std::function<std::unique_ptr<ForeignKeyLookup>()>;

} // namespace OpenMairie::Core
