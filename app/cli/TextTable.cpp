#include "TextTable.h"

#include <algorithm>

namespace OpenMairie::Cli {

TextTable::TextTable(QStringList headers) : m_headers(std::move(headers)) {}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

QString TextTable::render(int indent) const
{
    QList<QStringList> lines;
    if (!m_headers.isEmpty())
        lines.append(m_headers);
    lines += m_rows;
    qsizetype columns = 0;
    for (const QStringList &line : std::as_const(lines))
        columns = std::max(columns, line.size());
    QList<qsizetype> widths(columns, 0);
    for (const QStringList &line : std::as_const(lines))
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    QString text;
    const QString margin(indent, u' ');
    for (const QStringList &line : std::as_const(lines)) {
        QString row = margin;
        for (qsizetype i = 0; i + 1 < line.size(); ++i)
            row += line.at(i).leftJustified(widths.at(i) + 2);
        const QString last = line.isEmpty() ? QString() : line.last();
        const qsizetype room = m_wrapWidth - row.size();
        // Too narrow a room reads worse than a long line: then the text is left whole.
        const QStringList pieces = m_wrapWidth > 0 && room >= 20 ? wrap(last, int(room)) : QStringList{last};
        const QString continuation(row.size(), u' ');
        for (qsizetype p = 0; p < pieces.size(); ++p) {
            QString out = (p == 0 ? row : continuation) + pieces.at(p);
            while (out.endsWith(u' '))
                out.chop(1);
            text += out + u'\n';
        }
    }
    return text;
}

QStringList TextTable::wrap(const QString &text, int width)
{
    QStringList lines;
    QString current;
    // French typography puts a space inside « » and before : ; ! ? — never a line break there.
    QStringList words;
    bool glueNext = false;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        static const QString closing = QStringLiteral("»:;!?");
        if (!words.isEmpty() && (glueNext || closing.contains(word.front())))
            words.last() += u' ' + word;
        else
            words.append(word);
        glueNext = word.endsWith(u'«');
    }
    for (const QString &word : std::as_const(words)) {
        if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
            lines.append(current);
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!current.isEmpty() || lines.isEmpty())
        lines.append(current);
    return lines;
}

} // namespace OpenMairie::Cli
