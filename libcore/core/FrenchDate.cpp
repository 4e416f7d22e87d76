#include "FrenchDate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::FrenchDate)
};
} // namespace

Result<QDate> FrenchDate::parse(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{2})(\d{2})(\d{4})$)"));
    static const QRegularExpression french(QStringLiteral(R"(^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$)"));
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    int d = 0, m = 0, y = 0;
    if (const auto mt = compact.match(t); mt.hasMatch()) {
        d = mt.captured(1).toInt(); m = mt.captured(2).toInt(); y = mt.captured(3).toInt();
    } else if (const auto mf = french.match(t); mf.hasMatch()) {
        d = mf.captured(1).toInt(); m = mf.captured(2).toInt(); y = mf.captured(3).toInt();
    } else if (const auto mi = iso.match(t); mi.hasMatch()) {
        y = mi.captured(1).toInt(); m = mi.captured(2).toInt(); d = mi.captured(3).toInt();
    } else {
        return Error(Tr::tr("« %1 » n'est pas une date : écrivez-la JJ/MM/AAAA (par exemple 20/12/1975 ou "
                            "20121975).").arg(text), {}, Error::Kind::InvalidInput);
    }
    const QDate date(y, m, d);
    if (!date.isValid() || y < 1800)
        return Error(Tr::tr("La date « %1 » n'existe pas (jour, mois ou année impossible).").arg(text), {},
                     Error::Kind::InvalidInput);
    return date;
}

QString FrenchDate::format(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace OpenMairie::Core
