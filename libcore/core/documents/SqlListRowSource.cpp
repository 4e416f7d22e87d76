#include "SqlListRowSource.h"

#include "DataSourceSchema.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlRecord>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::SqlListRowSource)
};

// A trailing ';' would end the sub-query early.
QString withoutTrailingSemicolon(QString sql)
{
    sql = sql.trimmed();
    while (sql.endsWith(u';'))
        sql.chop(1);
    return sql;
}
} // namespace

SqlListRowSource::SqlListRowSource(QString selectSql, QVariantList bindings)
    : m_sql(withoutTrailingSemicolon(std::move(selectSql))), m_bindings(std::move(bindings))
{
}

Core::Status SqlListRowSource::open(const QSqlDatabase &db)
{
    close();
    Core::Result<QSqlQuery> q = Core::Sql::exec(db, m_sql, m_bindings);
    if (!q)
        return q.error();
    m_query = std::move(q).value();
    const QSqlRecord record = m_query.record();
    for (int i = 0; i < record.count(); ++i)
        m_columns.insert(record.fieldName(i).toLower(), i);
    return {};
}

Core::Result<bool> SqlListRowSource::next()
{
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        return Core::Sql::error(m_query.lastError(), m_sql);
    return false;
}

int SqlListRowSource::columnIndex(const QString &field) const
{
    return m_columns.value(field.toLower(), -1);
}

Core::Result<QHash<QString, qint64>> SqlListRowSource::countByGroup(const QSqlDatabase &db, const QString &groupField)
{
    if (!groupField.isEmpty() && !DataSourceSchema::isValidName(groupField))
        return Error(Tr::tr("Nom de colonne de regroupement invalide « %1 ».").arg(groupField), {},
                     Error::Kind::InvalidInput);
    const QString sql = groupField.isEmpty()
        ? QStringLiteral("SELECT COUNT(*) FROM (%1) om_liste").arg(m_sql)
        : QStringLiteral("SELECT om_liste.%2, COUNT(*) FROM (%1) om_liste GROUP BY om_liste.%2").arg(m_sql, groupField);
    Core::Result<QSqlQuery> q = Core::Sql::exec(db, sql, m_bindings);
    if (!q)
        return q.error();
    QHash<QString, qint64> counts;
    while (q.value().next()) {
        if (groupField.isEmpty())
            counts.insert(QString(), q.value().value(0).toLongLong());
        else
            counts[q.value().value(0).toString()] += q.value().value(1).toLongLong();
    }
    return counts;
}

void SqlListRowSource::close()
{
    m_query = QSqlQuery();
    m_columns.clear();
}

} // namespace OpenMairie::Documents
