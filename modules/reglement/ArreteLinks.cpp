#include "ArreteLinks.h"

#include "Tr.h"

namespace OpenMairie::Reglement {

namespace {
const QString kArretePrefix = QStringLiteral("arrete:");
const QString kNouveau = QStringLiteral("nouveau");
constexpr int kObjetLength = 70;
} // namespace

const QString ArreteLinks::kEntryId = QStringLiteral("reglement.arretes");

Core::RecordLink ArreteLinks::registre()
{
    return {kEntryId, {}};
}

Core::RecordLink ArreteLinks::open(qint64 id)
{
    return {kEntryId, kArretePrefix + QString::number(id)};
}

Core::RecordLink ArreteLinks::newArrete()
{
    return {kEntryId, kNouveau};
}

qint64 ArreteLinks::idOf(const QString &target)
{
    if (!target.startsWith(kArretePrefix))
        return 0;
    bool ok = false;
    const qint64 id = target.mid(kArretePrefix.size()).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

bool ArreteLinks::isNewArrete(const QString &target)
{
    return target == kNouveau;
}

QString ArreteLinks::title(const Arrete &arrete)
{
    return Tr::tr("Arrêté n° %1").arg(arrete.numero);
}

QString ArreteLinks::subtitle(const Arrete &arrete)
{
    QString objet = arrete.objet.simplified();
    if (objet.size() > kObjetLength)
        objet = objet.left(kObjetLength - 1).trimmed() + QStringLiteral("…");
    QString text = Tr::tr("%1 — signé le %2").arg(objet, arrete.dateSignature.toString(QStringLiteral("dd/MM/yyyy")));
    if (!arrete.isActive())
        text += QStringLiteral(" (") + stateLabel(arrete.etat).toLower() + u')';
    return text;
}

} // namespace OpenMairie::Reglement
