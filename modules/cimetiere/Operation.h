#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OpenMairie::Cimetiere {

enum class OperationType { Inhumation, Exhumation, Reduction, Transfert, DepotUrne, Dispersion };

struct OperationTypes
{
    static QList<OperationType> all();
    static QString code(OperationType type);
    static std::optional<OperationType> fromCode(const QString &code);
    static QString label(OperationType type);
    // Exhumation, réduction and transfert take remains out of a grave: R2213-40 applies.
    static bool isExhumation(OperationType type);
};

// What the agent enters. `emplacementId` is the plot concerned: where the body goes for an
// inhumation, a dépôt d'urne or a dispersion, where it comes from for an exhumation, a réduction
// or a transfert (whose destination is destinationId, or another commune).
struct OperationDraft
{
    OperationType type = OperationType::Inhumation;
    QDate date;
    QString heure; // "14:30"
    qint64 emplacementId = 0;
    qint64 destinationId = 0;
    QString destinationExterne;
    qint64 entrepriseId = 0;
    QList<qint64> defuntIds;
    QString demandeurNom;
    QString demandeurQualite;
    bool declarationHonneur = false;
    QString droitSepulture; // deces, domicile, sepulture_famille, liste_electorale (L2223-3)
    bool consentementTitulaire = false;
    QString observations;
};

struct Operation
{
    qint64 id = 0;
    QString numero; // "2026-0007"
    OperationType type = OperationType::Inhumation;
    QString etat = QStringLiteral("en_cours"); // en_cours, validee, annulee
    QDate date;
    QString heure;
    qint64 emplacementId = 0;
    qint64 destinationId = 0;
    QString destinationExterne;
    qint64 entrepriseId = 0;
    QList<qint64> defuntIds;
    QString demandeurNom;
    QString demandeurQualite;
    bool declarationHonneur = false;
    QString droitSepulture;
    bool consentementTitulaire = false;
    // The legal-delay warnings given when it was created (kept on the file).
    QStringList avertissements;
    QString observations;
    QDate dateValidation;
    int version = 0;
    QString updatedBy;
    QVariant updatedAt;
};

} // namespace OpenMairie::Cimetiere
