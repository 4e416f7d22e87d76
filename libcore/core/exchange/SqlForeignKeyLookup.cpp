#include "SqlForeignKeyLookup.h"

#include "ImportColumn.h"
#include "Sql.h"
#include "TextNormalizer.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::SqlForeignKeyLookup)
};
} // namespace

SqlForeignKeyLookup::SqlForeignKeyLookup(const Spec &spec) : m_spec(spec) {}

ForeignKeyLookupFactory SqlForeignKeyLookup::factory(const Spec &spec)
{
    return [spec] { return std::make_unique<SqlForeignKeyLookup>(spec); };
}

Status SqlForeignKeyLookup::prepare(const ImportContext &context)
{
    m_byCode.clear();
    m_byLabel.clear();
    const QString code = m_spec.codeColumn.isEmpty() ? QStringLiteral("NULL") : m_spec.codeColumn;
    const QString label = m_spec.labelColumn.isEmpty() ? QStringLiteral("NULL") : m_spec.labelColumn;
    QString sql = QStringLiteral("SELECT %1, %2, %3 FROM %4").arg(m_spec.idColumn, code, label, m_spec.table);
    QVariantList binds;
    if (!m_spec.communeColumn.isEmpty()) {
        sql += QStringLiteral(" WHERE %1 = ?").arg(m_spec.communeColumn);
        binds << context.actor.communeId;
    }
    Result<QSqlQuery> q = Sql::exec(context.database, sql, binds);
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QVariant id = q.value().value(0);
        const QString c = q.value().value(1).toString().trimmed();
        const QString l = q.value().value(2).toString();
        if (!c.isEmpty())
            m_byCode.insert(c.toUpper(), id);
        if (!l.trimmed().isEmpty())
            m_byLabel[TextNormalizer::searchKey(l)].append({id, c});
    }
    return {};
}

Result<QVariant> SqlForeignKeyLookup::resolve(const QString &value)
{
    const auto byCode = m_byCode.constFind(value.trimmed().toUpper());
    if (byCode != m_byCode.constEnd())
        return byCode.value();
    const auto byLabel = m_byLabel.constFind(TextNormalizer::searchKey(value));
    if (byLabel != m_byLabel.constEnd()) {
        if (byLabel->size() == 1)
            return byLabel->first().id;
        QStringList codes;
        for (const Candidate &c : *byLabel)
            codes << c.code;
        codes.sort();
        return Error(Tr::tr("%1 est un libellé ambigu de %2 (codes %3) : indiquez le code.")
                         .arg(ImportColumn::quoted(value), m_spec.target, codes.join(QStringLiteral(", "))),
                     {}, Error::Kind::InvalidInput);
    }
    return Error((m_spec.communeColumn.isEmpty()
                      ? Tr::tr("%1 ne correspond à aucun code ni libellé de %2.")
                      : Tr::tr("%1 ne correspond à aucun code ni libellé de %2 de la commune."))
                     .arg(ImportColumn::quoted(value), m_spec.target),
                 {}, Error::Kind::InvalidInput);
}

} // namespace OpenMairie::Core
