#include "Transaction.h"

#include "Sql.h"

#include <QSqlQuery>

namespace OpenMairie::Core {

Transaction::Transaction(QSqlDatabase db, const SqlDialect &dialect) : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (!m_db.isOpen() || !q.exec(dialect.beginWrite()))
        m_begun = Sql::error(q.lastError(), QStringLiteral("BEGIN"));
    else
        m_active = true;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begun.ok() ? Status(Error(QStringLiteral("transaction déjà terminée"))) : m_begun;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error error = Sql::error(q.lastError(), QStringLiteral("COMMIT"));
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace OpenMairie::Core
