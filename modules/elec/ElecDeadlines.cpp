#include "ElecDeadlines.h"

namespace OpenMairie::Elec {

QDate ElecDeadlines::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

bool ElecDeadlines::isPublicHoliday(const QDate &date)
{
    if (!date.isValid())
        return false;
    static constexpr int kFixed[][2] = {{1, 1}, {5, 1}, {5, 8}, {7, 14}, {8, 15}, {11, 1}, {11, 11}, {12, 25}};
    for (const auto &md : kFixed)
        if (date.month() == md[0] && date.day() == md[1])
            return true;
    const QDate easter = easterSunday(date.year());
    return date == easter.addDays(1) || date == easter.addDays(39) || date == easter.addDays(50);
}

bool ElecDeadlines::isWorkingDay(const QDate &date)
{
    return date.dayOfWeek() <= 5 && !isPublicHoliday(date);
}

QDate ElecDeadlines::extendToWorkingDay(const QDate &date)
{
    if (!date.isValid())
        return {};
    QDate d = date;
    while (!isWorkingDay(d))
        d = d.addDays(1);
    return d;
}

QDate ElecDeadlines::decisionDeadline(const QDate &demande)
{
    return demande.isValid() ? extendToWorkingDay(demande.addDays(kDecisionDays)) : QDate();
}

QDate ElecDeadlines::notificationDeadline(const QDate &decision)
{
    return decision.isValid() ? extendToWorkingDay(decision.addDays(kNotificationDays)) : QDate();
}

QDate ElecDeadlines::transmissionDeadline(const QDate &decision)
{
    return notificationDeadline(decision);
}

QDate ElecDeadlines::contradictoryEnd(const QDate &avis)
{
    return avis.isValid() ? extendToWorkingDay(avis.addDays(kContradictoryDays)) : QDate();
}

QDate ElecDeadlines::registrationDeadline(const QDate &scrutin)
{
    if (!scrutin.isValid())
        return {};
    // The last Friday strictly before the scrutin, then five weeks earlier.
    int back = (scrutin.dayOfWeek() - Qt::Friday + 7) % 7;
    if (back == 0)
        back = 7;
    return scrutin.addDays(-back).addDays(-7 * (kRegistrationFridaysBefore - 1));
}

QDate ElecDeadlines::l30Deadline(const QDate &scrutin)
{
    return scrutin.isValid() ? scrutin.addDays(-kL30DaysBefore) : QDate();
}

} // namespace OpenMairie::Elec
