#include "Mouvement.h"

#include "ElecDeadlines.h"
#include "Tr.h"

namespace OpenMairie::Elec {

const QString MouvementEtat::EnInstruction = QStringLiteral("en_instruction");
const QString MouvementEtat::Accepte = QStringLiteral("accepte");
const QString MouvementEtat::Refuse = QStringLiteral("refuse");
const QString MouvementEtat::Transmis = QStringLiteral("transmis");
const QString MouvementEtat::Applique = QStringLiteral("applique");

QString MouvementEtat::label(const QString &etat)
{
    if (etat == EnInstruction)
        return Tr::tr("en instruction");
    if (etat == Accepte)
        return Tr::tr("accepté");
    if (etat == Refuse)
        return Tr::tr("refusé");
    if (etat == Transmis)
        return Tr::tr("transmis au REU");
    if (etat == Applique)
        return Tr::tr("appliqué");
    return etat;
}

QDate Mouvement::prochaineEcheance(QString *objet) const
{
    const auto answer = [objet](const QDate &date, const QString &what) {
        if (objet)
            *objet = what;
        return date;
    };
    if (etat == MouvementEtat::EnInstruction) {
        if (type.contradictoire) {
            if (!dateAvisContradictoire.isValid())
                return answer({}, Tr::tr("aviser l'électeur (procédure contradictoire)"));
            return answer(ElecDeadlines::contradictoryEnd(dateAvisContradictoire),
                          Tr::tr("fin du délai de réponse de 15 jours"));
        }
        return answer(ElecDeadlines::decisionDeadline(dateDemande), Tr::tr("décision"));
    }
    if ((etat == MouvementEtat::Accepte || etat == MouvementEtat::Refuse || etat == MouvementEtat::Transmis)
        && !dateNotification.isValid())
        return answer(ElecDeadlines::notificationDeadline(dateDecision), Tr::tr("notification"));
    if (etat == MouvementEtat::Accepte && !dateTransmission.isValid())
        return answer(ElecDeadlines::transmissionDeadline(dateDecision), Tr::tr("transmission au REU"));
    if (etat == MouvementEtat::Transmis)
        return answer({}, Tr::tr("application à la liste"));
    return answer({}, {});
}

} // namespace OpenMairie::Elec
