#include "ExecutoireStatus.h"

#include "ArreteCategory.h"
#include "FrenchDate.h"
#include "Tr.h"

#include <algorithm>

namespace OpenMairie::Reglement {

ExecutoireStatus ExecutoireStatus::of(const Arrete &a)
{
    ExecutoireStatus s;
    s.m_state = a.etat;
    s.m_endDate = a.dateFin;
    s.m_transmissionRequired = a.transmissionRequise;

    const ArreteCategory category = ArreteCategory::fromCode(a.categorie);
    const ActNature nature = category.isValid() ? category.nature() : ActNature::Mixte;
    QDate publicity;
    switch (nature) {
    case ActNature::Reglementaire:
        publicity = a.datePublication;
        if (!publicity.isValid())
            s.m_missing.append(Tr::tr("la publication ou l'affichage"));
        break;
    case ActNature::Individuelle:
        publicity = a.dateNotification;
        if (!publicity.isValid())
            s.m_missing.append(Tr::tr("la notification à l'intéressé"));
        break;
    case ActNature::Mixte:
        // Whichever came first made the act known to those it concerns.
        if (a.datePublication.isValid() && a.dateNotification.isValid())
            publicity = std::min(a.datePublication, a.dateNotification);
        else
            publicity = a.datePublication.isValid() ? a.datePublication : a.dateNotification;
        if (!publicity.isValid())
            s.m_missing.append(Tr::tr("la publication ou la notification"));
        break;
    }
    s.m_publicityDone = publicity.isValid();
    s.m_transmissionDone = a.dateTransmission.isValid();
    if (a.transmissionRequise && !s.m_transmissionDone)
        s.m_missing.append(Tr::tr("la transmission à la préfecture (contrôle de légalité)"));

    s.m_executoire = a.isActive() && s.m_missing.isEmpty();
    if (s.m_missing.isEmpty()) {
        s.m_since = publicity;
        if (a.transmissionRequise)
            s.m_since = std::max(publicity, a.dateTransmission);
    }
    return s;
}

ExecutoireStatus ExecutoireStatus::ofDraft(const ArreteDraft &draft)
{
    Arrete a;
    a.categorie = draft.categorie;
    a.datePublication = draft.datePublication;
    a.dateTransmission = draft.dateTransmission;
    a.dateNotification = draft.dateNotification;
    a.transmissionRequise = draft.transmissionRequise.value_or(
        ArreteCategory::fromCode(draft.categorie).transmissionByDefault());
    return of(a);
}

QString ExecutoireStatus::text() const
{
    switch (m_state) {
    case ArreteState::Abroge: return Tr::tr("Abrogé le %1").arg(Core::FrenchDate::format(m_endDate));
    case ArreteState::Annule: return Tr::tr("Annulé le %1").arg(Core::FrenchDate::format(m_endDate));
    case ArreteState::Actif: break;
    }
    if (m_executoire)
        return Tr::tr("Exécutoire depuis le %1").arg(Core::FrenchDate::format(m_since));
    return Tr::tr("Non exécutoire : il manque %1.").arg(m_missing.join(Tr::tr(" et ")));
}

QString ExecutoireStatus::shortText() const
{
    switch (m_state) {
    case ArreteState::Abroge: return Tr::tr("Abrogé");
    case ArreteState::Annule: return Tr::tr("Annulé");
    case ArreteState::Actif: break;
    }
    return m_executoire ? Tr::tr("Oui") : Tr::tr("Non");
}

} // namespace OpenMairie::Reglement
