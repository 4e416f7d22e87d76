#pragma once

#include "PlotKind.h"

#include <QDate>
#include <QString>

namespace OpenMairie::Cimetiere {

struct Cemetery
{
    qint64 id = 0;
    QString nom;
    QString adresse;
    QString codePostal;
    QString ville;
    QString observations;
    int version = 0;
};

// A numbered plot with its place in the hierarchy (names read with it for lists and the plan).
struct Plot
{
    qint64 id = 0;
    qint64 cimetiereId = 0;
    qint64 alleeId = 0;
    QString cimetiere;
    QString zone;
    QString allee;
    int numero = 0;
    QString complement;
    PlotKind nature = PlotKind::Concession;
    PlotStatus statut = PlotStatus::Libre;
    int places = 1;
    double occupation = 0;
    double surfaceM2 = 0;
    QString famille;
    double x = 0;
    double y = 0;
    double largeur = 1;
    double hauteur = 2;
    QString observations;
    // The active concession's duration code ("" without one): the plan colours by it.
    QString dureeConcession;
    QDate finConcession;
    int version = 0;

    // "Carré A, allée 3, n° 12 bis"
    QString location() const;
};

// What an agent types to create one plot.
struct PlotDraft
{
    qint64 alleeId = 0;
    int numero = 0;
    QString complement;
    PlotKind nature = PlotKind::Concession;
    int places = 1;
    double surfaceM2 = 0;
    double x = 0;
    double y = 0;
    double largeur = 1;
    double hauteur = 2;
    QString famille;
    QString observations;
};

// Batch creation (« Groupe » of Win-Cim): numbers first..last in one allée, laid out in a row from
// (x, y) every `pas` metres; numbers already used are refused as a whole.
struct PlotBatch
{
    qint64 alleeId = 0;
    int premier = 1;
    int dernier = 1;
    PlotKind nature = PlotKind::Concession;
    int places = 1;
    double surfaceM2 = 2;
    double x = 0;
    double y = 0;
    double pasX = 1.5;
    double pasY = 0;
    double largeur = 1;
    double hauteur = 2;
};

} // namespace OpenMairie::Cimetiere
