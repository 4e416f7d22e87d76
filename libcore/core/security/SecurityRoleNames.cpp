#include "SecurityRoleNames.h"

namespace OpenMairie::Core {

// 63 bytes is PostgreSQL's limit for a name; the longest suffix is "_<module>_ecriture".
SecurityRoleNames::SecurityRoleNames(const QString &database) : m_prefix(database.left(28) + u'_') {}

QString SecurityRoleNames::agents() const
{
    return m_prefix + QStringLiteral("agents");
}

QString SecurityRoleNames::moduleReader(const QString &module) const
{
    return m_prefix + module + QStringLiteral("_lecture");
}

QString SecurityRoleNames::moduleWriter(const QString &module) const
{
    return m_prefix + module + QStringLiteral("_ecriture");
}

} // namespace OpenMairie::Core
