#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace OpenMairie::Cimetiere {

// What a body occupies in a plot: a coffin, an urn, or the reduced remains of a réduction de corps.
enum class BodyKind { Cercueil, Urne, Reliquaire };

QString bodyKindCode(BodyKind kind);
std::optional<BodyKind> bodyKindFromCode(const QString &code);
QString bodyKindLabel(BodyKind kind);

// The places each kind takes (commune parameters; openCimetière's defaults: coffin 1, urn 0.1,
// reduced remains 0.5) and the sum for what a plot holds.
struct OccupancyWeights
{
    double cercueil = 1.0;
    double urne = 0.1;
    double reliquaire = 0.5;

    double weight(BodyKind kind) const;
    // Rounded to the hundredth so that ten urns make exactly one place.
    double occupancy(const QList<BodyKind> &bodies) const;
    // Whether one more body fits in `places`.
    bool fits(const QList<BodyKind> &bodies, BodyKind added, int places) const;
};

} // namespace OpenMairie::Cimetiere
