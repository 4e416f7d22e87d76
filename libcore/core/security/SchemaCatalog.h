#pragma once

#include "Result.h"
#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QStringList>

namespace OpenMairie::Core {

struct OPENMAIRIE_CORE_EXPORT TableColumn
{
    QString name;
    bool binary = false; // BLOB / BYTEA: never copied into the audit journal
};

// What tables and columns the open schema holds, on either backend.
class OPENMAIRIE_CORE_EXPORT SchemaCatalog
{
public:
    SchemaCatalog(const QSqlDatabase &db, const SqlDialect &dialect);

    Result<QStringList> tables() const;
    Result<QList<TableColumn>> columns(const QString &table) const;
    static bool hasColumn(const QList<TableColumn> &columns, const QString &name);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace OpenMairie::Core
