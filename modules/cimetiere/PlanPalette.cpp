#include "PlanPalette.h"

#include "ConcessionDuration.h"
#include "Tr.h"

namespace OpenMairie::Cimetiere {

namespace {
// Colour-blind-safe enough: free green, reserved blue, occupied brown-grey, blocked red, procedure
// orange; luminance differs too, so a black-and-white print still separates them.
const QColor kLibre(QStringLiteral("#66bb6a"));
const QColor kReserve(QStringLiteral("#42a5f5"));
const QColor kOccupe(QStringLiteral("#a1887f"));
const QColor kBloque(QStringLiteral("#e53935"));
const QColor kProcedure(QStringLiteral("#fb8c00"));
// By duration, after openCimetière's plan (yellow temporary, red perpetual, green free).
const QColor kTemporaire(QStringLiteral("#fdd835"));
const QColor kTrentenaire(QStringLiteral("#ffa726"));
const QColor kCinquantenaire(QStringLiteral("#ab47bc"));
const QColor kCentenaire(QStringLiteral("#3949ab"));
const QColor kPerpetuelle(QStringLiteral("#d32f2f"));
const QColor kSansConcession(QStringLiteral("#bdbdbd"));
} // namespace

QColor PlanPalette::statusColour(PlotStatus status)
{
    switch (status) {
    case PlotStatus::Libre:
        return kLibre;
    case PlotStatus::Reserve:
        return kReserve;
    case PlotStatus::Occupe:
        return kOccupe;
    case PlotStatus::Bloque:
        return kBloque;
    case PlotStatus::EnProcedure:
        return kProcedure;
    }
    return kSansConcession;
}

QColor PlanPalette::durationColour(const QString &code, PlotStatus status)
{
    const std::optional<DurationCategory> c = ConcessionDuration::categoryFromCode(code);
    if (!c)
        return status == PlotStatus::Libre ? kLibre : kSansConcession;
    switch (*c) {
    case DurationCategory::Temporaire:
        return kTemporaire;
    case DurationCategory::Trentenaire:
        return kTrentenaire;
    case DurationCategory::Cinquantenaire:
        return kCinquantenaire;
    case DurationCategory::Centenaire:
        return kCentenaire;
    case DurationCategory::Perpetuelle:
        return kPerpetuelle;
    }
    return kSansConcession;
}

QColor PlanPalette::colour(const Plot &plot, PlanColouring colouring)
{
    if (colouring == PlanColouring::ByStatus)
        return statusColour(plot.statut);
    return durationColour(plot.dureeConcession, plot.statut);
}

QList<LegendEntry> PlanPalette::legend(PlanColouring colouring)
{
    if (colouring == PlanColouring::ByStatus) {
        QList<LegendEntry> list;
        for (PlotStatus s : PlotStatuses::all())
            list.append({statusColour(s), PlotStatuses::label(s)});
        return list;
    }
    return {{kLibre, Tr::tr("Libre")},
            {kTemporaire, Tr::tr("Temporaire (5 à 15 ans)")},
            {kTrentenaire, Tr::tr("Trentenaire")},
            {kCinquantenaire, Tr::tr("Cinquantenaire")},
            {kCentenaire, Tr::tr("Centenaire")},
            {kPerpetuelle, Tr::tr("Perpétuelle")},
            {kSansConcession, Tr::tr("Sans concession (terrain commun, bloqué...)")}};
}

} // namespace OpenMairie::Cimetiere
