#include "ParametresCommand.h"

#include "CliWorkspace.h"
#include "TextTable.h"

#include "CoreServices.h"
#include "documents/CommuneParameters.h"
#include "reference/ParameterValue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::ParametresCommand)
};

QString shown(const CommuneParameterValue &v)
{
    if (v.declaration.type == ParameterType::Image)
        return v.hasImage ? Tr::tr("(image enregistrée)") : Tr::tr("(aucune image)");
    if (v.declaration.type == ParameterType::Choice)
        return v.declaration.choiceLabel(v.value);
    return QString(v.value).replace(u'\n', QStringLiteral(" / "));
}

QJsonObject toJson(const CommuneParameterValue &v)
{
    return {{QStringLiteral("nom"), v.declaration.name},
            {QStringLiteral("libelle"), v.declaration.label},
            {QStringLiteral("module"), v.declaration.module},
            {QStringLiteral("type"), ParameterValue::typeLabel(v.declaration.type)},
            {QStringLiteral("valeur"), v.declaration.type == ParameterType::Image ? QString() : v.value},
            {QStringLiteral("image"), v.hasImage},
            {QStringLiteral("par_defaut"), v.isDefault},
            {QStringLiteral("version"), v.version}};
}

int printOne(CliInvocation &invocation, ParameterService &service, const QString &name, const QString &what)
{
    Result<CommuneParameterValue> v = service.get(name);
    if (!v)
        return invocation.fail(v.error());
    if (invocation.json())
        invocation.printJson(toJson(v.value()));
    else
        invocation.out() << what.arg(v->declaration.label, shown(v.value())) << Qt::endl;
    return ExitOk;
}
} // namespace

QList<CliCommand> ParametresCommand::describe(CliWorkspace &workspace)
{
    CliCommand list;
    list.path = {QStringLiteral("parametres"), QStringLiteral("list")};
    list.summary = Tr::tr("Liste les paramètres de la commune, leur valeur et s'il s'agit de la valeur par défaut.");
    list.run = [&workspace](CliInvocation &inv) { return ParametresCommand::list(workspace, inv); };

    CliCommand set;
    set.path = {QStringLiteral("parametres"), QStringLiteral("set")};
    set.arguments = Tr::tr("NOM VALEUR");
    set.summary = Tr::tr("Donne une valeur à un paramètre (pour le logo : le chemin d'une image PNG ou JPEG de 2 Mo "
                         "au plus). Administrateur.");
    set.permission = ParameterService::kPermissionModifier;
    set.run = [&workspace](CliInvocation &inv) { return ParametresCommand::set(workspace, inv); };

    CliCommand reset;
    reset.path = {QStringLiteral("parametres"), QStringLiteral("reset")};
    reset.arguments = Tr::tr("NOM");
    reset.summary = Tr::tr("Rend à un paramètre sa valeur par défaut. Administrateur.");
    reset.permission = ParameterService::kPermissionModifier;
    reset.run = [&workspace](CliInvocation &inv) { return ParametresCommand::reset(workspace, inv); };
    return {list, set, reset};
}

int ParametresCommand::list(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (!invocation.positional().isEmpty())
        return invocation.usageError(Tr::tr("Argument inattendu « %1 » : « parametres list » n'en prend pas.")
                                         .arg(invocation.positional().constFirst()));
    Result<QList<CommuneParameterValue>> values = workspace.services().references().parameters().list();
    if (!values)
        return invocation.fail(values.error());
    if (invocation.json()) {
        QJsonArray array;
        for (const CommuneParameterValue &v : values.value())
            array.append(toJson(v));
        invocation.printJson(array);
        return ExitOk;
    }
    TextTable table({Tr::tr("Nom"), Tr::tr("Module"), Tr::tr("Valeur")});
    table.setWrapWidth(110);
    for (const CommuneParameterValue &v : values.value())
        table.addRow({v.declaration.name, v.declaration.module,
                      v.isDefault && !v.value.isEmpty() ? Tr::tr("%1 (par défaut)").arg(shown(v)) : shown(v)});
    invocation.out() << Tr::tr("Paramètres de la commune %1 :")
                            .arg(Documents::CommuneParameters::ofCommune(workspace.services().session().commune().nom))
                     << Qt::endl << table.render() << Qt::flush;
    return ExitOk;
}

int ParametresCommand::set(CliWorkspace &workspace, CliInvocation &invocation)
{
    const QStringList args = invocation.positional();
    if (args.size() != 2)
        return invocation.usageError(Tr::tr("Indiquez le nom du paramètre et sa valeur, par exemple : parametres set "
                                            "maire \"Mme Jeanne Martin\" (la liste : parametres list)."));
    ParameterService &service = workspace.services().references().parameters();
    if (Status s = service.set(args.at(0), args.at(1)); !s)
        return invocation.fail(s.error());
    return printOne(invocation, service, args.at(0), Tr::tr("Paramètre « %1 » enregistré : %2"));
}

int ParametresCommand::reset(CliWorkspace &workspace, CliInvocation &invocation)
{
    const QStringList args = invocation.positional();
    if (args.size() != 1)
        return invocation.usageError(Tr::tr("Indiquez le nom du paramètre, par exemple : parametres reset "
                                            "qualite_signataire."));
    ParameterService &service = workspace.services().references().parameters();
    if (Status s = service.reset(args.at(0)); !s)
        return invocation.fail(s.error());
    return printOne(invocation, service, args.at(0), Tr::tr("Paramètre « %1 » remis à sa valeur par défaut : %2"));
}

} // namespace OpenMairie::Cli
