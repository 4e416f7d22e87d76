#include "StatusCommand.h"

#include "CliJson.h"
#include "CliWorkspace.h"
#include "TextTable.h"

#include "CoreServices.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QTextStream>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::StatusCommand)
};

struct SchemaLine
{
    ModuleSchemaState state;
    bool installed = true;
};

QString stateText(const SchemaLine &line)
{
    if (!line.installed)
        return Tr::tr("module absent de ce poste (ses données sont conservées)");
    QString text;
    if (line.state.isTooNew())
        text = Tr::tr("plus récent que ce logiciel : installez la dernière version d'OpenMairie");
    else if (line.state.isUpToDate())
        text = Tr::tr("à jour");
    else
        text = Tr::tr("à mettre à jour : lancez « openmairie-cli migrate »");
    if (!line.state.changedSteps.isEmpty())
        text += Tr::tr(" ; étapes modifiées depuis leur application : %1")
                    .arg(line.state.changedSteps.join(QStringLiteral(", ")));
    return text;
}
} // namespace

CliCommand StatusCommand::describe(CliWorkspace &workspace)
{
    CliCommand c;
    c.path = {QStringLiteral("status")};
    c.summary = Tr::tr("Affiche la base, la version du schéma de chaque module, les communes et le nombre de "
                       "comptes.");
    c.needsDatabase = false; // opened here without updating the schema: status shows it as it is
    c.needsSession = false;
    c.run = [&workspace](CliInvocation &invocation) { return run(workspace, invocation); };
    return c;
}

int StatusCommand::run(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (!invocation.positional().isEmpty())
        return invocation.usageError(Tr::tr("Argument inattendu « %1 » : « status » n'en prend pas.")
                                         .arg(invocation.positional().constFirst()));
    if (const int rc = workspace.openAsIs(invocation); rc != ExitOk)
        return rc;
    if (const int rc = workspace.signIn(invocation, CliWorkspace::Access::AnyUser, QStringLiteral("status"));
        rc != ExitOk)
        return rc;
    CoreServices &services = workspace.services();

    Result<QList<ModuleSchemaState>> states = services.schemaStates();
    if (!states)
        return invocation.fail(states.error());
    QList<SchemaLine> lines;
    QStringList known;
    for (const ModuleSchemaState &state : states.value()) {
        lines.append({state, true});
        known.append(state.module);
    }
    // Modules whose data are in the base but whose file is not on this machine.
    Result<QSqlQuery> recorded = Sql::exec(services.database().connection(),
                                           QStringLiteral("SELECT module, max(version) FROM schema_migrations "
                                                          "GROUP BY module ORDER BY module"));
    if (!recorded)
        return invocation.fail(recorded.error());
    while (recorded.value().next()) {
        const QString module = recorded.value().value(0).toString();
        if (known.contains(module))
            continue;
        ModuleSchemaState state;
        state.module = module;
        state.appliedVersion = recorded.value().value(1).toInt();
        lines.append({state, false});
    }
    bool upToDate = true;
    bool tooNew = false;
    for (const SchemaLine &line : std::as_const(lines)) {
        upToDate = upToDate && (!line.installed || line.state.isUpToDate());
        tooNew = tooNew || (line.installed && line.state.isTooNew());
    }

    Result<QList<SessionCommune>> communes = services.communes().all();
    if (!communes)
        return invocation.fail(communes.error());
    Result<qint64> accounts = services.users().userCount();
    if (!accounts)
        return invocation.fail(accounts.error());
    const ConnectionProfile &profile = services.database().profile();
    const SessionUser &user = services.session().user();
    QStringList refused;
    for (const ModuleSpec *spec : services.modules().refusedModules())
        refused.append(QStringLiteral("%1 : %2").arg(spec->id(), spec->refusalReason()));

    if (invocation.json()) {
        QJsonArray schema;
        for (const SchemaLine &line : std::as_const(lines))
            schema.append(CliJson::schemaState(line.state, line.installed));
        QJsonArray communeList;
        for (const SessionCommune &c : communes.value())
            communeList.append(CliJson::commune(c));
        invocation.printJson(QJsonObject{{QStringLiteral("base"), CliJson::database(profile)},
                                         {QStringLiteral("utilisateur"), CliJson::user(user)},
                                         {QStringLiteral("communeCourante"),
                                          CliJson::commune(services.session().commune())},
                                         {QStringLiteral("communes"), communeList},
                                         {QStringLiteral("nombreComptes"), accounts.value()},
                                         {QStringLiteral("schema"), schema},
                                         {QStringLiteral("aJour"), upToDate},
                                         {QStringLiteral("modulesRefuses"), CliJson::strings(refused)}});
        return ExitOk;
    }

    QTextStream &out = invocation.out();
    out << Tr::tr("Base : %1").arg(profile.displayName()) << Qt::endl
        << Tr::tr("Connecté : %1 (%2), commune de travail %3 (%4)")
               .arg(user.login, profileLabel(user.profile), services.session().commune().nom,
                    services.session().commune().codeInsee)
        << Qt::endl
        << Tr::tr("Communes gérées (%1) :").arg(communes->size()) << Qt::endl;
    TextTable communeTable;
    for (const SessionCommune &c : communes.value())
        communeTable.addRow({c.codeInsee, c.nom});
    out << communeTable.render(4)
        << Tr::tr("Comptes utilisateurs : %1").arg(accounts.value()) << Qt::endl
        << Tr::tr("Schéma :") << Qt::endl;
    TextTable schemaTable({Tr::tr("Module"), Tr::tr("Appliquée"), Tr::tr("Connue"), Tr::tr("État")});
    for (const SchemaLine &line : std::as_const(lines))
        schemaTable.addRow({line.state.module, QString::number(line.state.appliedVersion),
                            line.installed ? QString::number(line.state.knownVersion) : QStringLiteral("-"),
                            stateText(line)});
    out << schemaTable.render(4);
    for (const QString &r : std::as_const(refused))
        out << Tr::tr("Module refusé : %1").arg(r) << Qt::endl;
    if (tooNew)
        out << Tr::tr("La base a été mise à jour par une version plus récente d'OpenMairie : installez la dernière "
                      "version sur ce poste.") << Qt::endl;
    else if (upToDate)
        out << Tr::tr("La base est à jour.") << Qt::endl;
    else
        out << Tr::tr("La base n'est pas à jour : un administrateur doit lancer « openmairie-cli migrate ».")
            << Qt::endl;
    return ExitOk;
}

} // namespace OpenMairie::Cli
