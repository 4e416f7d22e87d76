#include "SqlScript.h"

#include <QRegularExpression>

namespace OpenMairie::Core {

QString SqlScript::selectSections(const QString &script, const SqlDialect &dialect)
{
    QString out;
    enum class Section { All, Sqlite, Pgsql } section = Section::All;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t == u"-- @sqlite") {
            section = Section::Sqlite;
            continue;
        }
        if (t == u"-- @pgsql") {
            section = Section::Pgsql;
            continue;
        }
        if (t == u"-- @all") {
            section = Section::All;
            continue;
        }
        if (section == Section::All || (section == Section::Sqlite && dialect.isSqlite())
            || (section == Section::Pgsql && dialect.isPostgres())) {
            out += line;
            out += u'\n';
        }
    }
    return out;
}

namespace {
bool isTriggerStatement(const QString &statementSoFar)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(statementSoFar).hasMatch();
}

// How many BEGIN/CASE blocks are still open in a trigger statement read so far. SQLite trigger
// bodies hold several statements between BEGIN and END, and CASE … END may appear inside them;
// a PostgreSQL trigger ("EXECUTE FUNCTION f()") has no body and so never opens a block. Quoted
// text and identifiers are skipped: 'END;' or a column "end" are not keywords.
int openTriggerBlocks(const QString &statementSoFar)
{
    int depth = 0;
    const qsizetype n = statementSoFar.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = statementSoFar.at(i);
        if (c == u'\'' || c == u'"') {
            qsizetype j = i + 1;
            while (j < n && statementSoFar.at(j) != c)
                ++j;
            i = j + 1; // a doubled quote reads as two adjacent quoted strings: same result
            continue;
        }
        if (c.isLetterOrNumber() || c == u'_') {
            qsizetype j = i;
            while (j < n && (statementSoFar.at(j).isLetterOrNumber() || statementSoFar.at(j) == u'_'))
                ++j;
            const QStringView word = QStringView(statementSoFar).mid(i, j - i);
            if (word.compare(u"BEGIN", Qt::CaseInsensitive) == 0 || word.compare(u"CASE", Qt::CaseInsensitive) == 0)
                ++depth;
            else if (word.compare(u"END", Qt::CaseInsensitive) == 0)
                --depth;
            i = j;
            continue;
        }
        ++i;
    }
    return depth;
}
} // namespace

QStringList SqlScript::split(const QString &sql)
{
    QStringList statements;
    QString current;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    auto flush = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            statements.append(s);
        current.clear();
    };
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && next == u'*') {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            qsizetype j = i + 1;
            while (j < n) {
                if (sql.at(j) == c) {
                    if (j + 1 < n && sql.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += sql.mid(i, j - i + 1);
            i = j + 1;
            continue;
        }
        if (c == u'$') {
            static const QRegularExpression tagRe(QStringLiteral(R"(\$[A-Za-z_]*\$)"));
            const QRegularExpressionMatch m = tagRe.match(sql, i, QRegularExpression::NormalMatch,
                                                          QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                const QString tag = m.captured(0);
                const qsizetype end = sql.indexOf(tag, i + tag.size());
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current += sql.mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (c == u';') {
            if (isTriggerStatement(current) && openTriggerBlocks(current) > 0) {
                current += c;
                ++i;
                continue;
            }
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

QStringList SqlScript::statements(const QString &script, const SqlDialect &dialect)
{
    return split(dialect.expand(selectSections(script, dialect)));
}

} // namespace OpenMairie::Core
