#include "DemoCommand.h"

#include "CliJson.h"
#include "CliWorkspace.h"
#include "DemoDataLoader.h"
#include "TextTable.h"

#include "CoreServices.h"

#include <QCoreApplication>
#include <QTextStream>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::DemoCommand)
};

QString stateKey(DemoDataLoader::Outcome::State state)
{
    switch (state) {
    case DemoDataLoader::Outcome::State::Loaded: return QStringLiteral("chargees");
    case DemoDataLoader::Outcome::State::AlreadyLoaded: return QStringLiteral("dejaChargees");
    case DemoDataLoader::Outcome::State::Failed: return QStringLiteral("echec");
    }
    return {};
}

QString stateText(const DemoDataLoader::Outcome &o)
{
    switch (o.state) {
    case DemoDataLoader::Outcome::State::Loaded: return Tr::tr("chargées");
    case DemoDataLoader::Outcome::State::AlreadyLoaded:
        return Tr::tr("déjà chargées le %1 par %2 : rien d'ajouté")
            .arg(o.loadedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy 'à' HH:mm")), o.loadedBy);
    case DemoDataLoader::Outcome::State::Failed: return Tr::tr("échec : %1").arg(o.error);
    }
    return {};
}
} // namespace

CliCommand DemoCommand::describe(CliWorkspace &workspace)
{
    CliCommand c;
    c.path = {QStringLiteral("demo")};
    c.administratorOnly = true;
    c.summary = Tr::tr("Remplit la commune de travail de données de démonstration réalistes, pour chaque module "
                       "installé. Administrateur.");
    c.needsDatabase = false; // opened here, to require the administrator before anything
    c.needsSession = false;
    c.run = [&workspace](CliInvocation &invocation) { return run(workspace, invocation); };
    return c;
}

int DemoCommand::run(CliWorkspace &workspace, CliInvocation &invocation)
{
    if (!invocation.positional().isEmpty())
        return invocation.usageError(Tr::tr("Argument inattendu « %1 » : « demo » n'en prend pas ; la commune se "
                                            "choisit avec --commune.").arg(invocation.positional().constFirst()));
    if (const int rc = workspace.openForWork(invocation); rc != ExitOk)
        return rc;
    if (const int rc = workspace.signIn(invocation, CliWorkspace::Access::Administrator, QStringLiteral("demo"));
        rc != ExitOk)
        return rc;
    const SessionCommune commune = workspace.services().session().commune();
    Result<QList<DemoDataLoader::Outcome>> outcomes = DemoDataLoader(workspace.services()).run();
    if (!outcomes)
        return invocation.fail(outcomes.error());

    int failures = 0;
    int loaded = 0;
    for (const DemoDataLoader::Outcome &o : outcomes.value()) {
        if (o.state == DemoDataLoader::Outcome::State::Failed)
            ++failures;
        else if (o.state == DemoDataLoader::Outcome::State::Loaded)
            ++loaded;
    }
    if (invocation.json()) {
        QJsonArray modules;
        for (const DemoDataLoader::Outcome &o : outcomes.value()) {
            QJsonObject m{{QStringLiteral("module"), o.module}, {QStringLiteral("etat"), stateKey(o.state)}};
            if (o.state == DemoDataLoader::Outcome::State::AlreadyLoaded) {
                m.insert(QStringLiteral("chargeesLe"), o.loadedAt.toUTC().toString(Qt::ISODate));
                m.insert(QStringLiteral("chargeesPar"), o.loadedBy);
            }
            if (o.state == DemoDataLoader::Outcome::State::Failed)
                m.insert(QStringLiteral("erreur"), o.error);
            modules.append(m);
        }
        invocation.printJson(QJsonObject{{QStringLiteral("commune"), CliJson::commune(commune)},
                                         {QStringLiteral("modules"), modules}});
    } else {
        QTextStream &out = invocation.out();
        if (outcomes->isEmpty()) {
            out << Tr::tr("Aucun module actif : il n'y a pas de données de démonstration à charger (voir "
                          "« openmairie-cli modules »).") << Qt::endl;
        } else {
            out << Tr::tr("Données de démonstration pour %1 (%2) :").arg(commune.nom, commune.codeInsee) << Qt::endl;
            TextTable table;
            for (const DemoDataLoader::Outcome &o : outcomes.value())
                table.addRow({o.module, stateText(o)});
            out << table.render();
            if (loaded == 0 && failures == 0)
                out << Tr::tr("Rien n'a été ajouté : les données de démonstration de cette commune sont déjà "
                              "chargées.") << Qt::endl;
        }
        out.flush();
    }
    if (failures > 0) {
        invocation.err() << Tr::tr("Erreur : %n module(s) n'ont pas pu charger leurs données de démonstration "
                                   "(détail ci-dessus).", nullptr, failures)
                         << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace OpenMairie::Cli
