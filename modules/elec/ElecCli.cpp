#include "ElecCli.h"

#include "ElecService.h"
#include "ReuImport.h"
#include "Tr.h"

#include "CliCommandRegistry.h"
#include "FrenchDate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace OpenMairie::Elec {

namespace {
// The positional arguments after the command's own words, whether or not the shell left them in.
QStringList operands(const Core::CliInvocation &cli, const QStringList &path)
{
    QStringList args = cli.positional();
    if (args.size() >= path.size() && args.mid(0, path.size()) == path)
        args = args.mid(path.size());
    return args;
}
} // namespace

using Core::CliCommand;
using Core::CliInvocation;
using Core::Status;

ElecCli::ElecCli(ElecService &service, Core::DatabaseManager &database, Core::Session &session,
                 Core::Permissions &permissions)
    : m_service(service), m_database(database), m_session(session), m_permissions(permissions)
{
}

Status ElecCli::registerCommands(Core::CliCommandRegistry &registry)
{
    CliCommand import;
    import.path = {QStringLiteral("elec"), QStringLiteral("import")};
    import.summary = Tr::tr("Importe un extrait de la liste électorale du REU (CSV), synchronisé par INE");
    import.arguments = QStringLiteral("FICHIER.csv");
    import.permission = ElecService::kPermissionImporter;
    import.options = {QCommandLineOption(QStringLiteral("dry-run"), Tr::tr("Vérifie et compte sans rien enregistrer."))};
    import.run = [this](CliInvocation &cli) { return importExtract(cli); };

    CliCommand search;
    search.path = {QStringLiteral("elec"), QStringLiteral("search")};
    search.summary = Tr::tr("Cherche des électeurs (nom, prénom, date de naissance, INE)");
    search.arguments = QStringLiteral("TEXTE");
    search.permission = ElecService::kPermissionConsulter;
    search.options = {QCommandLineOption(QStringLiteral("liste"), Tr::tr("Liste LP (par défaut), LCE ou LCM."),
                                         QStringLiteral("LISTE"), QStringLiteral("LP"))};
    search.run = [this](CliInvocation &cli) { return this->search(cli); };

    CliCommand doublons;
    doublons.path = {QStringLiteral("elec"), QStringLiteral("doublons")};
    doublons.summary = Tr::tr("Liste les inscrits qui pourraient être la même personne");
    doublons.permission = ElecService::kPermissionConsulter;
    doublons.run = [this](CliInvocation &cli) { return duplicates(cli); };

    CliCommand refonte;
    refonte.path = {QStringLiteral("elec"), QStringLiteral("refonte")};
    refonte.summary = Tr::tr("Renumérote chaque bureau par ordre alphabétique (refonte de la liste)");
    refonte.permission = ElecService::kPermissionParametrer;
    refonte.run = [this](CliInvocation &cli) { return this->refonte(cli); };

    for (CliCommand *c : {&import, &search, &doublons, &refonte})
        if (Status s = registry.add(*c); !s)
            return s;
    return {};
}

int ElecCli::importExtract(CliInvocation &cli)
{
    const QStringList args = operands(cli, {QStringLiteral("elec"), QStringLiteral("import")});
    if (args.size() != 1)
        return cli.usageError(Tr::tr("Indiquez le fichier de l'extrait : openmairie-cli elec import FICHIER.csv"));
    ReuImport importer(m_database, m_session, m_permissions);
    importer.setToday(m_service.today());
    Core::Result<ReuImportReport> report = importer.importFile(args.first(), cli.isSet(QStringLiteral("dry-run")));
    if (!report)
        return cli.fail(report.error());
    if (cli.json())
        cli.printJson(report->toJson());
    else if (!report->refused)
        cli.out() << report->text() << Qt::endl;
    if (report->refused) {
        cli.err() << report->text() << Qt::endl;
        return Core::ExitRefusedInput;
    }
    return Core::ExitOk;
}

namespace {
QJsonObject electeurJson(const Electeur &e)
{
    return QJsonObject{{QStringLiteral("ine"), e.ine},
                       {QStringLiteral("liste"), e.liste},
                       {QStringLiteral("nom_naissance"), e.nomNaissance},
                       {QStringLiteral("nom_usage"), e.nomUsage},
                       {QStringLiteral("prenoms"), e.prenoms},
                       {QStringLiteral("date_naissance"), e.dateNaissance.toString(Qt::ISODate)},
                       {QStringLiteral("bureau"), e.bureauCode},
                       {QStringLiteral("numero_ordre"), e.numeroOrdre},
                       {QStringLiteral("situation"), e.situation}};
}
} // namespace

int ElecCli::search(CliInvocation &cli)
{
    const QStringList args = operands(cli, {QStringLiteral("elec"), QStringLiteral("search")});
    if (args.isEmpty())
        return cli.usageError(Tr::tr("Indiquez ce que vous cherchez : openmairie-cli elec search DUPONT"));
    const QString liste = cli.option(QStringLiteral("liste")).isEmpty() ? QStringLiteral("LP") : cli.option(QStringLiteral("liste"));
    Core::Result<QList<Electeur>> found = m_service.search(args.join(u' '), liste);
    if (!found)
        return cli.fail(found.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Electeur &e : found.value())
            array.append(electeurJson(e));
        cli.printJson(array);
        return Core::ExitOk;
    }
    for (const Electeur &e : found.value())
        cli.out() << e.ine << u'\t' << e.displayName() << u'\t' << Core::FrenchDate::format(e.dateNaissance) << u'\t'
                  << e.bureauCode << u'\t' << e.numeroOrdre << Qt::endl;
    if (found->isEmpty())
        cli.out() << Tr::tr("Aucun électeur ne correspond sur la %1.").arg(Liste::label(liste)) << Qt::endl;
    return Core::ExitOk;
}

int ElecCli::duplicates(CliInvocation &cli)
{
    Core::Result<QList<QList<Electeur>>> groups = m_service.rapportDoublons();
    if (!groups)
        return cli.fail(groups.error());
    if (cli.json()) {
        QJsonArray array;
        for (const QList<Electeur> &g : groups.value()) {
            QJsonArray group;
            for (const Electeur &e : g)
                group.append(electeurJson(e));
            array.append(group);
        }
        cli.printJson(array);
        return Core::ExitOk;
    }
    for (const QList<Electeur> &g : groups.value()) {
        for (const Electeur &e : g)
            cli.out() << e.liste << u'\t' << e.ine << u'\t' << e.displayName() << u'\t'
                      << Core::FrenchDate::format(e.dateNaissance) << u'\t' << e.bureauCode << Qt::endl;
        cli.out() << Qt::endl;
    }
    cli.out() << Tr::tr("%n groupe(s) de doublons possibles.", nullptr, int(groups->size())) << Qt::endl;
    return Core::ExitOk;
}

int ElecCli::refonte(CliInvocation &cli)
{
    Core::Result<int> changed = m_service.refonte();
    if (!changed)
        return cli.fail(changed.error());
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("renumerotes"), changed.value()}});
    else
        cli.out() << Tr::tr("Refonte faite : %n électeur(s) ont changé de numéro d'ordre.", nullptr, changed.value()) << Qt::endl;
    return Core::ExitOk;
}

} // namespace OpenMairie::Elec
