#include "PlotKind.h"

#include "Tr.h"

namespace OpenMairie::Cimetiere {

QList<PlotKind> PlotKinds::all()
{
    return {PlotKind::Concession, PlotKind::Columbarium, PlotKind::Cavurne,     PlotKind::Enfeu,
            PlotKind::TerrainCommun, PlotKind::Ossuaire, PlotKind::Depositoire, PlotKind::JardinSouvenir};
}

QString PlotKinds::code(PlotKind kind)
{
    switch (kind) {
    case PlotKind::Concession:
        return QStringLiteral("concession");
    case PlotKind::Columbarium:
        return QStringLiteral("columbarium");
    case PlotKind::Cavurne:
        return QStringLiteral("cavurne");
    case PlotKind::Enfeu:
        return QStringLiteral("enfeu");
    case PlotKind::TerrainCommun:
        return QStringLiteral("terrain_commun");
    case PlotKind::Ossuaire:
        return QStringLiteral("ossuaire");
    case PlotKind::Depositoire:
        return QStringLiteral("depositoire");
    case PlotKind::JardinSouvenir:
        return QStringLiteral("jardin_souvenir");
    }
    return {};
}

std::optional<PlotKind> PlotKinds::fromCode(const QString &code)
{
    for (PlotKind k : all())
        if (PlotKinds::code(k) == code)
            return k;
    return std::nullopt;
}

QString PlotKinds::label(PlotKind kind)
{
    switch (kind) {
    case PlotKind::Concession:
        return Tr::tr("Concession (terrain)");
    case PlotKind::Columbarium:
        return Tr::tr("Case de columbarium");
    case PlotKind::Cavurne:
        return Tr::tr("Cavurne");
    case PlotKind::Enfeu:
        return Tr::tr("Enfeu");
    case PlotKind::TerrainCommun:
        return Tr::tr("Terrain commun");
    case PlotKind::Ossuaire:
        return Tr::tr("Ossuaire");
    case PlotKind::Depositoire:
        return Tr::tr("Caveau provisoire (dépositoire)");
    case PlotKind::JardinSouvenir:
        return Tr::tr("Jardin du souvenir");
    }
    return {};
}

bool PlotKinds::isConcedable(PlotKind kind)
{
    return kind == PlotKind::Concession || kind == PlotKind::Columbarium || kind == PlotKind::Cavurne
           || kind == PlotKind::Enfeu;
}

bool PlotKinds::isCinerary(PlotKind kind)
{
    return kind == PlotKind::Columbarium || kind == PlotKind::Cavurne || kind == PlotKind::JardinSouvenir;
}

QList<PlotStatus> PlotStatuses::all()
{
    return {PlotStatus::Libre, PlotStatus::Reserve, PlotStatus::Occupe, PlotStatus::Bloque, PlotStatus::EnProcedure};
}

QString PlotStatuses::code(PlotStatus status)
{
    switch (status) {
    case PlotStatus::Libre:
        return QStringLiteral("libre");
    case PlotStatus::Reserve:
        return QStringLiteral("reserve");
    case PlotStatus::Occupe:
        return QStringLiteral("occupe");
    case PlotStatus::Bloque:
        return QStringLiteral("bloque");
    case PlotStatus::EnProcedure:
        return QStringLiteral("en_procedure");
    }
    return {};
}

std::optional<PlotStatus> PlotStatuses::fromCode(const QString &code)
{
    for (PlotStatus s : all())
        if (PlotStatuses::code(s) == code)
            return s;
    return std::nullopt;
}

QString PlotStatuses::label(PlotStatus status)
{
    switch (status) {
    case PlotStatus::Libre:
        return Tr::tr("Libre");
    case PlotStatus::Reserve:
        return Tr::tr("Réservé");
    case PlotStatus::Occupe:
        return Tr::tr("Occupé");
    case PlotStatus::Bloque:
        return Tr::tr("Bloqué");
    case PlotStatus::EnProcedure:
        return Tr::tr("En procédure");
    }
    return {};
}

} // namespace OpenMairie::Cimetiere
