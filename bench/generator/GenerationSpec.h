#pragma once

#include <QDate>
#include <QString>

namespace OpenMairie::Bench {

// What to generate. Sizes left at 0 follow the number of electors as in a real commune
// (one street per ~60 electors, one bureau per ~1 000, one plot per ~4 electors).
struct GenerationSpec
{
    quint64 seed = 1;
    int electeurs = 1000;
    int voies = 0;
    int bureaux = 0;
    int emplacements = 0;
    int cimetieres = 0;
    QString codeInsee = QStringLiteral("13004");
    // The "today" of the generated data: fixed, never the clock, so that a seed gives the same files
    // whatever the day.
    QDate reference = QDate(2026, 1, 1);

    int effectiveVoies() const { return voies > 0 ? voies : std::max(10, electeurs / 60); }
    int effectiveBureaux() const { return bureaux > 0 ? bureaux : std::clamp(electeurs / 1000, 1, 9999); }
    int effectiveEmplacements() const { return emplacements > 0 ? emplacements : std::max(20, electeurs / 4); }
    int effectiveCimetieres() const { return cimetieres > 0 ? cimetieres : std::clamp(effectiveEmplacements() / 5000 + 1, 1, 8); }
};

} // namespace OpenMairie::Bench
