#include "ElecLinks.h"

namespace OpenMairie::Elec {

namespace {
const QString kElecteurPrefix = QStringLiteral("electeur:");
const QString kInscription = QStringLiteral("inscription");
} // namespace

const QString ElecLinks::kListeEntry = QStringLiteral("elec.electeurs");
const QString ElecLinks::kMouvementsEntry = QStringLiteral("elec.mouvements");
const QString ElecLinks::kBureauxEntry = QStringLiteral("elec.bureaux");

Core::RecordLink ElecLinks::electeur(qint64 id)
{
    return {kListeEntry, kElecteurPrefix + QString::number(id)};
}

Core::RecordLink ElecLinks::mouvements()
{
    return {kMouvementsEntry, {}};
}

Core::RecordLink ElecLinks::nouvelleInscription()
{
    return {kListeEntry, kInscription};
}

qint64 ElecLinks::electeurIdOf(const QString &target)
{
    if (!target.startsWith(kElecteurPrefix))
        return 0;
    bool ok = false;
    const qint64 id = target.mid(kElecteurPrefix.size()).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

bool ElecLinks::isNouvelleInscription(const QString &target)
{
    return target == kInscription;
}

} // namespace OpenMairie::Elec
