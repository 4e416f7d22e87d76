#pragma once

#include <QString>

namespace OpenMairie::Elec {

// What the elector list shows: one list, optionally one bureau and one situation, and the text
// typed in the search box (nom, prénom, date of birth, INE).
struct ElecteurFilter
{
    QString liste = QStringLiteral("LP");
    qint64 bureauId = 0;   // 0: every bureau
    QString situation;     // empty: inscrits and radiés
    QString texte;
};

// Where a page of the alphabetical list ends: the next page starts after it (keyset paging, so
// that page 30 000 costs what page 1 costs).
struct ElecteurCursor
{
    QString cleTri;
    qint64 id = 0;
    bool isStart() const { return id == 0; }
};

} // namespace OpenMairie::Elec
