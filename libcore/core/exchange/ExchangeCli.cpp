#include "ExchangeCli.h"

#include "ImportRegistry.h"
#include "ImportService.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ExchangeCli)
};

const QString kObjet = QStringLiteral("objet");
const QString kDryRun = QStringLiteral("dry-run");
const QString kPartiel = QStringLiteral("partiel");
const QString kRejets = QStringLiteral("rejets");

QString declaredObjects(const ImportRegistry &registry)
{
    QStringList lines;
    for (const ImportDefinition &d : registry.definitions())
        lines.append(QStringLiteral("  %1 : %2").arg(d.id(), d.title()));
    if (lines.isEmpty())
        return Tr::tr("Aucun objet importable n'est déclaré.");
    return Tr::tr("Objets importables :") + u'\n' + lines.join(u'\n');
}

QString outcomeCode(ImportReport::Outcome outcome)
{
    switch (outcome) {
    case ImportReport::Outcome::Imported: return QStringLiteral("importe");
    case ImportReport::Outcome::ImportedWithRejects: return QStringLiteral("importe_avec_rejets");
    case ImportReport::Outcome::Refused: return QStringLiteral("refuse");
    case ImportReport::Outcome::DryRunPassed: return QStringLiteral("simulation_reussie");
    case ImportReport::Outcome::DryRunFailed: return QStringLiteral("simulation_refusee");
    case ImportReport::Outcome::Cancelled: return QStringLiteral("annule");
    case ImportReport::Outcome::Failed: return QStringLiteral("echec");
    }
    return {};
}

int exitCodeOf(ImportReport::Outcome outcome)
{
    switch (outcome) {
    case ImportReport::Outcome::Imported:
    case ImportReport::Outcome::ImportedWithRejects: // the agent asked for --partiel: the report lists the rejects
    case ImportReport::Outcome::DryRunPassed:
        return ExitOk;
    case ImportReport::Outcome::Refused:
    case ImportReport::Outcome::DryRunFailed:
        return ExitRefusedInput;
    case ImportReport::Outcome::Cancelled:
    case ImportReport::Outcome::Failed:
        return ExitFailure;
    }
    return ExitFailure;
}

QJsonObject toJson(const QString &objet, const ImportReport &report)
{
    QJsonArray issues;
    for (const ImportIssue &issue : report.issues)
        issues.append(QJsonObject{{QStringLiteral("ligne"), issue.line},
                                  {QStringLiteral("colonne"), issue.column},
                                  {QStringLiteral("motif"), issue.reason}});
    QJsonObject o{
        {QStringLiteral("objet"), objet},
        {QStringLiteral("fichier"), report.sourceName},
        {QStringLiteral("resultat"), outcomeCode(report.outcome)},
        {QStringLiteral("simulation"), report.dryRun},
        {QStringLiteral("lignes"), report.dataLines},
        {QStringLiteral("valides"), report.validLines},
        {QStringLiteral("ajoutes"), report.dryRun ? 0 : report.writtenLines},
        {QStringLiteral("rejetes"), report.rejectedLines},
        {QStringLiteral("avertissements"), QJsonArray::fromStringList(report.warnings)},
        {QStringLiteral("problemes"), issues},
        {QStringLiteral("problemes_omis"), report.omittedIssues},
        {QStringLiteral("resume"), report.summary()},
    };
    if (!report.rejectFilePath.isEmpty())
        o.insert(QStringLiteral("fichier_rejets"), QDir::toNativeSeparators(report.rejectFilePath));
    if (report.outcome == ImportReport::Outcome::Failed)
        o.insert(QStringLiteral("erreur"), report.failure.message());
    return o;
}
} // namespace

CliCommand ExchangeCli::importCommand(const ImportRegistry &registry, const ImportService &service)
{
    CliCommand import;
    import.path = {QStringLiteral("import")};
    import.arguments = Tr::tr("FICHIER");
    import.summary = Tr::tr("Importe un fichier CSV dans un objet déclaré importable (--objet core.voies...), "
                            "tout ou rien sauf --partiel.");
    import.options = {
        {kObjet, Tr::tr("Identifiant de l'objet à importer, par exemple core.voies (la liste s'affiche si "
                        "l'option manque)."), QStringLiteral("ID")},
        {kDryRun, Tr::tr("Simulation : vérifie tout le fichier et affiche le compte rendu sans rien enregistrer.")},
        {kPartiel, Tr::tr("Importe les lignes valides et met les autres dans le fichier de rejets (par défaut : "
                          "une seule ligne fausse refuse tout le fichier).")},
        {kRejets, Tr::tr("Fichier où écrire les lignes refusées avec leur motif (par défaut avec --partiel : "
                         "NOM_rejets.csv à côté du fichier)."), QStringLiteral("FICHIER")},
    };
    import.run = [&registry, &service](CliInvocation &inv) { return runImport(registry, service, inv); };
    return import;
}

int ExchangeCli::runImport(const ImportRegistry &registry, const ImportService &service, CliInvocation &invocation)
{
    QStringList files = invocation.positional();
    if (!files.isEmpty() && files.constFirst() == u"import")
        files.removeFirst();
    const QString objet = invocation.option(kObjet).trimmed();
    if (objet.isEmpty())
        return invocation.usageError(Tr::tr("Indiquez l'objet à importer avec --objet ID.") + u'\n'
                                     + declaredObjects(registry));
    const ImportDefinition *definition = registry.find(objet);
    if (!definition)
        return invocation.usageError(Tr::tr("Objet importable inconnu « %1 ».").arg(objet) + u'\n'
                                     + declaredObjects(registry));
    if (files.size() != 1)
        return invocation.usageError(files.isEmpty()
                                         ? Tr::tr("Indiquez le fichier à importer, par exemple : openmairie-cli import "
                                                  "--objet %1 fichier.csv").arg(objet)
                                         : Tr::tr("Un seul fichier à la fois : « %1 » est de trop.").arg(files.at(1)));
    const QString file = files.constFirst();

    Result<ExchangeActor> actor = service.authorize(*definition);
    if (!actor)
        return invocation.fail(actor.error());

    ImportOptions options;
    options.dryRun = invocation.isSet(kDryRun);
    options.mode = invocation.isSet(kPartiel) ? ImportOptions::Mode::ImportValidLines
                                              : ImportOptions::Mode::AllOrNothing;
    if (invocation.isSet(kRejets))
        options.rejectFilePath = invocation.option(kRejets);
    else if (options.mode == ImportOptions::Mode::ImportValidLines && !options.dryRun)
        options.rejectFilePath = ImportService::defaultRejectFilePath(file);

    const ImportReport report = service.importFile(*definition, file, options, actor.value());
    const int code = exitCodeOf(report.outcome);
    if (invocation.json()) {
        invocation.printJson(toJson(objet, report));
        if (code != ExitOk)
            invocation.err() << Tr::tr("Erreur : ") << report.summary() << Qt::endl;
    } else {
        QTextStream &stream = code == ExitOk ? invocation.out() : invocation.err();
        stream << report.toText();
        if (report.outcome == ImportReport::Outcome::Failed && !report.failure.detail().isEmpty())
            stream << u'\n' << Tr::tr("Détail technique : ") << report.failure.detail();
        stream << Qt::endl;
    }
    return code;
}

} // namespace OpenMairie::Core
