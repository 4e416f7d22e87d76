#pragma once

#include "Occupancy.h"

#include <QDate>
#include <QString>
#include <QVariant>

namespace OpenMairie::Cimetiere {

struct Deceased
{
    qint64 id = 0;
    qint64 emplacementId = 0; // 0: not (or no longer) in a plot
    QString civilite;
    QString nom;
    QString nomUsage;
    QString prenoms;
    QDate dateNaissance;
    QString lieuNaissance;
    QDate dateDeces;
    QString lieuDeces;
    QDate dateInhumation;
    BodyKind nature = BodyKind::Cercueil;
    QString etat = QStringLiteral("a_inhumer"); // a_inhumer, inhume, exhume, transfere, disperse
    QDate dateExhumation;
    QDate dateReduction;
    qint64 verrouOperationId = 0;
    QString observations;
    int version = 0;
    QString updatedBy;
    QVariant updatedAt;

    // "DUPONT (MARTIN) Jeanne"
    QString displayName() const;
};

} // namespace OpenMairie::Cimetiere
