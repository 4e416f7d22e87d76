#include "ElecteurValidator.h"

#include "FrenchDate.h"
#include "Tr.h"

#include <QRegularExpression>

namespace OpenMairie::Elec {

const QStringList &ElecteurValidator::algerianDepartements()
{
    static const QStringList codes{QStringLiteral("91352"), QStringLiteral("92352"), QStringLiteral("93352"),
                                   QStringLiteral("94352")};
    return codes;
}

bool ElecteurValidator::isValidIne(const QString &ine)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{8,9}$"));
    return digits.match(ine).hasMatch();
}

Electeur ElecteurValidator::normalized(const Electeur &input)
{
    Electeur e = input;
    e.liste = e.liste.trimmed().toUpper();
    e.ine = e.ine.trimmed();
    e.civilite = e.civilite.trimmed();
    e.nomNaissance = e.nomNaissance.simplified().toUpper();
    e.nomUsage = e.nomUsage.simplified().toUpper();
    e.prenoms = e.prenoms.simplified();
    e.sexe = e.sexe.trimmed().toUpper();
    e.naissanceCode = e.naissanceCode.trimmed().toUpper();
    e.naissanceLibelle = e.naissanceLibelle.simplified();
    e.nationalite = e.nationalite.simplified();
    e.complementNumero = e.complementNumero.trimmed();
    e.complementAdresse = e.complementAdresse.simplified();
    e.telephone = e.telephone.simplified();
    e.courriel = e.courriel.trimmed();
    return e;
}

QStringList ElecteurValidator::validate(const Electeur &e, const QDate &today)
{
    QStringList errors;
    if (!Liste::isValid(e.liste))
        errors.append(Tr::tr("« %1 » n'est pas une liste électorale : indiquez LP (principale), LCE (complémentaire "
                             "européenne) ou LCM (complémentaire municipale).").arg(e.liste));
    if (!e.ine.isEmpty() && !isValidIne(e.ine))
        errors.append(Tr::tr("INE « %1 » invalide : l'identifiant national d'électeur compte 8 ou 9 chiffres "
                             "(laissez-le vide tant que le REU ne l'a pas attribué).").arg(e.ine));
    if (e.nomNaissance.isEmpty())
        errors.append(Tr::tr("Indiquez le nom de naissance."));
    if (e.prenoms.isEmpty())
        errors.append(Tr::tr("Indiquez les prénoms (« sans prénom » s'il n'en a pas à l'état civil)."));
    if (e.sexe != u"M" && e.sexe != u"F")
        errors.append(Tr::tr("Sexe « %1 » inconnu : indiquez M ou F.").arg(e.sexe));
    if (!e.dateNaissance.isValid())
        errors.append(Tr::tr("Indiquez la date de naissance (par exemple 20121975 ou 20/12/1975)."));
    else if (e.dateNaissance > today)
        errors.append(Tr::tr("La date de naissance %1 est dans le futur : vérifiez l'année.")
                          .arg(Core::FrenchDate::format(e.dateNaissance)));
    switch (e.naissanceMode) {
    case NaissanceMode::France:
        if (e.naissanceCode.isEmpty())
            errors.append(Tr::tr("Indiquez la commune de naissance : son code INSEE ou son nom, choisi dans la liste "
                                 "proposée (par exemple 13004 pour Arles)."));
        else if (static const QRegularExpression insee(QStringLiteral("^[0-9][0-9AB][0-9]{3}$"));
                 !insee.match(e.naissanceCode).hasMatch())
            errors.append(Tr::tr("Commune de naissance « %1 » : indiquez le code INSEE de la commune sur 5 caractères "
                                 "(par exemple 13004 pour Arles).").arg(e.naissanceCode));
        break;
    case NaissanceMode::Etranger:
        static const QRegularExpression pays(QStringLiteral("^99[0-9]{3}$"));
        if (!pays.match(e.naissanceCode).hasMatch()
            || e.naissanceCode == u"99100")
            errors.append(Tr::tr("Pays de naissance « %1 » : indiquez le code INSEE du pays (99xxx, par exemple 99134 "
                                 "pour l'Espagne).").arg(e.naissanceCode));
        if (e.naissanceLibelle.isEmpty())
            errors.append(Tr::tr("Indiquez la ville de naissance à l'étranger, en toutes lettres."));
        break;
    case NaissanceMode::Algerie:
        if (!algerianDepartements().contains(e.naissanceCode))
            errors.append(Tr::tr("Ancien département d'Algérie « %1 » : indiquez 91352 (Alger), 92352 (Oran), 93352 "
                                 "(Constantine) ou 94352 (Territoires du Sud).").arg(e.naissanceCode));
        if (e.naissanceLibelle.isEmpty())
            errors.append(Tr::tr("Indiquez la commune de naissance en Algérie, en toutes lettres."));
        break;
    }
    if (Liste::isComplementaire(e.liste) && e.nationalite.isEmpty())
        errors.append(Tr::tr("La nationalité est obligatoire sur la %1 : indiquez celle de l'électeur (citoyen "
                             "d'un autre État de l'Union européenne).").arg(Liste::label(e.liste)));
    if (e.numeroVoie < 0)
        errors.append(Tr::tr("Le numéro dans la voie ne peut pas être négatif (0 s'il n'y en a pas)."));
    static const QRegularExpression courriel(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!e.courriel.isEmpty() && !courriel.match(e.courriel).hasMatch())
        errors.append(Tr::tr("Courriel « %1 » invalide : écrivez-le nom@domaine.fr.").arg(e.courriel));
    return errors;
}

} // namespace OpenMairie::Elec
