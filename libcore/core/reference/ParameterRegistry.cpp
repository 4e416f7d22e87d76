#include "ParameterRegistry.h"

#include "ParameterValue.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ParameterRegistry)
};

const QString kCore = QStringLiteral("core");
} // namespace

ParameterRegistry::ParameterRegistry()
{
    for (const ParameterDeclaration &d : coreDeclarations())
        m_declarations.append(d);
}

QList<ParameterDeclaration> ParameterRegistry::coreDeclarations()
{
    auto text = [](const QString &name, const QString &label, const QString &help = {}) {
        ParameterDeclaration d;
        d.module = kCore;
        d.name = name;
        d.label = label;
        d.help = help;
        return d;
    };
    ParameterDeclaration adresse = text(QStringLiteral("adresse"), Tr::tr("Adresse de la mairie"),
                                        Tr::tr("Numéro et voie, sur une ou plusieurs lignes."));
    adresse.type = ParameterType::MultilineText;
    ParameterDeclaration logo = text(QStringLiteral("logo"), Tr::tr("Logo de la commune"),
                                     Tr::tr("Image PNG ou JPEG de 2 Mo au plus, imprimée en tête des documents."));
    logo.type = ParameterType::Image;
    ParameterDeclaration qualite = text(QStringLiteral("qualite_signataire"), Tr::tr("Qualité du signataire par défaut"),
                                        Tr::tr("Imprimée sous la signature, par exemple « Le Maire »."));
    qualite.defaultValue = Tr::tr("Le Maire");
    return {
        text(QStringLiteral("maire"), Tr::tr("Nom du maire"), Tr::tr("Tel qu'imprimé : « Mme Jeanne Martin ».")),
        text(QStringLiteral("adjoint_delegue"), Tr::tr("Adjoint délégué"),
             Tr::tr("Nom et délégation de l'adjoint qui signe en l'absence du maire.")),
        qualite,
        adresse,
        text(QStringLiteral("code_postal"), Tr::tr("Code postal de la mairie")),
        text(QStringLiteral("telephone"), Tr::tr("Téléphone de la mairie")),
        text(QStringLiteral("courriel"), Tr::tr("Adresse électronique de la mairie")),
        text(QStringLiteral("site_web"), Tr::tr("Site internet de la commune")),
        text(QStringLiteral("tribunal_administratif"), Tr::tr("Tribunal administratif compétent"),
             Tr::tr("Cité dans la mention des voies de recours.")),
        logo,
    };
}

Status ParameterRegistry::declare(const ParameterDeclaration &d)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    if (!validName.match(d.name).hasMatch())
        return Error(Tr::tr("Nom de paramètre refusé « %1 » (module %2) : lettres minuscules sans accent, chiffres et "
                            "« _ », 64 caractères au plus.").arg(d.name, d.module), {}, Error::Kind::InvalidInput);
    if (d.module.isEmpty() || d.label.isEmpty())
        return Error(Tr::tr("Le paramètre « %1 » doit indiquer son module et son libellé.").arg(d.name), {},
                     Error::Kind::InvalidInput);
    if (d.type == ParameterType::Choice && d.choices.isEmpty())
        return Error(Tr::tr("Le paramètre à choix « %1 » ne propose aucun choix.").arg(d.name), {},
                     Error::Kind::InvalidInput);
    if (!d.defaultValue.isEmpty()) {
        Result<QString> normalized = ParameterValue::normalize(d, d.defaultValue);
        if (!normalized)
            return Error(Tr::tr("Valeur par défaut refusée pour le paramètre « %1 » : %2")
                             .arg(d.name, normalized.error().message()), {}, Error::Kind::InvalidInput);
    }
    if (const ParameterDeclaration *existing = find(d.name))
        return Error(Tr::tr("Le paramètre « %1 » est déjà déclaré par le module %2.").arg(d.name, existing->module), {},
                     Error::Kind::Conflict);
    m_declarations.append(d);
    return {};
}

void ParameterRegistry::removeModule(const QString &module)
{
    if (module == kCore)
        return;
    m_declarations.removeIf([&](const ParameterDeclaration &d) { return d.module == module; });
}

const ParameterDeclaration *ParameterRegistry::find(const QString &name) const
{
    for (const ParameterDeclaration &d : m_declarations)
        if (d.name == name)
            return &d;
    return nullptr;
}

QStringList ParameterRegistry::modules() const
{
    QStringList result;
    for (const ParameterDeclaration &d : m_declarations)
        if (!result.contains(d.module))
            result.append(d.module);
    return result;
}

} // namespace OpenMairie::Core
