#include "AuditCommand.h"

#include "CliWorkspace.h"
#include "TextTable.h"

#include "CoreServices.h"
#include "FrenchDate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::AuditCommand)
};
} // namespace

QList<QCommandLineOption> AuditCommand::filterOptions()
{
    return {
        {QStringLiteral("utilisateur"), Tr::tr("Identifiant de l'auteur."), Tr::tr("IDENTIFIANT")},
        {QStringLiteral("module"), Tr::tr("Module (core, reglement...)."), Tr::tr("MODULE")},
        {QStringLiteral("table"), Tr::tr("Table (reglement_arrete...)."), Tr::tr("TABLE")},
        {QStringLiteral("id"), Tr::tr("Numéro de l'enregistrement."), Tr::tr("N")},
        {QStringLiteral("action"), Tr::tr("insert, update, delete, login, login_failed, export, print..."), Tr::tr("ACTION")},
        {QStringLiteral("du"), Tr::tr("Depuis le (JJ/MM/AAAA ou AAAA-MM-JJ)."), Tr::tr("DATE")},
        {QStringLiteral("au"), Tr::tr("Jusqu'au (inclus)."), Tr::tr("DATE")},
        {QStringLiteral("limite"), Tr::tr("Nombre maximal de lignes (1000 par défaut)."), Tr::tr("N")},
    };
}

int AuditCommand::readFilter(CliInvocation &invocation, AuditFilter *filter)
{
    filter->user = invocation.option(QStringLiteral("utilisateur"));
    filter->module = invocation.option(QStringLiteral("module"));
    filter->table = invocation.option(QStringLiteral("table"));
    filter->action = invocation.option(QStringLiteral("action"));
    if (invocation.isSet(QStringLiteral("id"))) {
        bool ok = false;
        filter->recordId = invocation.option(QStringLiteral("id")).toLongLong(&ok);
        if (!ok || filter->recordId <= 0)
            return invocation.usageError(Tr::tr("--id attend un numéro d'enregistrement (entier positif)."));
    }
    if (invocation.isSet(QStringLiteral("limite"))) {
        bool ok = false;
        filter->limit = invocation.option(QStringLiteral("limite")).toInt(&ok);
        if (!ok || filter->limit <= 0)
            return invocation.usageError(Tr::tr("--limite attend un nombre de lignes (entier positif)."));
    }
    for (const auto &[name, target] : {std::pair{QStringLiteral("du"), &filter->from}, std::pair{QStringLiteral("au"), &filter->to}}) {
        if (!invocation.isSet(name))
            continue;
        Result<QDate> date = FrenchDate::parse(invocation.option(name));
        if (!date)
            return invocation.usageError(Tr::tr("--%1 : %2").arg(name, date.error().message()));
        *target = date.value();
    }
    if (filter->from.isValid() && filter->to.isValid() && filter->to < filter->from)
        return invocation.usageError(Tr::tr("La période est inversée : --au doit suivre --du."));
    return ExitOk;
}

QList<CliCommand> AuditCommand::describe(CliWorkspace &workspace)
{
    CliCommand list;
    list.path = {QStringLiteral("audit"), QStringLiteral("list")};
    list.summary = Tr::tr("Affiche le journal d'audit (les plus récents d'abord), filtré.");
    list.permission = AuditQuery::consultPermission();
    list.options = filterOptions();
    list.run = [&workspace](CliInvocation &i) { return AuditCommand::list(workspace, i); };

    CliCommand exported;
    exported.path = {QStringLiteral("audit"), QStringLiteral("export")};
    exported.summary = Tr::tr("Exporte le journal filtré en CSV pour Excel (l'export est lui-même journalisé).");
    exported.permission = AuditQuery::exportPermission();
    exported.options = filterOptions() + QList<QCommandLineOption>{
        {QStringLiteral("out"), Tr::tr("Fichier CSV à écrire."), Tr::tr("FICHIER.csv")}};
    exported.run = [&workspace](CliInvocation &i) { return exportCsv(workspace, i); };
    return {list, exported};
}

int AuditCommand::list(CliWorkspace &workspace, CliInvocation &invocation)
{
    AuditFilter filter;
    if (const int rc = readFilter(invocation, &filter); rc != ExitOk)
        return rc;
    Result<QList<AuditRow>> rows = workspace.services().auditQuery().find(filter);
    if (!rows)
        return invocation.fail(rows.error());
    if (invocation.json()) {
        QJsonArray array;
        for (const AuditRow &r : rows.value())
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("horodatage"), r.when.toString(Qt::ISODate)},
                                     {QStringLiteral("utilisateur"), r.user},
                                     {QStringLiteral("commune"), r.communeName},
                                     {QStringLiteral("module"), r.module},
                                     {QStringLiteral("table"), r.table},
                                     {QStringLiteral("enregistrement"), r.recordId},
                                     {QStringLiteral("action"), r.action},
                                     {QStringLiteral("avant"), r.before},
                                     {QStringLiteral("apres"), r.after},
                                     {QStringLiteral("commentaire"), r.comment}});
        invocation.printJson(array);
        return ExitOk;
    }
    TextTable table({Tr::tr("Date"), Tr::tr("Utilisateur"), Tr::tr("Commune"), Tr::tr("Objet"), Tr::tr("Action"),
                     Tr::tr("Champs modifiés")});
    for (const AuditRow &r : rows.value())
        table.addRow({r.when.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")), r.user, r.communeName,
                      r.recordId > 0 ? QStringLiteral("%1 n° %2").arg(r.table).arg(r.recordId) : r.table,
                      AuditRow::actionLabel(r.action),
                      r.comment.isEmpty() ? r.changedFields().join(QStringLiteral(", ")) : r.comment});
    invocation.out() << table.render() << Qt::flush;
    return ExitOk;
}

int AuditCommand::exportCsv(CliWorkspace &workspace, CliInvocation &invocation)
{
    const QString out = invocation.option(QStringLiteral("out"));
    if (out.isEmpty())
        return invocation.usageError(Tr::tr("Indiquez le fichier à écrire : --out journal.csv."));
    AuditFilter filter;
    if (const int rc = readFilter(invocation, &filter); rc != ExitOk)
        return rc;
    Result<int> written = workspace.services().auditQuery().exportCsv(filter, out);
    if (!written)
        return invocation.fail(written.error());
    if (invocation.json())
        invocation.printJson(QJsonObject{{QStringLiteral("fichier"), out}, {QStringLiteral("lignes"), written.value()}});
    else
        invocation.out() << Tr::tr("%n ligne(s) du journal exportée(s) dans %1.", nullptr, written.value()).arg(out)
                         << Qt::endl;
    return ExitOk;
}

} // namespace OpenMairie::Cli
