#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace OpenMairie::Core {

// Turns driver errors into messages an agent can act on, and runs prepared statements with
// positional bindings in one call.
class OPENMAIRIE_CORE_EXPORT Sql
{
public:
    static Error error(const QSqlError &error, const QString &statement = {});

    // prepare() + bind + exec(); the query is returned positioned before the first row.
    static Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    static Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
};

} // namespace OpenMairie::Core
