#pragma once

#include "ArreteDraft.h"
#include "ArreteState.h"

#include <QDateTime>
#include <QJsonObject>

namespace OpenMairie::Reglement {

// One entry of the register as stored.
struct Arrete
{
    qint64 id = 0;
    qint64 collectiviteId = 0;
    int annee = 0;
    int rang = 0;
    QString numero; // "AAAA-NNNN"
    QDate dateSignature;
    QString objet;
    QString categorie;
    QString signataire;
    QDate datePublication;
    bool transmissionRequise = true;
    QDate dateTransmission;
    QDate dateNotification;
    QString reference;
    QString observations;
    QString visas;
    QString considerants;
    QString articles;
    ArreteState etat = ArreteState::Actif;
    QDate dateFin;   // abrogation or annulation
    QString motifFin;
    int version = 0;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;

    bool isActive() const { return etat == ArreteState::Actif; }
    ArreteDraft toDraft() const;
    // The business values, as the audit trail keeps them before and after a change (dates ISO).
    QJsonObject toAuditJson() const;
    // toAuditJson() plus the derived values (category label, exécutoire), for the CLI's --json.
    QJsonObject toJson() const;

    static QString formatNumero(int annee, int rang);
    // "2024-0012", "2024-12", "2024/12" or "2024 12" → year and rank; false if not a number.
    static bool parseNumero(const QString &text, int *annee, int *rang);
};

} // namespace OpenMairie::Reglement
