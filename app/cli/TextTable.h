#pragma once

#include <QList>
#include <QStringList>

namespace OpenMairie::Cli {

// Aligned columns for the console's text output (modules, schema, communes).
class TextTable
{
public:
    explicit TextTable(QStringList headers = {});

    void addRow(QStringList cells);
    // Wraps the last column so that lines fit in `width` characters (0: no wrapping); the
    // continuation lines start under that column.
    void setWrapWidth(int width) { m_wrapWidth = width; }
    bool isEmpty() const { return m_rows.isEmpty(); }
    // One line per row, each starting with `indent` spaces; the last column is not padded.
    QString render(int indent = 2) const;

    // A paragraph cut at spaces into lines of at most `width` characters (a longer word stays whole).
    static QStringList wrap(const QString &text, int width);
    static QString paragraph(const QString &text, int width) { return wrap(text, width).join(u'\n') + u'\n'; }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    int m_wrapWidth = 0;
};

} // namespace OpenMairie::Cli
