#pragma once

#include "DataSourceSchema.h"

#include <QDate>
#include <QVariant>

#include <optional>

namespace OpenMairie::Documents {

// Writes values the way French administrative documents do: 12/03/2026, « 1er mars 2026 »,
// 1 234,50 €, oui / non.
class OPENMAIRIE_CORE_EXPORT FieldFormatter
{
public:
    enum class Style {
        Default,
        Long, // dates in words: « 12 mars 2026 »
    };

    static QString format(const QVariant &value, FieldType type, Style style = Style::Default);
    static QString formatDate(const QDate &date, Style style = Style::Default);
    static QString formatNumber(double value, FieldType type);

    // Dates come as QDate, QDateTime or ISO text (SQLite): all are accepted.
    static QDate toDate(const QVariant &value);
    static std::optional<double> toNumber(const QVariant &value);
};

} // namespace OpenMairie::Documents
