#include "Arrete.h"

#include "ArreteCategory.h"
#include "ExecutoireStatus.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace OpenMairie::Reglement {

namespace {
QJsonValue isoDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

ArreteDraft Arrete::toDraft() const
{
    ArreteDraft d;
    d.dateSignature = dateSignature;
    d.objet = objet;
    d.categorie = categorie;
    d.signataire = signataire;
    d.datePublication = datePublication;
    d.transmissionRequise = transmissionRequise;
    d.dateTransmission = dateTransmission;
    d.dateNotification = dateNotification;
    d.reference = reference;
    d.observations = observations;
    d.visas = visas;
    d.considerants = considerants;
    d.articles = articles;
    return d;
}

QJsonObject Arrete::toAuditJson() const
{
    return {
        {QStringLiteral("numero"), numero},
        {QStringLiteral("date_signature"), isoDate(dateSignature)},
        {QStringLiteral("objet"), objet},
        {QStringLiteral("categorie"), categorie},
        {QStringLiteral("signataire"), signataire},
        {QStringLiteral("date_publication"), isoDate(datePublication)},
        {QStringLiteral("transmission_requise"), transmissionRequise},
        {QStringLiteral("date_transmission"), isoDate(dateTransmission)},
        {QStringLiteral("date_notification"), isoDate(dateNotification)},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("observations"), observations},
        {QStringLiteral("visas"), visas},
        {QStringLiteral("considerants"), considerants},
        {QStringLiteral("articles"), articles},
        {QStringLiteral("etat"), stateCode(etat)},
        {QStringLiteral("date_fin"), isoDate(dateFin)},
        {QStringLiteral("motif_fin"), motifFin},
        {QStringLiteral("version"), version},
    };
}

QJsonObject Arrete::toJson() const
{
    QJsonObject o = toAuditJson();
    const ExecutoireStatus status = ExecutoireStatus::of(*this);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("categorie_libelle"), ArreteCategory::labelOf(categorie));
    o.insert(QStringLiteral("etat_libelle"), stateLabel(etat));
    o.insert(QStringLiteral("executoire"), status.isExecutoire());
    o.insert(QStringLiteral("executoire_depuis"), isoDate(status.since()));
    o.insert(QStringLiteral("executoire_texte"), status.text());
    o.insert(QStringLiteral("formalites_manquantes"), QJsonArray::fromStringList(status.missingSteps()));
    return o;
}

QString Arrete::formatNumero(int annee, int rang)
{
    return QStringLiteral("%1-%2").arg(annee, 4, 10, QLatin1Char('0')).arg(rang, 4, 10, QLatin1Char('0'));
}

bool Arrete::parseNumero(const QString &text, int *annee, int *rang)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{4})\s*[-/ ]\s*(\d{1,4})\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const int y = m.captured(1).toInt();
    const int r = m.captured(2).toInt();
    if (r < 1)
        return false;
    *annee = y;
    *rang = r;
    return true;
}

} // namespace OpenMairie::Reglement
