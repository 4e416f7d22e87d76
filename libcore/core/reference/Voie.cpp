#include "Voie.h"

#include "FrenchDate.h"
#include "TextNormalizer.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::Voie)
};
} // namespace

QString Voie::displayName() const
{
    QStringList parts;
    for (const QString &p : {typeLibelle.toLower(), libelle, complement})
        if (!p.trimmed().isEmpty())
            parts.append(p.trimmed());
    return parts.join(u' ');
}

QJsonObject Voie::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("type"), typeCode},
            {QStringLiteral("libelle"), libelle},
            {QStringLiteral("complement"), complement},
            {QStringLiteral("nom_complet"), displayName()},
            {QStringLiteral("date_debut_validite"), FrenchDate::format(validity.debut)},
            {QStringLiteral("date_fin_validite"), FrenchDate::format(validity.fin)},
            {QStringLiteral("version"), version}};
}

bool VoieRange::overlaps(const VoieRange &other) const
{
    if (numeroFin < other.numeroDebut || other.numeroFin < numeroDebut)
        return false;
    // Two ranges on opposite sides of the street share no number.
    return side == Side::Tous || other.side == Side::Tous || side == other.side;
}

QString VoieRange::text() const
{
    return Tr::tr("du %1 au %2, %3").arg(numeroDebut).arg(numeroFin).arg(sideLabel(side));
}

QString VoieRange::sideCode(Side side)
{
    switch (side) {
    case Side::Pair: return QStringLiteral("pair");
    case Side::Impair: return QStringLiteral("impair");
    case Side::Tous: return QStringLiteral("tous");
    }
    return {};
}

bool VoieRange::parseSide(const QString &text, Side *side)
{
    const QString key = TextNormalizer::searchKey(text);
    if (key == u"PAIR" || key == u"P") {
        *side = Side::Pair;
    } else if (key == u"IMPAIR" || key == u"I") {
        *side = Side::Impair;
    } else if (key == u"TOUS" || key == u"T" || key.isEmpty() || key == u"LES DEUX COTES") {
        *side = Side::Tous;
    } else {
        return false;
    }
    return true;
}

QString VoieRange::sideLabel(Side side)
{
    switch (side) {
    case Side::Pair: return Tr::tr("côté pair");
    case Side::Impair: return Tr::tr("côté impair");
    case Side::Tous: return Tr::tr("les deux côtés");
    }
    return {};
}

} // namespace OpenMairie::Core
