#pragma once

#include "Result.h"

#include <QDate>

namespace OpenMairie::Core {

// The validity period of a reference value (openCimetière's rule): offered in pick lists from
// date_debut_validite (empty: always) until the day before date_fin_validite (empty: no end).
// A retired value stays on the records that use it.
struct OPENMAIRIE_CORE_EXPORT Validity
{
    QDate debut;
    QDate fin;

    bool isOfferedAt(const QDate &date) const;
    bool isRetiredAt(const QDate &date) const { return fin.isValid() && fin <= date; }
    // "depuis le 01/01/2020", "retiré le 21/02/2012"...
    QString text() const;
    // Refuses an end before the start (French message naming `what`).
    Status check(const QString &what) const;

    // SQL condition on date_debut_validite / date_fin_validite; binds the date twice.
    static QString offeredCondition();
};

} // namespace OpenMairie::Core
