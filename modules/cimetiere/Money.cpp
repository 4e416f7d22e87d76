#include "Money.h"

#include <QRegularExpression>

namespace OpenMairie::Cimetiere {

QString Money::format(qint64 cents)
{
    const bool negative = cents < 0;
    const qint64 abs = negative ? -cents : cents;
    QString units = QString::number(abs / 100);
    for (int i = units.size() - 3; i > 0; i -= 3)
        units.insert(i, QChar(0x202F));
    return (negative ? QStringLiteral("-") : QString()) + units + u','
           + QStringLiteral("%1").arg(abs % 100, 2, 10, QChar(u'0')) + QStringLiteral(" €");
}

qint64 Money::parse(const QString &text)
{
    QString t = text;
    t.remove(QRegularExpression(QStringLiteral("[\\s\\x{202F}\\x{00A0}€]")));
    t.replace(u',', u'.');
    static const QRegularExpression amount(QStringLiteral("^(\\d+)(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = amount.match(t);
    if (!m.hasMatch())
        return -1;
    qint64 cents = m.captured(1).toLongLong() * 100;
    QString decimals = m.captured(2);
    if (decimals.size() == 1)
        decimals += u'0';
    return cents + decimals.toLongLong();
}

} // namespace OpenMairie::Cimetiere
