#include "ExchangeActor.h"

#include "Session.h"

namespace OpenMairie::Core {

ExchangeActor ExchangeActor::fromSession(const Session &session)
{
    return {session.user().login, session.commune().id};
}

} // namespace OpenMairie::Core
