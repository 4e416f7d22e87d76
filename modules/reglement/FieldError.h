#pragma once

#include <QList>
#include <QString>

namespace OpenMairie::Reglement {

// The fields of an arrêté that a rule can refuse; the form shows each message under its field.
enum class ArreteField {
    DateSignature,
    Objet,
    Categorie,
    Signataire,
    DatePublication,
    DateTransmission,
    DateNotification,
    Reference,
    Observations,
    DateFin,
    MotifFin,
};

struct FieldError
{
    ArreteField field;
    QString message;
};

using FieldErrors = QList<FieldError>;

} // namespace OpenMairie::Reglement
