#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace OpenMairie::Reglement {

// What an agent types for an arrêté: everything but its number, state and bookkeeping, which the
// service owns.
struct ArreteDraft
{
    QDate dateSignature;
    QString objet;
    QString categorie; // ArreteCategory code
    QString signataire;
    QDate datePublication;
    // Unset: the category's default (CGCT L2131-2).
    std::optional<bool> transmissionRequise;
    QDate dateTransmission;
    QDate dateNotification;
    QString reference;
    QString observations;
    // The text of the act: visas and considérants one per line, articles apart by an empty line.
    QString visas;
    QString considerants;
    QString articles;
};

} // namespace OpenMairie::Reglement
