#pragma once

#include "Result.h"
#include "SqlDialect.h"

#include <QSqlDatabase>

namespace OpenMairie::Core {

// A write transaction that rolls back unless committed. On SQLite it takes the write lock at once
// (BEGIN IMMEDIATE) so that two writers wait for each other instead of failing half-way.
class OPENMAIRIE_CORE_EXPORT Transaction final
{
public:
    Transaction(QSqlDatabase db, const SqlDialect &dialect);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_active = false;
};

} // namespace OpenMairie::Core
