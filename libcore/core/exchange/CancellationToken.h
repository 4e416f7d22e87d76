#pragma once

#include "openmairie_core_export.h"

#include <atomic>

namespace OpenMairie::Core {

// Set by the GUI thread ("Annuler"), read by the worker between two records. Long jobs check it
// often enough that cancelling feels immediate, and roll back what they started.
class OPENMAIRIE_CORE_EXPORT CancellationToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    void reset() { m_cancelled.store(false, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // Convenience for code that may run without a token.
    static bool isCancelled(const CancellationToken *token) { return token && token->isCancelled(); }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace OpenMairie::Core
