#pragma once

#include "openmairie_core_export.h"

#include <QString>

namespace OpenMairie::Core {

class Session;

// Who imports or exports, for which commune: read from the Session in the GUI thread before a job
// starts, then handed to the worker thread, which must not touch the Session (a QObject of the GUI
// thread that the agent may change meanwhile).
struct OPENMAIRIE_CORE_EXPORT ExchangeActor
{
    QString login;
    qint64 communeId = 0;

    static ExchangeActor fromSession(const Session &session);
};

} // namespace OpenMairie::Core
