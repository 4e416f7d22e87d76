#include "MigrateCommand.h"

#include "CliJson.h"
#include "CliWorkspace.h"

#include "CoreServices.h"

#include <QCoreApplication>
#include <QTextStream>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::MigrateCommand)
};
} // namespace

CliCommand MigrateCommand::describe(CliWorkspace &workspace)
{
    CliCommand c;
    c.path = {QStringLiteral("migrate")};
    c.administratorOnly = true;
    c.summary = Tr::tr("Met à jour le schéma de la base (socle et modules installés). Administrateur.");
    c.needsDatabase = false; // opened here, without the automatic update of the business commands
    c.needsSession = false;
    c.run = [&workspace](CliInvocation &invocation) { return run(workspace, invocation); };
    return c;
}

int MigrateCommand::run(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (!invocation.positional().isEmpty())
        return invocation.usageError(Tr::tr("Argument inattendu « %1 » : « migrate » n'en prend pas.")
                                         .arg(invocation.positional().constFirst()));
    if (const int rc = workspace.openAsIs(invocation); rc != ExitOk)
        return rc;
    if (const int rc = workspace.signIn(invocation, CliWorkspace::Access::Administrator, QStringLiteral("migrate"));
        rc != ExitOk)
        return rc;
    Result<WorkspaceReport> report = workspace.services().migrate();
    if (!report)
        return invocation.fail(report.error());

    QTextStream &err = invocation.err();
    for (const QString &warning : std::as_const(report->warnings))
        err << Tr::tr("Attention : %1").arg(warning) << Qt::endl;
    err.flush();
    if (invocation.json()) {
        invocation.printJson(QJsonObject{{QStringLiteral("base"), CliJson::database(workspace.services().database().profile())},
                                         {QStringLiteral("etapesAppliquees"), CliJson::strings(report->appliedSteps)},
                                         {QStringLiteral("avertissements"), CliJson::strings(report->warnings)},
                                         {QStringLiteral("modulesEcartes"), CliJson::strings(report->refusedModules)}});
    } else {
        QTextStream &out = invocation.out();
        if (report->appliedSteps.isEmpty()) {
            out << Tr::tr("La base est déjà à jour : aucune étape à appliquer.") << Qt::endl;
        } else {
            out << Tr::tr("Étapes appliquées (%1) :").arg(report->appliedSteps.size()) << Qt::endl;
            for (const QString &step : std::as_const(report->appliedSteps))
                out << QStringLiteral("  ") << step << Qt::endl;
        }
        out.flush();
    }
    if (!report->refusedModules.isEmpty()) {
        // The other modules were updated; the ones listed keep their previous schema and stay
        // unusable until the cause is fixed: that is a failure for a script.
        for (const QString &refused : std::as_const(report->refusedModules))
            err << Tr::tr("Erreur : module écarté, sa mise à jour a échoué — %1").arg(refused) << Qt::endl;
        err.flush();
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace OpenMairie::Cli
