#pragma once

#include <QByteArray>
#include <QStringList>

namespace OpenMairie::Bench {

// One ";" line as Excel writes it in France: fields quoted only when they hold a separator, a quote
// or a line break, quotes doubled.
inline void appendCsvLine(QByteArray &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(';');
        const QString &f = fields.at(i);
        if (f.contains(u';') || f.contains(u'"') || f.contains(u'\n')) {
            QString quoted = f;
            quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            out.append('"').append(quoted.toUtf8()).append('"');
        } else {
            out.append(f.toUtf8());
        }
    }
    out.append("\r\n");
}

} // namespace OpenMairie::Bench
