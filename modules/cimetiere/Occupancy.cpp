#include "Occupancy.h"

#include "Tr.h"

#include <cmath>

namespace OpenMairie::Cimetiere {

QString bodyKindCode(BodyKind kind)
{
    switch (kind) {
    case BodyKind::Cercueil:
        return QStringLiteral("cercueil");
    case BodyKind::Urne:
        return QStringLiteral("urne");
    case BodyKind::Reliquaire:
        return QStringLiteral("reliquaire");
    }
    return {};
}

std::optional<BodyKind> bodyKindFromCode(const QString &code)
{
    for (BodyKind k : {BodyKind::Cercueil, BodyKind::Urne, BodyKind::Reliquaire})
        if (bodyKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString bodyKindLabel(BodyKind kind)
{
    switch (kind) {
    case BodyKind::Cercueil:
        return Tr::tr("cercueil");
    case BodyKind::Urne:
        return Tr::tr("urne");
    case BodyKind::Reliquaire:
        return Tr::tr("reliquaire");
    }
    return {};
}

double OccupancyWeights::weight(BodyKind kind) const
{
    switch (kind) {
    case BodyKind::Cercueil:
        return cercueil;
    case BodyKind::Urne:
        return urne;
    case BodyKind::Reliquaire:
        return reliquaire;
    }
    return 0;
}

double OccupancyWeights::occupancy(const QList<BodyKind> &bodies) const
{
    double sum = 0;
    for (BodyKind k : bodies)
        sum += weight(k);
    return std::round(sum * 100.0) / 100.0;
}

bool OccupancyWeights::fits(const QList<BodyKind> &bodies, BodyKind added, int places) const
{
    QList<BodyKind> after = bodies;
    after.append(added);
    // A hundredth of tolerance: 0.1 × 10 must fit in one place.
    return occupancy(after) <= places + 1e-9;
}

} // namespace OpenMairie::Cimetiere
