#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>

namespace OpenMairie::Core {
class CoreServices;
}

namespace OpenMairie::Cli {

// Fills the session's commune with each active module's demonstration data, once per module and
// commune. What was loaded is written in the audit trail (action "demo"): the journal is
// append-only, so the mark cannot be lost, and a second run skips those modules instead of
// duplicating their data, while a module installed since gets its share.
class DemoDataLoader
{
public:
    struct Outcome
    {
        enum class State { Loaded, AlreadyLoaded, Failed };
        QString module;
        QString moduleName;
        State state = State::Loaded;
        QDateTime loadedAt;  // AlreadyLoaded: when
        QString loadedBy;    // AlreadyLoaded: who
        QString error;       // Failed: why, in French
    };

    static constexpr const char *kAuditAction = "demo";

    explicit DemoDataLoader(Core::CoreServices &services);

    // Requires a session; modules are called in dependency order.
    Core::Result<QList<Outcome>> run();

private:
    Core::Result<std::optional<Outcome>> previousLoad(const QString &module);
    Core::Status markLoaded(const QString &module);

    Core::CoreServices &m_services;
};

} // namespace OpenMairie::Cli
