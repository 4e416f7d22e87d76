#include "ModulesCommand.h"

#include "CliJson.h"
#include "CliWorkspace.h"
#include "TextTable.h"

#include "CoreServices.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::ModulesCommand)
};
} // namespace

CliCommand ModulesCommand::describe(CliWorkspace &workspace)
{
    CliCommand c;
    c.path = {QStringLiteral("modules")};
    c.summary = Tr::tr("Liste les modules installés sur ce poste, actifs ou refusés (avec la raison).");
    c.needsDatabase = false;
    c.needsSession = false;
    c.run = [&workspace](CliInvocation &invocation) { return run(workspace, invocation); };
    return c;
}

int ModulesCommand::run(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (!invocation.positional().isEmpty())
        return invocation.usageError(Tr::tr("Argument inattendu « %1 » : « modules » n'en prend pas.")
                                         .arg(invocation.positional().constFirst()));
    const ModuleManager &modules = workspace.services().modules();
    const QList<const ModuleSpec *> active = modules.activeModules();
    const QList<const ModuleSpec *> refused = modules.refusedModules();
    QStringList folders;
    for (const QString &path : modules.searchPaths())
        folders.append(QDir::toNativeSeparators(path));

    if (invocation.json()) {
        QJsonArray activeJson;
        for (const ModuleSpec *spec : active)
            activeJson.append(CliJson::module(*spec));
        QJsonArray refusedJson;
        for (const ModuleSpec *spec : refused)
            refusedJson.append(CliJson::module(*spec));
        invocation.printJson(QJsonObject{{QStringLiteral("actifs"), activeJson},
                                         {QStringLiteral("refuses"), refusedJson},
                                         {QStringLiteral("dossiers"), CliJson::strings(folders)}});
        return ExitOk;
    }

    QTextStream &out = invocation.out();
    if (active.isEmpty() && refused.isEmpty()) {
        out << Tr::tr("Aucun module trouvé. Les modules sont les fichiers om_<id> placés dans l'un de ces "
                      "dossiers :") << Qt::endl;
        for (const QString &folder : std::as_const(folders))
            out << QStringLiteral("  ") << folder << Qt::endl;
        return ExitOk;
    }
    out << Tr::tr("Modules actifs (%1) :").arg(active.size()) << Qt::endl;
    if (active.isEmpty()) {
        out << Tr::tr("  (aucun)") << Qt::endl;
    } else {
        TextTable table({Tr::tr("Identifiant"), Tr::tr("Nom"), Tr::tr("Version")});
        for (const ModuleSpec *spec : active)
            table.addRow({spec->id(), spec->name(), spec->version()});
        out << table.render();
    }
    if (!refused.isEmpty()) {
        out << Tr::tr("Modules refusés (%1) :").arg(refused.size()) << Qt::endl;
        TextTable table({Tr::tr("Identifiant"), Tr::tr("Nom"), Tr::tr("Version"), Tr::tr("Raison")});
        for (const ModuleSpec *spec : refused)
            table.addRow({spec->id().isEmpty() ? QDir::toNativeSeparators(spec->filePath()) : spec->id(), spec->name(),
                          spec->version(), spec->refusalReason()});
        out << table.render();
    }
    out << Tr::tr("Dossiers examinés : %1").arg(folders.join(QStringLiteral(" ; "))) << Qt::endl;
    return ExitOk;
}

} // namespace OpenMairie::Cli
