#pragma once

#include <QString>

namespace OpenMairie::Cimetiere {

// Amounts are whole cents: a titre de recette never carries a floating-point rounding.
class Money
{
public:
    // "1 234,56 €" (narrow no-break space between thousands, as French invoices print it).
    static QString format(qint64 cents);
    // "1234,56", "1 234.5", "80" → cents; -1 when the text is not an amount.
    static qint64 parse(const QString &text);
};

} // namespace OpenMairie::Cimetiere
