#include "FieldFormatter.h"

#include <QDateTime>
#include <QLocale>

namespace OpenMairie::Documents {

namespace {
const QLocale &french()
{
    static const QLocale locale(QLocale::French, QLocale::France);
    return locale;
}
} // namespace

QDate FieldFormatter::toDate(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate();
    case QMetaType::QDateTime:
        return value.toDateTime().date();
    default:
        break;
    }
    const QString text = value.toString().trimmed();
    QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    return d;
}

std::optional<double> FieldFormatter::toNumber(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    bool ok = false;
    double v = value.toDouble(&ok);
    if (ok)
        return v;
    QString text = value.toString().trimmed();
    text.remove(QChar(0x202F)).remove(QChar(0x00A0)).remove(u' ');
    text.replace(u',', u'.');
    v = text.toDouble(&ok);
    if (ok)
        return v;
    return std::nullopt;
}

QString FieldFormatter::formatDate(const QDate &date, Style style)
{
    if (!date.isValid())
        return {};
    if (style == Style::Default)
        return date.toString(QStringLiteral("dd/MM/yyyy"));
    // « le 1er mars » : French writes the first day of a month as an ordinal.
    const QString day = date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
    return day + u' ' + french().monthName(date.month(), QLocale::LongFormat) + u' ' + QString::number(date.year());
}

QString FieldFormatter::formatNumber(double value, FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return QString::number(qRound64(value));
    case FieldType::Money:
        return french().toString(value, 'f', 2) + QStringLiteral("\u00A0€");
    case FieldType::Decimal:
    default:
        return french().toString(value, 'f', 2);
    }
}

QString FieldFormatter::format(const QVariant &value, FieldType type, Style style)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case FieldType::Text:
        return value.toString();
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Money: {
        const std::optional<double> n = toNumber(value);
        return n ? formatNumber(*n, type) : value.toString();
    }
    case FieldType::Date: {
        const QDate d = toDate(value);
        return d.isValid() ? formatDate(d, style) : value.toString();
    }
    case FieldType::DateTime: {
        QDateTime dt = value.toDateTime();
        if (!dt.isValid())
            dt = QDateTime::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!dt.isValid())
            return value.toString();
        return formatDate(dt.date(), style) + QStringLiteral(" à ") + dt.time().toString(QStringLiteral("HH'h'mm"));
    }
    case FieldType::Boolean: {
        const QString t = value.toString().trimmed().toLower();
        const bool b = value.typeId() == QMetaType::Bool ? value.toBool()
                                                         : (t == u"1" || t == u"true" || t == u"t" || t == u"oui");
        return b ? QStringLiteral("oui") : QStringLiteral("non");
    }
    }
    return value.toString();
}

} // namespace OpenMairie::Documents
