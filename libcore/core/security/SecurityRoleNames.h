#pragma once

#include "openmairie_core_export.h"

#include <QString>

namespace OpenMairie::Core {

// Names of the PostgreSQL group roles through which agents receive table privileges. Roles belong
// to the whole server while a syndicate may run several OpenMairie databases on it, so each name
// starts with the database's name.
class OPENMAIRIE_CORE_EXPORT SecurityRoleNames
{
public:
    explicit SecurityRoleNames(const QString &database);

    // Every agent: the core tables (communes, own account, audit, parameters, documents).
    QString agents() const;
    // A module's tables, read only / read and write.
    QString moduleReader(const QString &module) const;
    QString moduleWriter(const QString &module) const;
    // Prefix shared by every group of this database (for the LIKE of a clean-up).
    QString prefix() const { return m_prefix; }

private:
    QString m_prefix;
};

} // namespace OpenMairie::Core
