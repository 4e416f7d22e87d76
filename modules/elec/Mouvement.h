#pragma once

#include "Electeur.h"

#include <QDate>
#include <QList>
#include <QString>

namespace OpenMairie::Elec {

// A type of mouvement (elec_type_mouvement): a legal motif of inscription, modification or radiation.
struct TypeMouvement
{
    qint64 id = 0;
    QString code;
    QString libelle;
    QString categorie; // inscription, modification, radiation
    bool l30 = false;
    bool contradictoire = false;
    bool provenanceRequise = false;
    bool nouvelleCarte = true;
};

// The life of a mouvement: en instruction → accepté or refusé → transmis (to the REU) → appliqué
// (the list changes). A refused mouvement stops there.
struct MouvementEtat
{
    static const QString EnInstruction;
    static const QString Accepte;
    static const QString Refuse;
    static const QString Transmis;
    static const QString Applique;
    static QString label(const QString &etat); // "en instruction"...
};

struct Mouvement
{
    qint64 id = 0;
    TypeMouvement type;
    QString liste;
    qint64 electeurId = 0;
    QDate dateDemande;
    QString provenance = QStringLiteral("mairie");
    QString communeProvenance;
    QString pieces;
    Electeur donnees; // the elector as he will be (inscription, modification)
    qint64 ancienBureauId = 0;
    qint64 nouveauBureauId = 0;
    QString etat = MouvementEtat::EnInstruction;
    QDate dateAvisContradictoire;
    QDate dateDecision;
    QString decidePar;
    QString motifDecision;
    QDate dateNotification;
    QDate dateTransmission;
    QString statutTransmission;
    QDate dateApplication;
    QString observations;
    int version = 0;
    QString electeurNom; // read only: for lists and the dashboard
    // Not stored: what the agent should know about the demand just saved (late for a scrutin...).
    QString avertissement;

    // The next legal deadline still open for this mouvement, and what it is for.
    QDate prochaineEcheance(QString *objet = nullptr) const;
};

// One step of a mouvement's history (elec_mouvement_historique).
struct MouvementEtape
{
    qint64 mouvementId = 0;
    QString typeCode;
    QString typeLibelle;
    QString etat;
    QDate date;
    QString par;
    QString commentaire;
};

} // namespace OpenMairie::Elec
