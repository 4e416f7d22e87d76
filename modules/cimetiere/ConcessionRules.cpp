#include "ConcessionRules.h"

#include "Money.h"
#include "Tr.h"

#include <cmath>

namespace OpenMairie::Cimetiere {

using Core::Error;

namespace {
QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

// Rounded to the nearest cent, halves away from zero: the same on every platform.
qint64 prorata(qint64 cents, qint64 part, qint64 whole)
{
    if (whole <= 0)
        return 0;
    return static_cast<qint64>(std::llround(static_cast<long double>(cents) * part / whole));
}
} // namespace

Core::Status RenewalWindow::check(const ConcessionDuration &duration, const QDate &end, const QDate &today) const
{
    if (duration.isPerpetual() || !end.isValid())
        return Error(Tr::tr("Une concession perpétuelle n'a pas de terme : elle ne se renouvelle pas."), {},
                     Error::Kind::InvalidInput);
    if (today < opensOn(end))
        return Error(Tr::tr("Cette concession arrive à terme le %1 : son renouvellement est possible à partir du %2.")
                         .arg(dmy(end), dmy(opensOn(end))),
                     {}, Error::Kind::InvalidInput);
    if (today > closesOn(end))
        return Error(Tr::tr("Cette concession a expiré le %1 : le renouvellement n'était possible que jusqu'au %2 "
                            "(deux ans après le terme, article L2223-15 du CGCT). Le terrain peut être repris par la "
                            "commune ; accordez si besoin une nouvelle concession.")
                         .arg(dmy(end), dmy(closesOn(end))),
                     {}, Error::Kind::InvalidInput);
    return {};
}

Core::Result<ConversionCredit> ConversionCredit::compute(const ConcessionDuration &from, const QDate &start,
                                                         const QDate &end, const ConcessionDuration &to,
                                                         qint64 oldTariffCents, qint64 newTariffCents,
                                                         const QDate &on)
{
    if (from.isPerpetual())
        return Error(Tr::tr("Une concession perpétuelle ne peut pas être convertie : aucune durée n'est plus longue."),
                     {}, Error::Kind::InvalidInput);
    if (!to.isLongerThan(from))
        return Error(Tr::tr("Une conversion se fait vers une durée plus longue (article L2223-16 du CGCT) : la "
                            "concession est %1, choisissez une durée supérieure.").arg(from.text()),
                     {}, Error::Kind::InvalidInput);
    if (on >= end)
        return Error(Tr::tr("Cette concession a expiré le %1 : elle ne peut plus être convertie. Renouvelez-la en "
                            "choisissant une durée plus longue.").arg(dmy(end)),
                     {}, Error::Kind::InvalidInput);
    ConversionCredit c;
    c.newTariffCents = newTariffCents;
    c.oldTariffCents = oldTariffCents;
    c.totalDays = start.daysTo(end);
    c.remainingDays = std::max<qint64>(0, on.daysTo(end));
    c.creditCents = prorata(oldTariffCents, c.remainingDays, c.totalDays);
    c.priceCents = std::max<qint64>(0, newTariffCents - c.creditCents);
    c.computation = Tr::tr("Conversion au %1 : tarif %2 %3 − crédit du temps restant (%4 × %5 jours restants / %6 "
                           "jours) %7 = %8 à payer.")
                        .arg(dmy(on), to.text(), Money::format(newTariffCents), Money::format(oldTariffCents))
                        .arg(c.remainingDays)
                        .arg(c.totalDays)
                        .arg(Money::format(c.creditCents), Money::format(c.priceCents));
    return c;
}

RetrocessionRefund RetrocessionRefund::compute(const ConcessionDuration &duration, const QDate &start,
                                               const QDate &end, qint64 paidCents, const QDate &on)
{
    RetrocessionRefund r;
    if (duration.isPerpetual() || !end.isValid()) {
        r.computation = Tr::tr("Concession perpétuelle : le remboursement éventuel est fixé par délibération du "
                               "conseil municipal.");
        return r;
    }
    const qint64 total = start.daysTo(end);
    const qint64 remaining = std::max<qint64>(0, on.daysTo(end));
    r.refundCents = prorata(paidCents, remaining, total);
    r.computation = Tr::tr("Rétrocession au %1 : %2 payés × %3 jours restants / %4 jours = %5 remboursés.")
                        .arg(dmy(on), Money::format(paidCents))
                        .arg(remaining)
                        .arg(total)
                        .arg(Money::format(r.refundCents));
    return r;
}

} // namespace OpenMairie::Cimetiere
