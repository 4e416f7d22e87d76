#include "SqlInsertSink.h"

#include "ImportDefinition.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDate>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::SqlInsertSink)
};

// Well below SQLite's 32 766 and PostgreSQL's 65 535 bound parameters per statement.
constexpr int kMaxParameters = 30000;
} // namespace

SqlInsertSink::SqlInsertSink(const QString &table, const QList<Mapping> &mappings)
    : m_table(table), m_mappings(mappings)
{
}

SqlInsertSink &SqlInsertSink::setCommuneColumn(const QString &column)
{
    m_communeColumn = column;
    return *this;
}

SqlInsertSink &SqlInsertSink::setAuthorColumn(const QString &column)
{
    m_authorColumn = column;
    return *this;
}

SqlInsertSink &SqlInsertSink::setBatchSize(int rows)
{
    m_batchSize = std::max(1, rows);
    return *this;
}

bool SqlInsertSink::isConstraintViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.size() == 5 && code.startsWith(QStringLiteral("23")))
        return true; // PostgreSQL: integrity constraint violation
    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric);
    if (numeric && (sqliteCode & 0xFF) == 19)
        return true; // SQLITE_CONSTRAINT and its extended codes
    return error.databaseText().contains(QStringLiteral("constraint failed"));
}

Status SqlInsertSink::begin(const ImportContext &context)
{
    m_context = context;
    m_valueIndexes.clear();
    m_statements.clear();
    for (const Mapping &m : std::as_const(m_mappings)) {
        const int index = context.definition ? context.definition->indexOf(m.importColumn) : -1;
        if (index < 0)
            return Error(Tr::tr("L'import vers « %1 » est mal déclaré : signalez-le au prestataire.").arg(m_table),
                         QStringLiteral("unknown import column: ") + m.importColumn, Error::Kind::Generic);
        m_valueIndexes << index;
    }
    m_columnsPerRow = int(m_mappings.size()) + (m_communeColumn.isEmpty() ? 0 : 1) + (m_authorColumn.isEmpty() ? 0 : 1);
    m_batchSize = std::max(1, std::min(m_batchSize, kMaxParameters / std::max(1, m_columnsPerRow)));
    return {};
}

QString SqlInsertSink::insertStatement(int rows) const
{
    QStringList columns;
    for (const Mapping &m : m_mappings)
        columns << m.tableColumn;
    if (!m_communeColumn.isEmpty())
        columns << m_communeColumn;
    if (!m_authorColumn.isEmpty())
        columns << m_authorColumn;
    QString placeholders = QStringLiteral("(");
    for (int i = 0; i < m_columnsPerRow; ++i)
        placeholders += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    placeholders += u')';
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, columns.join(QStringLiteral(", ")));
    sql.reserve(sql.size() + rows * (placeholders.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += QStringLiteral(", ");
        sql += placeholders;
    }
    return sql;
}

QVariant SqlInsertSink::bindable(const QVariant &value) const
{
    if (!m_context.dialect.isSqlite() || value.isNull())
        return value;
    // SQLite stores dates as ISO text and booleans as 0/1 (the migrations' {{date}} and {{bool}}).
    switch (value.metaType().id()) {
    case QMetaType::QDate: {
        // Formatted by hand: QDate::toString goes through a locale-aware formatter, which costs
        // more than the insert itself on a 500 000-line import.
        const QDate d = value.toDate();
        char iso[11];
        const int y = d.year(), m = d.month(), day = d.day();
        if (y < 0 || y > 9999)
            return d.toString(Qt::ISODate);
        iso[0] = char('0' + y / 1000); iso[1] = char('0' + y / 100 % 10); iso[2] = char('0' + y / 10 % 10);
        iso[3] = char('0' + y % 10); iso[4] = '-'; iso[5] = char('0' + m / 10); iso[6] = char('0' + m % 10);
        iso[7] = '-'; iso[8] = char('0' + day / 10); iso[9] = char('0' + day % 10); iso[10] = 0;
        return QString::fromLatin1(iso, 10);
    }
    case QMetaType::Bool: return value.toBool() ? 1 : 0;
    default: return value;
    }
}

Status SqlInsertSink::write(const QList<ImportRow> &rows)
{
    if (rows.isEmpty())
        return {};
    const int count = int(rows.size());
    auto it = m_statements.find(count);
    if (it == m_statements.end()) {
        QSqlQuery q(m_context.database);
        const QString sql = insertStatement(count);
        if (!q.prepare(sql))
            return Sql::error(q.lastError(), sql);
        it = m_statements.insert(count, q);
    }
    QSqlQuery &q = it.value();
    int position = 0;
    for (const ImportRow &row : rows) {
        for (const int index : std::as_const(m_valueIndexes))
            q.bindValue(position++, bindable(row.values.at(index)));
        if (!m_communeColumn.isEmpty())
            q.bindValue(position++, m_context.actor.communeId);
        if (!m_authorColumn.isEmpty())
            q.bindValue(position++, m_context.actor.login);
    }
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        const Error described = Sql::error(error, q.lastQuery());
        if (described.kind() == Error::Kind::Generic && isConstraintViolation(error))
            return Error(Tr::tr("la base de données refuse cette ligne : une règle de la table « %1 » n'est pas "
                                "respectée.").arg(m_table),
                         described.detail(), Error::Kind::InvalidInput);
        return described;
    }
    return {};
}

} // namespace OpenMairie::Core
