#include "ExportColumn.h"

#include <QDate>
#include <QDateTime>

namespace OpenMairie::Core {

QVariant ExportColumn::normalize(const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return {};
    const int id = value.metaType().id();
    switch (type) {
    case Type::Auto:
        return value;
    case Type::Text:
        return value.toString();
    case Type::Integer:
        if (id == QMetaType::QString) {
            bool ok = false;
            const qlonglong n = value.toString().trimmed().toLongLong(&ok);
            return ok ? QVariant(n) : value;
        }
        return QVariant(value.toLongLong());
    case Type::Decimal:
        if (id == QMetaType::QString || id == QMetaType::QByteArray) {
            bool ok = false;
            const QString text = value.toString().trimmed();
            text.toDouble(&ok);
            return ok ? QVariant(text) : value; // exact digits kept for the CSV
        }
        return QVariant(value.toDouble());
    case Type::Date:
        if (id == QMetaType::QDate)
            return value;
        if (id == QMetaType::QDateTime)
            return value.toDateTime().date();
        if (id == QMetaType::QString) {
            const QDate d = QDate::fromString(value.toString().left(10), Qt::ISODate);
            return d.isValid() ? QVariant(d) : value;
        }
        return value;
    case Type::DateTime:
        if (id == QMetaType::QDateTime)
            return value.toDateTime().toLocalTime();
        if (id == QMetaType::QString) {
            const QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            return dt.isValid() ? QVariant(dt.toLocalTime()) : value;
        }
        return value;
    case Type::Boolean:
        if (id == QMetaType::Bool)
            return value;
        if (id == QMetaType::QString) {
            const QString t = value.toString().trimmed().toLower();
            if (t == u"t" || t == u"true" || t == u"1" || t == u"oui")
                return true;
            if (t == u"f" || t == u"false" || t == u"0" || t == u"non")
                return false;
            return value;
        }
        return QVariant(value.toLongLong() != 0);
    }
    return value;
}

} // namespace OpenMairie::Core
