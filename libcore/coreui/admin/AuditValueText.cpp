#include "AuditValueText.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace OpenMairie::CoreUi {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::CoreUi::AuditValueText)
};

QString displayString(const QString &text)
{
    // The triggers store dates as ISO text: an agent reads them as he types them.
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (isoDate.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return date.toString(QStringLiteral("dd/MM/yyyy"));
    }
    static const QRegularExpression isoTimestamp(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}"));
    if (isoTimestamp.match(text).hasMatch()) {
        QDateTime when = QDateTime::fromString(QString(text).replace(u' ', u'T'), Qt::ISODateWithMs);
        if (!when.isValid())
            when = QDateTime::fromString(QString(text).replace(u' ', u'T'), Qt::ISODate);
        if (when.isValid())
            return when.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    }
    return text;
}
} // namespace

QString AuditValueText::display(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Tr::tr("(vide)");
    case QJsonValue::Bool:
        return value.toBool() ? Tr::tr("oui") : Tr::tr("non");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d)) ? QString::number(static_cast<qint64>(d))
                                                                  : QString::number(d);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        return text.isEmpty() ? Tr::tr("(vide)") : displayString(text);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString AuditValueText::changeLine(const QString &field, const QJsonValue &before, const QJsonValue &after)
{
    return Tr::tr("%1 : « %2 » → « %3 »").arg(field, display(before), display(after));
}

} // namespace OpenMairie::CoreUi
