#include "VoiesCommand.h"

#include "CliWorkspace.h"
#include "TextTable.h"

#include "CoreServices.h"
#include "FrenchDate.h"
#include "documents/CommuneParameters.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::VoiesCommand)
};

const QString kRecherche = QStringLiteral("recherche");
const QString kRetirees = QStringLiteral("retirees");
const QString kType = QStringLiteral("type");
const QString kLibelle = QStringLiteral("libelle");
const QString kComplement = QStringLiteral("complement");
const QString kDepuis = QStringLiteral("depuis");
const QString kDate = QStringLiteral("date");

// An optional date option: invalid when absent, an error naming the option when not a date.
Result<QDate> dateOption(const CliInvocation &inv, const QString &name)
{
    if (!inv.isSet(name) || inv.option(name).trimmed().isEmpty())
        return QDate();
    Result<QDate> d = FrenchDate::parse(inv.option(name));
    if (!d)
        return Error(Tr::tr("Option --%1 : %2").arg(name, d.error().message()), {}, Error::Kind::InvalidInput);
    return d;
}
} // namespace

QList<CliCommand> VoiesCommand::describe(CliWorkspace &workspace)
{
    CliCommand list;
    list.path = {QStringLiteral("voies"), QStringLiteral("list")};
    list.summary = Tr::tr("Liste les voies de la commune (celles en vigueur ; --retirees pour toutes).");
    list.options = {
        {kRecherche, Tr::tr("Voies dont le nom contient TEXTE, sans tenir compte des accents ni des majuscules."),
         QStringLiteral("TEXTE")},
        {kRetirees, Tr::tr("Montre aussi les voies retirées.")},
    };
    list.run = [&workspace](CliInvocation &inv) { return VoiesCommand::list(workspace, inv); };

    CliCommand add;
    add.path = {QStringLiteral("voies"), QStringLiteral("add")};
    add.arguments = Tr::tr("CODE");
    add.summary = Tr::tr("Ajoute une voie à la commune. Super utilisateur.");
    add.permission = VoieService::kPermissionModifier;
    add.options = {
        {kType, Tr::tr("Type de voie : RUE, AV, BD, CHE, PL, IMP... (voir l'écran Tables de référence)."),
         QStringLiteral("CODE")},
        {kLibelle, Tr::tr("Libellé (obligatoire), par exemple « de la République »."), QStringLiteral("TEXTE")},
        {kComplement, Tr::tr("Complément (facultatif)."), QStringLiteral("TEXTE")},
        {kDepuis, Tr::tr("En vigueur depuis cette date (facultatif)."), QStringLiteral("JJ/MM/AAAA")},
    };
    add.run = [&workspace](CliInvocation &inv) { return VoiesCommand::add(workspace, inv); };

    CliCommand retire;
    retire.path = {QStringLiteral("voies"), QStringLiteral("retire")};
    retire.arguments = Tr::tr("CODE");
    retire.summary = Tr::tr("Retire une voie : elle n'est plus proposée mais reste sur les adresses qui l'utilisent.");
    retire.permission = VoieService::kPermissionModifier;
    retire.options = {{kDate, Tr::tr("À partir de cette date (par défaut : aujourd'hui)."), QStringLiteral("JJ/MM/AAAA")}};
    retire.run = [&workspace](CliInvocation &inv) { return VoiesCommand::retire(workspace, inv); };
    return {list, add, retire};
}

int VoiesCommand::list(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (!invocation.positional().isEmpty())
        return invocation.usageError(Tr::tr("Argument inattendu « %1 » : pour chercher une voie, écrivez "
                                            "--recherche TEXTE.").arg(invocation.positional().constFirst()));
    Result<QList<Voie>> voies = workspace.services().references().voies().search(invocation.option(kRecherche),
                                                                                 invocation.isSet(kRetirees));
    if (!voies)
        return invocation.fail(voies.error());
    if (invocation.json()) {
        QJsonArray array;
        for (const Voie &v : voies.value())
            array.append(v.toJson());
        invocation.printJson(array);
        return ExitOk;
    }
    TextTable table({Tr::tr("Code"), Tr::tr("Voie"), Tr::tr("Validité")});
    for (const Voie &v : voies.value())
        table.addRow({v.code, v.displayName(), v.validity.text()});
    invocation.out() << Tr::tr("Voies %1 : %n voie(s)", nullptr, int(voies->size()))
                            .arg(Documents::CommuneParameters::ofCommune(workspace.services().session().commune().nom))
                     << Qt::endl;
    if (!table.isEmpty())
        invocation.out() << table.render();
    invocation.out() << Qt::flush;
    return ExitOk;
}

int VoiesCommand::add(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (invocation.positional().size() != 1)
        return invocation.usageError(Tr::tr("Indiquez le code de la voie, par exemple : voies add REP --type RUE "
                                            "--libelle \"de la République\"."));
    Result<QDate> depuis = dateOption(invocation, kDepuis);
    if (!depuis)
        return invocation.fail(depuis.error());
    Voie v;
    v.code = invocation.positional().constFirst();
    v.typeCode = invocation.option(kType);
    v.libelle = invocation.option(kLibelle);
    v.complement = invocation.option(kComplement);
    v.validity.debut = depuis.value();
    Result<Voie> created = workspace.services().references().voies().create(v);
    if (!created)
        return invocation.fail(created.error());
    if (invocation.json())
        invocation.printJson(created->toJson());
    else
        invocation.out() << Tr::tr("Voie ajoutée : %1 « %2 ».").arg(created->code, created->displayName()) << Qt::endl;
    return ExitOk;
}

int VoiesCommand::retire(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (invocation.positional().size() != 1)
        return invocation.usageError(Tr::tr("Indiquez le code de la voie à retirer, par exemple : voies retire REP."));
    Result<QDate> date = dateOption(invocation, kDate);
    if (!date)
        return invocation.fail(date.error());
    const QDate from = date.value().isValid() ? date.value() : QDate::currentDate();
    VoieService &voies = workspace.services().references().voies();
    Result<Voie> v = voies.findByCode(invocation.positional().constFirst());
    if (!v)
        return invocation.fail(v.error());
    if (Status s = voies.retire(v->id, v->version, from); !s)
        return invocation.fail(s.error());
    Result<Voie> after = voies.findById(v->id);
    if (invocation.json() && after)
        invocation.printJson(after->toJson());
    else
        invocation.out() << Tr::tr("Voie « %1 » retirée à partir du %2.").arg(v->displayName(), FrenchDate::format(from))
                         << Qt::endl;
    return ExitOk;
}

} // namespace OpenMairie::Cli
