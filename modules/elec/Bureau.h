#pragma once

#include <QString>

namespace OpenMairie::Elec {

// A bureau de vote (R40): 4-digit code, libellé, place of voting, canton, circonscription.
struct Bureau
{
    qint64 id = 0;
    QString code;
    QString libelle;
    QString adresseLieu;
    QString cantonCode;
    QString circonscriptionCode;
    int version = 0;
    int inscrits = 0; // read only: inscrits on the list asked for
};

// A range of a street given to a bureau (elec_decoupage).
struct Plage
{
    qint64 id = 0;
    qint64 voieId = 0;
    QString voieLibelle; // read only
    int numeroDebut = 0;
    int numeroFin = 0;
    QString cote = QStringLiteral("tous"); // pair, impair, tous
    qint64 bureauId = 0;
    QString bureauCode; // read only
    int version = 0;
    int electeurs = 0; // read only: inscrits living in the range
};

// One elector whose bureau the découpage changes (the redécoupage preview).
struct ChangementBureau
{
    qint64 electeurId = 0;
    QString liste;
    QString nom;
    QString adresse;
    qint64 ancienBureauId = 0;
    QString ancienBureau;
    qint64 nouveauBureauId = 0;
    QString nouveauBureau;
};

} // namespace OpenMairie::Elec
