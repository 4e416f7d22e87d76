#pragma once

#include "Validity.h"

#include <QJsonObject>
#include <QString>

namespace OpenMairie::Core {

// A street of the commune (openElec's voie): the address of electors, the découpage by bureau.
struct OPENMAIRIE_CORE_EXPORT Voie
{
    qint64 id = 0;
    QString code;        // the commune's own code, "0012" or "RUE-REP"
    QString typeCode;    // voie_type.code: "RUE", "AV"...; may be empty (a lieu-dit without type)
    QString typeLibelle; // "rue"
    QString libelle;     // "de la République"
    QString complement;  // "prolongée", "(hameau des Saintes)"
    Validity validity;
    int version = 0;

    // "rue de la République prolongée", as printed on a card or a list.
    QString displayName() const;
    QJsonObject toJson() const;
};

// A number range of a street: from numero_debut to numero_fin, on the even side, the odd side or both.
struct OPENMAIRIE_CORE_EXPORT VoieRange
{
    enum class Side { Pair, Impair, Tous };

    qint64 id = 0;
    qint64 voieId = 0;
    int numeroDebut = 0;
    int numeroFin = 0;
    Side side = Side::Tous;
    int version = 0;

    bool overlaps(const VoieRange &other) const;
    // "du 1 au 99, côté impair"
    QString text() const;

    static QString sideCode(Side side);     // "pair", "impair", "tous"
    static bool parseSide(const QString &text, Side *side);
    static QString sideLabel(Side side);    // "côté pair", "côté impair", "les deux côtés"
};

} // namespace OpenMairie::Core
