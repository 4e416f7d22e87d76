#include "ConcessionDuration.h"

#include "Tr.h"

namespace OpenMairie::Cimetiere {

using Core::Error;

QString ConcessionDuration::code(DurationCategory category)
{
    switch (category) {
    case DurationCategory::Temporaire:
        return QStringLiteral("temporaire");
    case DurationCategory::Trentenaire:
        return QStringLiteral("trentenaire");
    case DurationCategory::Cinquantenaire:
        return QStringLiteral("cinquantenaire");
    case DurationCategory::Centenaire:
        return QStringLiteral("centenaire");
    case DurationCategory::Perpetuelle:
        return QStringLiteral("perpetuelle");
    }
    return {};
}

std::optional<DurationCategory> ConcessionDuration::categoryFromCode(const QString &code)
{
    for (DurationCategory c : all())
        if (ConcessionDuration::code(c) == code)
            return c;
    return std::nullopt;
}

QString ConcessionDuration::label(DurationCategory category)
{
    switch (category) {
    case DurationCategory::Temporaire:
        return Tr::tr("temporaire");
    case DurationCategory::Trentenaire:
        return Tr::tr("trentenaire");
    case DurationCategory::Cinquantenaire:
        return Tr::tr("cinquantenaire");
    case DurationCategory::Centenaire:
        return Tr::tr("centenaire");
    case DurationCategory::Perpetuelle:
        return Tr::tr("perpétuelle");
    }
    return {};
}

QList<DurationCategory> ConcessionDuration::all()
{
    return {DurationCategory::Temporaire, DurationCategory::Trentenaire, DurationCategory::Cinquantenaire,
            DurationCategory::Centenaire, DurationCategory::Perpetuelle};
}

Core::Result<ConcessionDuration> ConcessionDuration::make(DurationCategory category, int temporaryYears)
{
    ConcessionDuration d;
    d.category = category;
    switch (category) {
    case DurationCategory::Temporaire:
        if (temporaryYears < kTemporaryMin || temporaryYears > kTemporaryMax)
            return Error(Tr::tr("Une concession temporaire dure de %1 à %2 ans (article L2223-14 du CGCT) : "
                                "indiquez une durée dans cet intervalle (%3 ans demandés).")
                             .arg(kTemporaryMin).arg(kTemporaryMax).arg(temporaryYears),
                         {}, Error::Kind::InvalidInput);
        d.years = temporaryYears;
        break;
    case DurationCategory::Trentenaire:
        d.years = 30;
        break;
    case DurationCategory::Cinquantenaire:
        d.years = 50;
        break;
    case DurationCategory::Centenaire:
        d.years = 100;
        break;
    case DurationCategory::Perpetuelle:
        d.years = 0;
        break;
    }
    return d;
}

Core::Result<ConcessionDuration> ConcessionDuration::fromCode(const QString &code, int temporaryYears)
{
    const std::optional<DurationCategory> c = categoryFromCode(code.trimmed().toLower());
    if (!c)
        return Error(Tr::tr("La durée « %1 » est inconnue : indiquez temporaire, trentenaire, cinquantenaire, "
                            "centenaire ou perpetuelle.").arg(code),
                     {}, Error::Kind::InvalidInput);
    return make(*c, temporaryYears);
}

Core::Status ConcessionDuration::checkGrantable() const
{
    if (category == DurationCategory::Centenaire)
        return Error(Tr::tr("Les concessions centenaires ne sont plus accordées depuis 1959 : choisissez une "
                            "concession temporaire, trentenaire, cinquantenaire ou perpétuelle."),
                     {}, Error::Kind::InvalidInput);
    return {};
}

QDate ConcessionDuration::endDate(const QDate &start) const
{
    if (isPerpetual() || !start.isValid())
        return {};
    // QDate::addYears keeps 29 February on a leap year and falls back to 28 February otherwise.
    return start.addYears(years);
}

QString ConcessionDuration::text() const
{
    if (isPerpetual())
        return label(category);
    return Tr::tr("%1 (%2 ans)").arg(label(category)).arg(years);
}

bool ConcessionDuration::isLongerThan(const ConcessionDuration &other) const
{
    if (other.isPerpetual())
        return false;
    if (isPerpetual())
        return true;
    return years > other.years;
}

} // namespace OpenMairie::Cimetiere
