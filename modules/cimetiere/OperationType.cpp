#include "Operation.h"

#include "Tr.h"

namespace OpenMairie::Cimetiere {

QList<OperationType> OperationTypes::all()
{
    return {OperationType::Inhumation, OperationType::Exhumation, OperationType::Reduction,
            OperationType::Transfert,  OperationType::DepotUrne,  OperationType::Dispersion};
}

QString OperationTypes::code(OperationType type)
{
    switch (type) {
    case OperationType::Inhumation:
        return QStringLiteral("inhumation");
    case OperationType::Exhumation:
        return QStringLiteral("exhumation");
    case OperationType::Reduction:
        return QStringLiteral("reduction");
    case OperationType::Transfert:
        return QStringLiteral("transfert");
    case OperationType::DepotUrne:
        return QStringLiteral("depot_urne");
    case OperationType::Dispersion:
        return QStringLiteral("dispersion");
    }
    return {};
}

std::optional<OperationType> OperationTypes::fromCode(const QString &code)
{
    for (OperationType t : all())
        if (OperationTypes::code(t) == code)
            return t;
    return std::nullopt;
}

QString OperationTypes::label(OperationType type)
{
    switch (type) {
    case OperationType::Inhumation:
        return Tr::tr("Inhumation");
    case OperationType::Exhumation:
        return Tr::tr("Exhumation");
    case OperationType::Reduction:
        return Tr::tr("Réduction / réunion de corps");
    case OperationType::Transfert:
        return Tr::tr("Transfert");
    case OperationType::DepotUrne:
        return Tr::tr("Dépôt d'urne");
    case OperationType::Dispersion:
        return Tr::tr("Dispersion des cendres");
    }
    return {};
}

bool OperationTypes::isExhumation(OperationType type)
{
    return type == OperationType::Exhumation || type == OperationType::Reduction || type == OperationType::Transfert;
}

} // namespace OpenMairie::Cimetiere
