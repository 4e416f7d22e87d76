#include "StaleRecord.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::StaleRecord)
};
} // namespace

Error StaleRecord::error(const QString &what)
{
    return Error(Tr::tr("Modification refusée : quelqu'un d'autre a modifié %1 depuis son affichage. Rouvrez la "
                        "fiche pour voir sa valeur actuelle, puis refaites votre modification.").arg(what),
                 {}, Error::Kind::Conflict);
}

} // namespace OpenMairie::Core
