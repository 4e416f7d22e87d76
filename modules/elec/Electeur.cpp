#include "Electeur.h"

#include "Tr.h"

namespace OpenMairie::Elec {

const QStringList &Liste::codes()
{
    static const QStringList list{QStringLiteral("LP"), QStringLiteral("LCE"), QStringLiteral("LCM")};
    return list;
}

bool Liste::isValid(const QString &code)
{
    return codes().contains(code);
}

bool Liste::isComplementaire(const QString &code)
{
    return code == u"LCE" || code == u"LCM";
}

QString Liste::label(const QString &code)
{
    if (code == u"LP")
        return Tr::tr("liste principale");
    if (code == u"LCE")
        return Tr::tr("liste complémentaire européenne");
    if (code == u"LCM")
        return Tr::tr("liste complémentaire municipale");
    return code;
}

QString naissanceModeCode(NaissanceMode mode)
{
    switch (mode) {
    case NaissanceMode::France:
        return QStringLiteral("france");
    case NaissanceMode::Etranger:
        return QStringLiteral("etranger");
    case NaissanceMode::Algerie:
        return QStringLiteral("algerie");
    }
    return QStringLiteral("france");
}

bool parseNaissanceMode(const QString &code, NaissanceMode *mode)
{
    for (NaissanceMode m : {NaissanceMode::France, NaissanceMode::Etranger, NaissanceMode::Algerie})
        if (naissanceModeCode(m) == code) {
            *mode = m;
            return true;
        }
    return false;
}

QString Electeur::displayName() const
{
    QString name = nomNaissance;
    if (!nomUsage.isEmpty() && nomUsage != nomNaissance)
        name += (sexe == u"F" ? Tr::tr(" épouse ") : Tr::tr(" époux ")) + nomUsage;
    return name + u' ' + prenoms;
}

QString Electeur::adresse() const
{
    QStringList parts;
    if (numeroVoie > 0)
        parts.append(complementNumero.isEmpty() ? QString::number(numeroVoie)
                                                : QString::number(numeroVoie) + u' ' + complementNumero);
    if (!voieLibelle.isEmpty())
        parts.append(voieLibelle);
    if (!complementAdresse.isEmpty())
        parts.append(complementAdresse);
    return parts.join(u' ');
}

QJsonObject Electeur::toJson() const
{
    return QJsonObject{
        {QStringLiteral("liste"), liste},
        {QStringLiteral("ine"), ine},
        {QStringLiteral("civilite"), civilite},
        {QStringLiteral("nom_naissance"), nomNaissance},
        {QStringLiteral("nom_usage"), nomUsage},
        {QStringLiteral("prenoms"), prenoms},
        {QStringLiteral("sexe"), sexe},
        {QStringLiteral("date_naissance"), dateNaissance.toString(Qt::ISODate)},
        {QStringLiteral("naissance_mode"), naissanceModeCode(naissanceMode)},
        {QStringLiteral("naissance_code"), naissanceCode},
        {QStringLiteral("naissance_libelle"), naissanceLibelle},
        {QStringLiteral("nationalite"), nationalite},
        {QStringLiteral("numero_voie"), numeroVoie},
        {QStringLiteral("complement_numero"), complementNumero},
        {QStringLiteral("voie_id"), QString::number(voieId)},
        {QStringLiteral("complement_adresse"), complementAdresse},
        {QStringLiteral("contact_adresse"), contactAdresse},
        {QStringLiteral("contact_code_postal"), contactCodePostal},
        {QStringLiteral("contact_ville"), contactVille},
        {QStringLiteral("contact_pays"), contactPays},
        {QStringLiteral("telephone"), telephone},
        {QStringLiteral("courriel"), courriel},
        {QStringLiteral("bureau_id"), QString::number(bureauId)},
        {QStringLiteral("bureau_force"), bureauForce},
        {QStringLiteral("observations"), observations},
    };
}

Electeur Electeur::fromJson(const QJsonObject &o)
{
    Electeur e;
    e.liste = o.value(QStringLiteral("liste")).toString(QStringLiteral("LP"));
    e.ine = o.value(QStringLiteral("ine")).toString();
    e.civilite = o.value(QStringLiteral("civilite")).toString();
    e.nomNaissance = o.value(QStringLiteral("nom_naissance")).toString();
    e.nomUsage = o.value(QStringLiteral("nom_usage")).toString();
    e.prenoms = o.value(QStringLiteral("prenoms")).toString();
    e.sexe = o.value(QStringLiteral("sexe")).toString();
    e.dateNaissance = QDate::fromString(o.value(QStringLiteral("date_naissance")).toString(), Qt::ISODate);
    parseNaissanceMode(o.value(QStringLiteral("naissance_mode")).toString(), &e.naissanceMode);
    e.naissanceCode = o.value(QStringLiteral("naissance_code")).toString();
    e.naissanceLibelle = o.value(QStringLiteral("naissance_libelle")).toString();
    e.nationalite = o.value(QStringLiteral("nationalite")).toString();
    e.numeroVoie = o.value(QStringLiteral("numero_voie")).toInt();
    e.complementNumero = o.value(QStringLiteral("complement_numero")).toString();
    e.voieId = o.value(QStringLiteral("voie_id")).toString().toLongLong();
    e.complementAdresse = o.value(QStringLiteral("complement_adresse")).toString();
    e.contactAdresse = o.value(QStringLiteral("contact_adresse")).toString();
    e.contactCodePostal = o.value(QStringLiteral("contact_code_postal")).toString();
    e.contactVille = o.value(QStringLiteral("contact_ville")).toString();
    e.contactPays = o.value(QStringLiteral("contact_pays")).toString();
    e.telephone = o.value(QStringLiteral("telephone")).toString();
    e.courriel = o.value(QStringLiteral("courriel")).toString();
    e.bureauId = o.value(QStringLiteral("bureau_id")).toString().toLongLong();
    e.bureauForce = o.value(QStringLiteral("bureau_force")).toBool();
    e.observations = o.value(QStringLiteral("observations")).toString();
    return e;
}

} // namespace OpenMairie::Elec
