#pragma once

#include "ConcessionDuration.h"

#include "Result.h"

#include <QDate>
#include <QString>

namespace OpenMairie::Cimetiere {

// Renewal (L2223-15): at the price of the day, the new period running from the previous end, and
// still possible during the two years after expiry (the ground cannot be taken back before).
struct RenewalWindow
{
    static constexpr int kYearsAfterExpiry = 2;

    // How early a family may renew before expiry (commune parameter, months).
    int monthsBeforeExpiry = 12;

    QDate opensOn(const QDate &end) const { return end.addMonths(-monthsBeforeExpiry); }
    // The last day a renewal is accepted: end + 2 years.
    static QDate closesOn(const QDate &end) { return end.addYears(kYearsAfterExpiry); }
    // Refused with the dates that apply: perpetual, too early, too late.
    Core::Status check(const ConcessionDuration &duration, const QDate &end, const QDate &today) const;
    // The renewed title starts where the previous one ended, not on the payment day.
    static QDate newStart(const QDate &previousEnd) { return previousEnd; }
};

// The price of a conversion to a longer duration (L2223-16): the new tariff less the value of the
// time left on the converted title, pro rata in days. The computation is kept as text for the
// title and the agent.
struct ConversionCredit
{
    qint64 newTariffCents = 0;
    qint64 oldTariffCents = 0;
    qint64 remainingDays = 0;
    qint64 totalDays = 0;
    qint64 creditCents = 0;
    qint64 priceCents = 0;
    QString computation;

    // Refuses a perpetual source, a shorter or equal target and an expired title (renew it instead).
    static Core::Result<ConversionCredit> compute(const ConcessionDuration &from, const QDate &start,
                                                  const QDate &end, const ConcessionDuration &to,
                                                  qint64 oldTariffCents, qint64 newTariffCents, const QDate &on);
};

// Giving back an empty concession (rétrocession, commune rules): the refund is the price paid pro
// rata of the time left; a perpetual one has no term to prorate, its refund is fixed by deliberation.
struct RetrocessionRefund
{
    qint64 refundCents = 0;
    QString computation;

    static RetrocessionRefund compute(const ConcessionDuration &duration, const QDate &start, const QDate &end,
                                      qint64 paidCents, const QDate &on);
};

} // namespace OpenMairie::Cimetiere
