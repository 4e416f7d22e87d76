#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace OpenMairie::Core::SqlValue {

// Values bound to and read from both drivers the same way, for the modules' repositories.

// A null QDate binds as SQL NULL of the date type (PostgreSQL wants the type).
inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant(QMetaType(QMetaType::QDate));
}

// Text columns are NOT NULL with '' for "nothing"; a null QString would bind as NULL.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// A foreign key left empty (0) binds as a typed NULL.
inline QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// SQLite returns dates as ISO text, PostgreSQL as QDate.
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

} // namespace OpenMairie::Core::SqlValue
