#include "StoredQuery.h"

#include "Sql.h"
#include "StoredQueryResult.h"

#include <QCoreApplication>
#include <QSet>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::StoredQuery)
};
} // namespace

StoredQuery::StoredQuery(const QString &id, const QString &module, const QString &title)
    : m_id(id), m_module(module), m_title(title)
{
}

StoredQuery &StoredQuery::setDescription(const QString &description) { m_description = description; return *this; }
StoredQuery &StoredQuery::setPermission(const QString &permission) { m_permission = permission; return *this; }
StoredQuery &StoredQuery::setPersonalData(bool personal) { m_personalData = personal; return *this; }
StoredQuery &StoredQuery::setAuditTable(const QString &table) { m_auditTable = table; return *this; }
StoredQuery &StoredQuery::setFrom(const QString &fromClause) { m_from = fromClause; return *this; }
StoredQuery &StoredQuery::setCondition(const QString &condition) { m_condition = condition; return *this; }
StoredQuery &StoredQuery::setCommuneColumn(const QString &column) { m_communeColumn = column; return *this; }
StoredQuery &StoredQuery::setDefaultSort(const QList<StoredQuerySort> &sort) { m_defaultSort = sort; return *this; }

StoredQuery &StoredQuery::addColumn(const StoredQueryColumn &column)
{
    m_columns.append(column);
    return *this;
}

StoredQuery &StoredQuery::addColumn(const QString &key, const QString &label, const QString &expression,
                                    ExportColumn::Type type)
{
    StoredQueryColumn column;
    column.key = key;
    column.label = label;
    column.expression = expression;
    column.type = type;
    return addColumn(column);
}

const StoredQueryColumn *StoredQuery::column(const QString &key) const
{
    for (const StoredQueryColumn &c : m_columns)
        if (c.key == key)
            return &c;
    return nullptr;
}

StoredQuerySelection StoredQuery::defaultSelection() const
{
    StoredQuerySelection selection;
    for (const StoredQueryColumn &c : m_columns)
        if (c.selectedByDefault)
            selection.columns << c.key;
    selection.sort = m_defaultSort;
    return selection;
}

Status StoredQuery::validate() const
{
    auto broken = [this](const QString &why) {
        return Error(Tr::tr("La requête mémorisée « %1 » est mal déclarée : signalez-le au prestataire.").arg(m_title),
                     why, Error::Kind::Generic);
    };
    if (m_id.isEmpty() || m_title.isEmpty())
        return broken(QStringLiteral("id or title missing"));
    if (!m_from.trimmed().startsWith(QStringLiteral("FROM "), Qt::CaseInsensitive))
        return broken(QStringLiteral("the from clause must start with FROM"));
    if (m_columns.isEmpty())
        return broken(QStringLiteral("no column"));
    QSet<QString> keys;
    for (const StoredQueryColumn &c : m_columns) {
        if (c.key.isEmpty() || c.expression.isEmpty() || keys.contains(c.key))
            return broken(QStringLiteral("empty or duplicate column: ") + c.key);
        keys.insert(c.key);
    }
    for (const StoredQuerySort &s : m_defaultSort)
        if (!column(s.key) || !column(s.key)->sortable)
            return broken(QStringLiteral("default sort on an unknown or unsortable column: ") + s.key);
    return {};
}

Status StoredQuery::checkSelection(const StoredQuerySelection &selection) const
{
    if (selection.columns.isEmpty())
        return Error(Tr::tr("Choisissez au moins une colonne."), {}, Error::Kind::InvalidInput);
    QSet<QString> seen;
    for (const QString &key : selection.columns) {
        if (!column(key))
            return Error(Tr::tr("La colonne « %1 » n'existe pas dans la requête « %2 ».").arg(key, m_title), {},
                         Error::Kind::InvalidInput);
        if (seen.contains(key))
            return Error(Tr::tr("La colonne « %1 » est choisie deux fois.").arg(column(key)->label), {},
                         Error::Kind::InvalidInput);
        seen.insert(key);
    }
    for (const StoredQuerySort &s : selection.sort) {
        const StoredQueryColumn *c = column(s.key);
        if (!c)
            return Error(Tr::tr("Le tri sur « %1 » n'existe pas dans la requête « %2 ».").arg(s.key, m_title), {},
                         Error::Kind::InvalidInput);
        if (!c->sortable)
            return Error(Tr::tr("La requête « %1 » ne peut pas être triée par « %2 ».").arg(m_title, c->label), {},
                         Error::Kind::InvalidInput);
    }
    if (selection.limit < 0)
        return Error(Tr::tr("Le nombre de lignes maximal ne peut pas être négatif."), {}, Error::Kind::InvalidInput);
    return {};
}

Result<QString> StoredQuery::sql(const StoredQuerySelection &selection, const SqlDialect &dialect) const
{
    if (Status s = validate(); !s)
        return s.error();
    if (Status s = checkSelection(selection); !s)
        return s.error();
    QStringList select;
    for (int i = 0; i < selection.columns.size(); ++i)
        select << QStringLiteral("%1 AS c%2").arg(column(selection.columns.at(i))->expression).arg(i);
    QString sql = QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) + u' ' + m_from.trimmed();
    QStringList where;
    if (!m_condition.trimmed().isEmpty())
        where << u'(' + m_condition.trimmed() + u')';
    if (!m_communeColumn.isEmpty())
        where << m_communeColumn + QStringLiteral(" = ?");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QStringList order;
    for (const StoredQuerySort &s : selection.sort) {
        const StoredQueryColumn *c = column(s.key);
        const QString expr = c->sortExpression.isEmpty() ? c->expression : c->sortExpression;
        // Empty values last, in both directions and on both backends (they disagree by default).
        order << QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END").arg(expr)
              << expr + (s.order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    }
    if (!order.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    if (selection.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(selection.limit);
    return dialect.expand(sql);
}

QList<ExportColumn> StoredQuery::exportColumns(const StoredQuerySelection &selection) const
{
    QList<ExportColumn> out;
    for (const QString &key : selection.columns)
        if (const StoredQueryColumn *c = column(key))
            out << ExportColumn{c->key, c->label, c->type};
    return out;
}

Result<std::unique_ptr<ExportSource>> StoredQuery::open(const QSqlDatabase &database, const SqlDialect &dialect,
                                                        const StoredQuerySelection &selection, qint64 communeId) const
{
    Result<QString> statement = sql(selection, dialect);
    if (!statement)
        return statement.error();
    QVariantList binds;
    if (!m_communeColumn.isEmpty()) {
        if (communeId <= 0)
            return Error(Tr::tr("Choisissez d'abord la commune."), {}, Error::Kind::InvalidInput);
        binds << communeId;
    }
    Result<QSqlQuery> q = Sql::exec(database, statement.value(), binds);
    if (!q)
        return q.error();
    return std::unique_ptr<ExportSource>(std::make_unique<StoredQueryResult>(std::move(q.value()),
                                                                             exportColumns(selection)));
}

} // namespace OpenMairie::Core
