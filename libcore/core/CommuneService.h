#pragma once

#include "CommuneReference.h"
#include "Session.h"

namespace OpenMairie::Core {

class AuditTrail;
class DatabaseManager;

// The communes (collectivités) a database serves: the row every business record points to.
class OPENMAIRIE_CORE_EXPORT CommuneService
{
public:
    CommuneService(DatabaseManager &database, AuditTrail &audit);

    // Creates the commune from the INSEE reference; refuses an unknown code or one already present.
    Result<SessionCommune> addFromInsee(const QString &codeInsee, const QString &createdBy);
    Result<SessionCommune> findByInsee(const QString &codeInsee);
    Result<QList<SessionCommune>> all();

private:
    DatabaseManager &m_database;
    AuditTrail &m_audit;
};

} // namespace OpenMairie::Core
