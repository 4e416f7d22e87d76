#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace OpenMairie::Cimetiere::SqlValues {

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

inline QVariant optionalId(qint64 id)
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

} // namespace OpenMairie::Cimetiere::SqlValues
