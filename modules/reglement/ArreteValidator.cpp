#include "ArreteValidator.h"

#include "ArreteCategory.h"
#include "FrenchDate.h"
#include "Tr.h"

namespace OpenMairie::Reglement {

namespace {
QString fmt(const QDate &d)
{
    return Core::FrenchDate::format(d);
}

// A formality dated after the signature and not in the future.
void checkFormalityDate(FieldErrors &errors, ArreteField field, const QDate &date, const QDate &signature,
                        const QDate &today)
{
    if (!date.isValid())
        return;
    QString before;
    QString future;
    switch (field) {
    case ArreteField::DatePublication:
        before = Tr::tr("La date de publication ou d'affichage (%1) précède la date de signature (%2) : un arrêté "
                        "n'est publié qu'une fois signé. Corrigez l'une des deux dates.");
        future = Tr::tr("La date de publication ou d'affichage (%1) est postérieure à aujourd'hui (%2) : "
                        "saisissez-la une fois l'arrêté publié ou affiché.");
        break;
    case ArreteField::DateTransmission:
        before = Tr::tr("La date de transmission à la préfecture (%1) précède la date de signature (%2) : un arrêté "
                        "n'est transmis qu'une fois signé. Corrigez l'une des deux dates.");
        future = Tr::tr("La date de transmission à la préfecture (%1) est postérieure à aujourd'hui (%2) : "
                        "saisissez-la une fois l'arrêté transmis (date de l'accusé de réception).");
        break;
    default:
        before = Tr::tr("La date de notification (%1) précède la date de signature (%2) : un arrêté n'est notifié "
                        "qu'une fois signé. Corrigez l'une des deux dates.");
        future = Tr::tr("La date de notification (%1) est postérieure à aujourd'hui (%2) : saisissez-la une fois "
                        "l'arrêté notifié à l'intéressé.");
        break;
    }
    if (signature.isValid() && date < signature)
        errors.append({field, before.arg(fmt(date), fmt(signature))});
    else if (date > today)
        errors.append({field, future.arg(fmt(date), fmt(today))});
}

void checkLength(FieldErrors &errors, ArreteField field, const QString &text, int max, const QString &what)
{
    if (text.size() > max)
        errors.append({field, Tr::tr("%1 compte %2 caractères pour %3 au plus : raccourcissez-le.")
                                  .arg(what).arg(text.size()).arg(max)});
}
} // namespace

FieldErrors ArreteValidator::validate(const ArreteDraft &draft, const QDate &today, int numberYear)
{
    FieldErrors errors;
    if (!draft.dateSignature.isValid())
        errors.append({ArreteField::DateSignature,
                       Tr::tr("La date de signature est obligatoire : saisissez la date à laquelle l'arrêté a été "
                              "signé (JJ/MM/AAAA).")});
    else if (draft.dateSignature > today)
        errors.append({ArreteField::DateSignature,
                       Tr::tr("La date de signature (%1) est postérieure à aujourd'hui (%2) : un arrêté est "
                              "enregistré une fois signé.").arg(fmt(draft.dateSignature), fmt(today))});
    else if (draft.dateSignature.year() < kFirstYear)
        errors.append({ArreteField::DateSignature,
                       Tr::tr("La date de signature (%1) est antérieure à %2 : vérifiez l'année.")
                           .arg(fmt(draft.dateSignature)).arg(kFirstYear)});
    else if (numberYear > 0 && draft.dateSignature.year() != numberYear)
        errors.append({ArreteField::DateSignature,
                       Tr::tr("Le numéro de cet arrêté appartient à l'année %1 : la date de signature doit rester en "
                              "%1. S'il a été enregistré sur la mauvaise année, annulez-le et enregistrez-en un "
                              "nouveau.").arg(numberYear)});

    const QString objet = draft.objet.trimmed();
    if (objet.isEmpty())
        errors.append({ArreteField::Objet,
                       Tr::tr("L'objet est obligatoire : indiquez en une phrase ce que décide l'arrêté.")});
    else if (objet.size() > kObjetMaxLength)
        errors.append({ArreteField::Objet,
                       Tr::tr("L'objet compte %1 caractères pour %2 au plus : raccourcissez-le et mettez le détail "
                              "dans les observations.").arg(objet.size()).arg(kObjetMaxLength)});

    if (draft.categorie.trimmed().isEmpty())
        errors.append({ArreteField::Categorie, Tr::tr("Choisissez la catégorie de l'arrêté.")});
    else if (!ArreteCategory::fromCode(draft.categorie).isValid())
        errors.append({ArreteField::Categorie, Tr::tr("Catégorie « %1 » inconnue : choisissez parmi %2.")
                                                   .arg(draft.categorie, ArreteCategory::codeList())});

    const QString signataire = draft.signataire.trimmed();
    if (signataire.isEmpty())
        errors.append({ArreteField::Signataire,
                       Tr::tr("Indiquez le signataire, avec son nom et sa qualité (par exemple « Le Maire, Jean "
                              "Dupont »).")});
    else
        checkLength(errors, ArreteField::Signataire, signataire, kSignataireMaxLength, Tr::tr("Le signataire"));

    const QDate signature = draft.dateSignature;
    checkFormalityDate(errors, ArreteField::DatePublication, draft.datePublication, signature, today);
    checkFormalityDate(errors, ArreteField::DateTransmission, draft.dateTransmission, signature, today);
    checkFormalityDate(errors, ArreteField::DateNotification, draft.dateNotification, signature, today);

    checkLength(errors, ArreteField::Reference, draft.reference.trimmed(), kReferenceMaxLength,
                Tr::tr("La référence"));
    checkLength(errors, ArreteField::Observations, draft.observations.trimmed(), kObservationsMaxLength,
                Tr::tr("Le champ observations"));
    return errors;
}

FieldErrors ArreteValidator::validateEnd(const Arrete &arrete, ArreteState target, const QDate &date,
                                         const QString &motif, const QDate &today)
{
    FieldErrors errors;
    const bool abrogation = target == ArreteState::Abroge;
    if (!date.isValid())
        errors.append({ArreteField::DateFin, abrogation ? Tr::tr("Indiquez la date d'abrogation (JJ/MM/AAAA).")
                                                        : Tr::tr("Indiquez la date d'annulation (JJ/MM/AAAA).")});
    else if (arrete.dateSignature.isValid() && date < arrete.dateSignature)
        errors.append({ArreteField::DateFin,
                       (abrogation ? Tr::tr("La date d'abrogation (%1) précède la signature de l'arrêté %2 (%3).")
                                   : Tr::tr("La date d'annulation (%1) précède la signature de l'arrêté %2 (%3)."))
                           .arg(fmt(date), arrete.numero, fmt(arrete.dateSignature))});
    else if (date > today)
        errors.append({ArreteField::DateFin,
                       (abrogation ? Tr::tr("La date d'abrogation (%1) est postérieure à aujourd'hui (%2) : "
                                            "enregistrez l'abrogation une fois décidée.")
                                   : Tr::tr("La date d'annulation (%1) est postérieure à aujourd'hui (%2) : "
                                            "enregistrez l'annulation une fois prononcée."))
                           .arg(fmt(date), fmt(today))});

    const QString m = motif.trimmed();
    if (m.isEmpty())
        errors.append({ArreteField::MotifFin,
                       abrogation ? Tr::tr("Indiquez le motif de l'abrogation (par exemple « remplacé par "
                                           "l'arrêté 2025-0003 »).")
                                  : Tr::tr("Indiquez le motif de l'annulation (par exemple « annulé par jugement "
                                           "du tribunal administratif du 12/03/2025 » ou « retiré »).")});
    else
        checkLength(errors, ArreteField::MotifFin, m, kMotifMaxLength, Tr::tr("Le motif"));
    return errors;
}

Core::Error ArreteValidator::toError(const FieldErrors &errors, const QString &heading)
{
    if (errors.size() == 1)
        return Core::Error(errors.first().message, {}, Core::Error::Kind::InvalidInput);
    QString text = heading.isEmpty() ? Tr::tr("L'arrêté n'est pas enregistré :") : heading;
    for (const FieldError &e : errors)
        text += QStringLiteral("\n- ") + e.message;
    return Core::Error(text, {}, Core::Error::Kind::InvalidInput);
}

QString ArreteValidator::messageFor(const FieldErrors &errors, ArreteField field)
{
    QStringList messages;
    for (const FieldError &e : errors)
        if (e.field == field)
            messages.append(e.message);
    return messages.join(u'\n');
}

} // namespace OpenMairie::Reglement
