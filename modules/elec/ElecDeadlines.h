#pragma once

#include <QDate>

namespace OpenMairie::Elec {

// The legal deadlines of the REU regime, as pure functions of dates (no database, no clock), so
// that the counter screens, the dashboard and the tests compute them the same way.
//
// Deadlines counted in days (decision 5 days after the demand, L18 I; notification and
// transmission 2 days after the decision; 15 days to answer in the radiation contradictoire, R12)
// are calendar days; one that ends on a Saturday, a Sunday or a public holiday runs to the next
// working day (the general rule of article 642 of the code de procédure civile), so that an agent
// is never shown a deadline on a day the town hall is closed.
class ElecDeadlines
{
public:
    static constexpr int kDecisionDays = 5;
    static constexpr int kNotificationDays = 2;
    static constexpr int kContradictoryDays = 15;
    static constexpr int kL30DaysBefore = 10;
    static constexpr int kRegistrationFridaysBefore = 6;

    // French public holidays (fixed ones, Easter Monday, Ascension, Whit Monday).
    static bool isPublicHoliday(const QDate &date);
    static bool isWorkingDay(const QDate &date);
    // The date itself when it is a working day, else the next working day.
    static QDate extendToWorkingDay(const QDate &date);
    static QDate easterSunday(int year);

    static QDate decisionDeadline(const QDate &demande);
    static QDate notificationDeadline(const QDate &decision);
    static QDate transmissionDeadline(const QDate &decision);
    // End of the 15 days the elector has to answer the maire's notice (radiation contradictoire);
    // the radiation cannot be decided before the day after.
    static QDate contradictoryEnd(const QDate &avis);
    // L17: demands are received up to the 6th Friday before the (first round of the) scrutin.
    static QDate registrationDeadline(const QDate &scrutin);
    // L30: the listed categories may register up to the 10th day before the scrutin.
    static QDate l30Deadline(const QDate &scrutin);
};

} // namespace OpenMairie::Elec
