#include "StoredQueryResult.h"

#include "Sql.h"

#include <QSqlError>

namespace OpenMairie::Core {

StoredQueryResult::StoredQueryResult(QSqlQuery query, const QList<ExportColumn> &columns)
    : m_query(std::move(query)), m_columns(columns)
{
}

Result<bool> StoredQueryResult::next(QVariantList &row)
{
    if (!m_query.next()) {
        if (m_query.lastError().isValid())
            return Sql::error(m_query.lastError(), m_query.lastQuery());
        m_query.finish();
        return false;
    }
    row.resize(m_columns.size());
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        row[i] = m_columns.at(i).normalize(m_query.value(int(i)));
    return true;
}

} // namespace OpenMairie::Core
