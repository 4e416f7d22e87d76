#include "CommunesCommand.h"

#include "CliJson.h"
#include "CliWorkspace.h"
#include "TextTable.h"

#include "CommuneReference.h"
#include "CoreServices.h"

#include <QCoreApplication>
#include <QTextStream>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::CommunesCommand)
};
} // namespace

CliCommand CommunesCommand::describeList(CliWorkspace &workspace)
{
    CliCommand c;
    c.path = {QStringLiteral("communes"), QStringLiteral("list")};
    c.summary = Tr::tr("Liste les communes gérées dans la base.");
    c.needsDatabase = false;
    c.needsSession = false;
    c.run = [&workspace](CliInvocation &invocation) { return list(workspace, invocation); };
    return c;
}

CliCommand CommunesCommand::describeAdd(CliWorkspace &workspace)
{
    CliCommand c;
    c.path = {QStringLiteral("communes"), QStringLiteral("add")};
    c.administratorOnly = true;
    c.arguments = Tr::tr("CODE_INSEE");
    c.summary = Tr::tr("Ajoute une commune du référentiel INSEE à la base (syndicat intercommunal). "
                       "Administrateur.");
    c.needsDatabase = false;
    c.needsSession = false;
    c.run = [&workspace](CliInvocation &invocation) { return add(workspace, invocation); };
    return c;
}

int CommunesCommand::list(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (!invocation.positional().isEmpty())
        return invocation.usageError(Tr::tr("Argument inattendu « %1 » : « communes list » n'en prend pas.")
                                         .arg(invocation.positional().constFirst()));
    if (const int rc = workspace.openAsIs(invocation); rc != ExitOk)
        return rc;
    if (const int rc = workspace.signIn(invocation, CliWorkspace::Access::AnyUser, QStringLiteral("communes list"));
        rc != ExitOk)
        return rc;
    Result<QList<SessionCommune>> communes = workspace.services().communes().all();
    if (!communes)
        return invocation.fail(communes.error());
    if (invocation.json()) {
        QJsonArray array;
        for (const SessionCommune &c : communes.value())
            array.append(CliJson::commune(c));
        invocation.printJson(array);
        return ExitOk;
    }
    TextTable table({Tr::tr("Code INSEE"), Tr::tr("Nom")});
    for (const SessionCommune &c : communes.value())
        table.addRow({c.codeInsee, c.nom});
    invocation.out() << table.render() << Qt::flush;
    return ExitOk;
}

int CommunesCommand::add(CliWorkspace &workspace, CliInvocation &invocation)
{
    // The code is accepted as an argument or, as older messages of the suite write it, with
    // --commune; here --commune names the commune to add, not the one to work in.
    QString code = invocation.positional().value(0).trimmed();
    if (code.isEmpty())
        code = invocation.option(QStringLiteral("commune")).trimmed();
    if (code.isEmpty() || invocation.positional().size() > 1)
        return invocation.usageError(Tr::tr("Indiquez une commune à ajouter : openmairie-cli communes add CODE_INSEE "
                                            "(par exemple 13055 pour Marseille)."));
    Result<InseeCommune> reference = CommuneReference::instance().find(code);
    if (!reference)
        return invocation.fail(reference.error());
    if (const int rc = workspace.openAsIs(invocation); rc != ExitOk)
        return rc;
    if (const int rc = workspace.signIn(invocation, CliWorkspace::Access::Administrator, QStringLiteral("communes add"),
                                       CliWorkspace::CommuneChoice::AccountDefault);
        rc != ExitOk)
        return rc;
    CoreServices &services = workspace.services();
    Result<SessionCommune> added = services.communes().addFromInsee(reference->code, services.session().user().login);
    if (!added)
        return invocation.fail(added.error());
    if (invocation.json()) {
        invocation.printJson(CliJson::commune(added.value()));
        return ExitOk;
    }
    invocation.out() << Tr::tr("Commune ajoutée : %1 (%2). Les comptes multi-communes y ont accès ; rattachez-y les "
                               "autres comptes depuis l'application.").arg(added->nom, added->codeInsee)
                     << Qt::endl;
    return ExitOk;
}

} // namespace OpenMairie::Cli
