#pragma once

#include "Arrete.h"
#include "FieldError.h"

#include "Result.h"

namespace OpenMairie::Reglement {

// The rules an arrêté must follow before it is written, each refusal in French under its field.
// Pure functions of the input and of today's date: the form runs them as the agent types, the
// service runs them again before writing.
class ArreteValidator
{
public:
    static constexpr int kObjetMaxLength = 2000;
    static constexpr int kSignataireMaxLength = 200;
    static constexpr int kReferenceMaxLength = 100;
    static constexpr int kObservationsMaxLength = 4000;
    static constexpr int kMotifMaxLength = 2000;
    static constexpr int kFirstYear = 1900;

    // numberYear: the year of the number already given (on update); the signature date must stay
    // in it, since the number says the year. 0 on creation.
    static FieldErrors validate(const ArreteDraft &draft, const QDate &today, int numberYear = 0);
    // Abrogation or annulation of an act in force.
    static FieldErrors validateEnd(const Arrete &arrete, ArreteState target, const QDate &date, const QString &motif,
                                   const QDate &today);

    // One error for the service's caller: the single message, or the heading and the list of them.
    static Core::Error toError(const FieldErrors &errors, const QString &heading = {});
    static QString messageFor(const FieldErrors &errors, ArreteField field);
};

} // namespace OpenMairie::Reglement
