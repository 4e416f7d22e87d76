#pragma once

#include "Arrete.h"

#include <QStringList>

namespace OpenMairie::Reglement {

// Whether an arrêté applies (CGCT L2131-1): brought to the knowledge of those concerned
// (publication or posting for a regulatory act, notification for an individual one) and, when
// L2131-2 requires it, transmitted to the préfet. It applies from the last of these dates.
class ExecutoireStatus
{
public:
    static ExecutoireStatus of(const Arrete &arrete);
    static ExecutoireStatus ofDraft(const ArreteDraft &draft);

    bool isExecutoire() const { return m_executoire; }
    QDate since() const { return m_since; }
    // The formalities still to do, each as a French phrase ("la transmission à la préfecture").
    const QStringList &missingSteps() const { return m_missing; }
    bool publicityDone() const { return m_publicityDone; }
    bool transmissionDone() const { return m_transmissionDone; }
    bool transmissionRequired() const { return m_transmissionRequired; }

    // "Exécutoire depuis le 05/03/2024", "Non exécutoire : il manque …", "Abrogé le 01/02/2025".
    QString text() const;
    // For a table cell: "Oui", "Non", "Abrogé", "Annulé".
    QString shortText() const;

private:
    bool m_executoire = false;
    bool m_publicityDone = false;
    bool m_transmissionDone = false;
    bool m_transmissionRequired = true;
    QDate m_since;
    QStringList m_missing;
    ArreteState m_state = ArreteState::Actif;
    QDate m_endDate;
};

} // namespace OpenMairie::Reglement
