#pragma once

#include "openmairie_core_export.h"

#include <QtGlobal>

#include <atomic>

namespace OpenMairie::Documents {

// How a long job (800 letters, a 1.5 million-row list) reports progress and learns it must stop.
// Implementations are called from the thread that produces the pages.
class OPENMAIRIE_CORE_EXPORT JobControl
{
public:
    virtual ~JobControl();
    virtual bool isCancelled() const = 0;
    // total < 0: not known yet.
    virtual void reportProgress(qint64 done, qint64 total) = 0;
};

// For synchronous callers (the preview, the CLI): cancellable from another thread, progress kept.
class OPENMAIRIE_CORE_EXPORT SimpleJobControl : public JobControl
{
public:
    bool isCancelled() const override { return m_cancelled.load(); }
    void reportProgress(qint64 done, qint64 total) override;
    void cancel() { m_cancelled.store(true); }
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }

private:
    std::atomic_bool m_cancelled{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{-1};
};

} // namespace OpenMairie::Documents
