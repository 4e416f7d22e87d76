#pragma once

#include "ConcessionDuration.h"
#include "PlotKind.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace OpenMairie::Cimetiere {

// Concessionnaire, ayant droit (with kinship), named beneficiary of a collective concession, or a
// person the title explicitly excludes.
struct Person
{
    qint64 id = 0;
    QString role = QStringLiteral("concessionnaire"); // concessionnaire, ayant_droit, beneficiaire, exclu
    QString civilite;
    QString nom;
    QString nomUsage;
    QString prenoms;
    QDate dateNaissance;
    QString adresse;
    QString codePostal;
    QString ville;
    QString telephone;
    bool decede = false;
    QString parente;

    QString displayName() const;
};

struct Concession
{
    qint64 id = 0;
    qint64 emplacementId = 0;
    QString numeroTitre;
    QString origine = QStringLiteral("attribution"); // attribution, renouvellement, conversion, reprise_donnees
    qint64 precedenteId = 0;
    ConcessionDuration duree;
    QDate dateDebut;
    QDate dateFin; // invalid: perpetual
    QString typeBeneficiaires = QStringLiteral("familiale"); // individuelle, collective, familiale
    qint64 tarifId = 0;
    qint64 montantCentimes = 0;
    qint64 creditCentimes = 0;
    // The computation shown to the agent and printed on the title (conversion, rétrocession).
    QString calcul;
    QString referencePaiement;
    QString etat = QStringLiteral("active"); // active, renouvelee, convertie, retrocedee, terminee
    QDate dateEtat;
    qint64 remboursementCentimes = 0;
    QString observations;
    int version = 0;
    QString updatedBy;
    QVariant updatedAt;
    QList<Person> personnes;
};

struct Tariff
{
    qint64 id = 0;
    qint64 cimetiereId = 0;
    PlotKind nature = PlotKind::Concession;
    ConcessionDuration duree;
    qint64 montantCentimes = 0;
    QString deliberation;
    QDate debut;
    QDate fin;
};

// A new title. `historique` is the capture of an existing title (import, first entry): its dates
// may be old, its duration a legacy centenaire, and its amount the one paid then, without tariff.
struct GrantRequest
{
    qint64 emplacementId = 0;
    QString numeroTitre;
    ConcessionDuration duree;
    QDate dateDebut;
    QString typeBeneficiaires = QStringLiteral("familiale");
    QString referencePaiement;
    QString observations;
    QList<Person> personnes;
    bool historique = false;
    qint64 montantHistoriqueCentimes = 0;
};

// Renewal and conversion both issue a new title linked to the previous one.
struct NewTitleRequest
{
    QString numeroTitre;
    ConcessionDuration duree;
    QString referencePaiement;
};

// A line of the "échéances" list: a title that ends before a date.
struct Expiry
{
    qint64 concessionId = 0;
    qint64 emplacementId = 0;
    QString numeroTitre;
    QString cimetiere;
    QString emplacement;
    QString concessionnaire;
    QString duree;
    QDate dateFin;
    // Last day of the renewal window (end + 2 years): after it the commune may take the ground back.
    QDate renouvelableJusquAu;
};

} // namespace OpenMairie::Cimetiere
