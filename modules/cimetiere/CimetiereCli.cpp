#include "CimetiereCli.h"

#include "CimetiereAccess.h"
#include "CimetiereImport.h"
#include "ConcessionService.h"
#include "PlotService.h"
#include "Tr.h"

#include "AuditTrail.h"
#include "CliCommandRegistry.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace OpenMairie::Cimetiere {

using Core::CliInvocation;
using Core::Error;
using Core::ImportReport;

namespace {
const QString kAvant = QStringLiteral("avant");
const QString kDryRun = QStringLiteral("dry-run");

QStringList operands(const CliInvocation &inv, const QStringList &path)
{
    QStringList args = inv.positional();
    if (args.size() >= path.size() && args.mid(0, path.size()) == path)
        args = args.mid(path.size());
    return args;
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString outcomeCode(ImportReport::Outcome outcome)
{
    switch (outcome) {
    case ImportReport::Outcome::Imported:
        return QStringLiteral("importe");
    case ImportReport::Outcome::ImportedWithRejects:
        return QStringLiteral("importe_avec_rejets");
    case ImportReport::Outcome::Refused:
        return QStringLiteral("refuse");
    case ImportReport::Outcome::DryRunPassed:
        return QStringLiteral("simulation_reussie");
    case ImportReport::Outcome::DryRunFailed:
        return QStringLiteral("simulation_refusee");
    case ImportReport::Outcome::Cancelled:
        return QStringLiteral("annule");
    case ImportReport::Outcome::Failed:
        return QStringLiteral("echec");
    }
    return {};
}

QJsonObject reportJson(const ImportReport &report)
{
    QJsonArray issues;
    for (const Core::ImportIssue &issue : report.issues)
        issues.append(QJsonObject{{QStringLiteral("ligne"), issue.line},
                                  {QStringLiteral("colonne"), issue.column},
                                  {QStringLiteral("motif"), issue.reason}});
    QJsonObject o{{QStringLiteral("fichier"), report.sourceName},
                  {QStringLiteral("resultat"), outcomeCode(report.outcome)},
                  {QStringLiteral("simulation"), report.dryRun},
                  {QStringLiteral("lignes"), report.dataLines},
                  {QStringLiteral("valides"), report.validLines},
                  {QStringLiteral("ajoutes"), report.dryRun ? 0 : report.writtenLines},
                  {QStringLiteral("rejetes"), report.rejectedLines},
                  {QStringLiteral("problemes"), issues},
                  {QStringLiteral("resume"), report.summary()}};
    if (report.outcome == ImportReport::Outcome::Failed)
        o.insert(QStringLiteral("erreur"), report.failure.message());
    return o;
}
} // namespace

CimetiereCli::CimetiereCli(CimetiereAccess &access, ConcessionService &concessions, PlotService &plots,
                           CimetiereImport *import)
    : m_access(access), m_concessions(concessions), m_plots(plots), m_import(import)
{
}

Core::Status CimetiereCli::registerCommands(Core::CliCommandRegistry &registry)
{
    Core::CliCommand echeances;
    echeances.path = {QStringLiteral("cimetiere"), QStringLiteral("echeances")};
    echeances.summary = Tr::tr("Liste les concessions de la commune arrivées ou arrivant à terme avant une date");
    echeances.permission = ConcessionService::kPermissionConsulter;
    echeances.options = {QCommandLineOption(kAvant, Tr::tr("Concessions dont le terme précède cette date (AAAA-MM-JJ)."),
                                            QStringLiteral("AAAA-MM-JJ"))};
    echeances.run = [this](CliInvocation &cli) { return this->echeances(cli); };
    if (Core::Status s = registry.add(echeances); !s)
        return s;

    Core::CliCommand import;
    import.path = {QStringLiteral("cimetiere"), QStringLiteral("import")};
    import.arguments = QStringLiteral("EMPLACEMENTS.csv DEFUNTS.csv");
    import.summary = Tr::tr("Reprend les emplacements, concessions et défunts d'un tableur (tout ou rien)");
    import.permission = CimetiereImport::kPermission;
    import.options = {QCommandLineOption(kDryRun, Tr::tr("Simulation : vérifie les deux fichiers et affiche le compte "
                                                         "rendu sans rien enregistrer."))};
    import.run = [this](CliInvocation &cli) { return importFiles(cli); };
    if (Core::Status s = registry.add(import); !s)
        return s;

    Core::CliCommand occupation;
    occupation.path = {QStringLiteral("cimetiere"), QStringLiteral("recalculer-occupation")};
    occupation.summary = Tr::tr("Recalcule l'occupation de chaque emplacement d'après les défunts et les tailles "
                                "en vigueur (après un import ou un changement de paramètre)");
    occupation.permission = PlotService::kPermissionGerer;
    occupation.run = [this](CliInvocation &cli) { return recalculate(cli); };
    return registry.add(occupation);
}

int CimetiereCli::echeances(CliInvocation &cli)
{
    const QString text = cli.option(kAvant).trimmed();
    if (text.isEmpty())
        return cli.usageError(Tr::tr("Indiquez la date limite avec --avant AAAA-MM-JJ, par exemple --avant 2027-12-31."));
    const QDate before = QDate::fromString(text, Qt::ISODate);
    if (!before.isValid())
        return cli.usageError(Tr::tr("« %1 » n'est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2027-12-31.")
                                  .arg(text));
    Core::Result<QList<Expiry>> list = m_concessions.expiring(before);
    if (!list)
        return cli.fail(list.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Expiry &x : list.value())
            array.append(QJsonObject{{QStringLiteral("numero_titre"), x.numeroTitre},
                                     {QStringLiteral("cimetiere"), x.cimetiere},
                                     {QStringLiteral("emplacement"), x.emplacement},
                                     {QStringLiteral("concessionnaire"), x.concessionnaire},
                                     {QStringLiteral("duree"), x.duree},
                                     {QStringLiteral("date_fin"), iso(x.dateFin)},
                                     {QStringLiteral("renouvelable_jusqu_au"), iso(x.renouvelableJusquAu)},
                                     {QStringLiteral("echue"), x.dateFin < m_access.today()}});
        cli.printJson(array);
        return Core::ExitOk;
    }
    if (list.value().isEmpty()) {
        cli.out() << Tr::tr("Aucune concession n'arrive à terme avant le %1.")
                         .arg(before.toString(QStringLiteral("dd/MM/yyyy")))
                  << Qt::endl;
        return Core::ExitOk;
    }
    for (const Expiry &x : list.value())
        cli.out() << Tr::tr("%1  %2  %3, %4  %5  fin le %6 (renouvelable jusqu'au %7)")
                         .arg(x.numeroTitre, x.concessionnaire, x.cimetiere, x.emplacement, x.duree,
                              x.dateFin.toString(QStringLiteral("dd/MM/yyyy")),
                              x.renouvelableJusquAu.toString(QStringLiteral("dd/MM/yyyy")))
                  << Qt::endl;
    cli.out() << Tr::tr("%n concession(s).", nullptr, static_cast<int>(list.value().size())) << Qt::endl;
    return Core::ExitOk;
}

int CimetiereCli::recalculate(CliInvocation &cli)
{
    Core::Result<int> n = m_plots.recalculateOccupancy();
    if (!n)
        return cli.fail(n.error());
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("emplacements"), n.value()}});
    else
        cli.out() << Tr::tr("Occupation recalculée pour %n emplacement(s).", nullptr, n.value()) << Qt::endl;
    return Core::ExitOk;
}

int CimetiereCli::importFiles(CliInvocation &cli)
{
    if (!m_import)
        return cli.fail(Error(Tr::tr("L'import n'est pas disponible.")));
    const QStringList files = operands(cli, {QStringLiteral("cimetiere"), QStringLiteral("import")});
    if (files.size() != 2)
        return cli.usageError(Tr::tr("Indiquez les deux fichiers, dans cet ordre : openmairie-cli cimetiere import "
                                     "emplacements.csv defunts.csv"));
    Core::Result<CimetiereImport::Outcome> outcome = m_import->run(files.at(0), files.at(1), cli.isSet(kDryRun));
    if (!outcome)
        return cli.fail(outcome.error());
    const CimetiereImport::Outcome &o = outcome.value();
    const bool ok = o.succeeded();
    if (cli.json()) {
        cli.printJson(QJsonObject{{QStringLiteral("simulation"), o.dryRun},
                                  {QStringLiteral("reussi"), ok},
                                  {QStringLiteral("emplacements"), reportJson(o.emplacements)},
                                  {QStringLiteral("defunts"), reportJson(o.defunts)}});
    } else {
        cli.out() << o.emplacements.toText() << Qt::endl << o.defunts.toText() << Qt::endl;
        if (!ok && !o.dryRun)
            cli.out() << Tr::tr("Rien n'a été enregistré : corrigez les lignes signalées puis relancez l'import.")
                      << Qt::endl;
    }
    if (ok)
        return Core::ExitOk;
    const bool failed = o.emplacements.outcome == ImportReport::Outcome::Failed
                        || o.defunts.outcome == ImportReport::Outcome::Failed;
    return failed ? Core::ExitFailure : Core::ExitRefusedInput;
}

} // namespace OpenMairie::Cimetiere
