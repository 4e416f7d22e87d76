#include "SchemaCatalog.h"

#include "Sql.h"

namespace OpenMairie::Core {

SchemaCatalog::SchemaCatalog(const QSqlDatabase &db, const SqlDialect &dialect) : m_db(db), m_dialect(dialect) {}

Result<QStringList> SchemaCatalog::tables() const
{
    Result<QSqlQuery> q = Sql::exec(
        m_db, m_dialect.isSqlite()
                  ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                                   "ESCAPE '\\' ORDER BY name")
                  : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                   "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"));
    if (!q)
        return q.error();
    QStringList names;
    while (q.value().next())
        names.append(q.value().value(0).toString());
    return names;
}

Result<QList<TableColumn>> SchemaCatalog::columns(const QString &table) const
{
    Result<QSqlQuery> q = Sql::exec(
        m_db, m_dialect.isSqlite()
                  ? QStringLiteral("SELECT name, upper(type) FROM pragma_table_info(?) ORDER BY cid")
                  : QStringLiteral("SELECT column_name, upper(data_type) FROM information_schema.columns WHERE "
                                   "table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"),
        {table});
    if (!q)
        return q.error();
    QList<TableColumn> columns;
    while (q.value().next()) {
        const QString type = q.value().value(1).toString();
        columns.append({q.value().value(0).toString(), type == u"BLOB" || type == u"BYTEA"});
    }
    return columns;
}

bool SchemaCatalog::hasColumn(const QList<TableColumn> &columns, const QString &name)
{
    return std::any_of(columns.cbegin(), columns.cend(), [&](const TableColumn &c) { return c.name == name; });
}

} // namespace OpenMairie::Core
