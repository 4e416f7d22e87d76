#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace OpenMairie::Cimetiere {

// The duration categories of CGCT L2223-14. Centenaires are no longer granted (ordonnance 59-33)
// but old titles still run and are imported.
enum class DurationCategory { Temporaire, Trentenaire, Cinquantenaire, Centenaire, Perpetuelle };

// A concession's duration: its category and, for a temporary one, its years (5 to 15).
struct ConcessionDuration
{
    DurationCategory category = DurationCategory::Trentenaire;
    int years = 30; // 0 for a perpetual concession

    static constexpr int kTemporaryMin = 5;
    static constexpr int kTemporaryMax = 15;

    // "temporaire", "trentenaire"... and back; nullopt for an unknown code.
    static QString code(DurationCategory category);
    static std::optional<DurationCategory> categoryFromCode(const QString &code);
    static QString label(DurationCategory category);
    static QList<DurationCategory> all();

    // The duration of a category: fixed years, or `temporaryYears` for a temporary one. Refused
    // with a French message (temporary outside 5–15 years, unknown code).
    static Core::Result<ConcessionDuration> make(DurationCategory category, int temporaryYears = 0);
    static Core::Result<ConcessionDuration> fromCode(const QString &code, int temporaryYears = 0);

    bool isPerpetual() const { return category == DurationCategory::Perpetuelle; }
    // For a new grant: centenaires are no longer offered.
    Core::Status checkGrantable() const;
    // The day the concession ends: start + years (a 29 February start ends on 28 February of a
    // non-leap year). Invalid QDate for a perpetual concession: it has no end.
    QDate endDate(const QDate &start) const;
    // "trentenaire (30 ans)", "temporaire (15 ans)", "perpétuelle".
    QString text() const;
    // Longer than `other`: a perpetual one is longer than any other.
    bool isLongerThan(const ConcessionDuration &other) const;

    friend bool operator==(const ConcessionDuration &, const ConcessionDuration &) = default;
};

} // namespace OpenMairie::Cimetiere
