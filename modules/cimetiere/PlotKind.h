#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace OpenMairie::Cimetiere {

// The kinds of plot (openCimetière's natures, plus cavurne and jardin du souvenir).
enum class PlotKind { Concession, Columbarium, Cavurne, Enfeu, TerrainCommun, Ossuaire, Depositoire, JardinSouvenir };
enum class PlotStatus { Libre, Reserve, Occupe, Bloque, EnProcedure };

struct PlotKinds
{
    static QList<PlotKind> all();
    static QString code(PlotKind kind);
    static std::optional<PlotKind> fromCode(const QString &code);
    static QString label(PlotKind kind);
    // Kinds a concession can be granted on (plots, niches, cavurnes, enfeus: L2223-13 and -18).
    static bool isConcedable(PlotKind kind);
    // Kinds that receive urns only.
    static bool isCinerary(PlotKind kind);
};

struct PlotStatuses
{
    static QList<PlotStatus> all();
    static QString code(PlotStatus status);
    static std::optional<PlotStatus> fromCode(const QString &code);
    static QString label(PlotStatus status);
};

} // namespace OpenMairie::Cimetiere
