#include "CommuneScope.h"

#include "Session.h"

namespace OpenMairie::Core {

CommuneScope::CommuneScope(QList<qint64> communeIds) : m_ids(std::move(communeIds)) {}

CommuneScope CommuneScope::single(qint64 communeId)
{
    return CommuneScope(QList<qint64>{communeId});
}

CommuneScope CommuneScope::ofView(const Session &session)
{
    return CommuneScope(session.communeIdsInView());
}

QString CommuneScope::condition(const QString &column) const
{
    if (m_ids.isEmpty())
        return QStringLiteral("1 = 0");
    if (m_ids.size() == 1)
        return column + QStringLiteral(" = ?");
    QString marks;
    for (qsizetype i = 0; i < m_ids.size(); ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return column + QStringLiteral(" IN (") + marks + u')';
}

void CommuneScope::appendValues(QVariantList *values) const
{
    for (qint64 id : m_ids)
        values->append(id);
}

} // namespace OpenMairie::Core
