#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace OpenMairie::Elec::ElecSql {

// Dates and texts as both drivers bind and return them.
inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant(QMetaType(QMetaType::QDate));
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "nothing".
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDate readDate(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// [prefix, upper) holds exactly the keys that start with prefix under byte order (SQLite's BINARY
// and PostgreSQL's "C" collation of the key columns): an index range, unlike LIKE.
inline QString prefixUpperBound(const QString &prefix)
{
    if (prefix.isEmpty())
        return prefix;
    QString upper = prefix;
    upper[upper.size() - 1] = QChar(upper.at(upper.size() - 1).unicode() + 1);
    return upper;
}

} // namespace OpenMairie::Elec::ElecSql
