#include "ReglementPrintCli.h"

#include "Arrete.h"
#include "ArretePrinting.h"
#include "ArreteService.h"
#include "Tr.h"

#include "CliCommandRegistry.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace OpenMairie::Reglement {

using Core::CliInvocation;

namespace {
const QString kNumero = QStringLiteral("numero");
const QString kDuplicata = QStringLiteral("duplicata");
const QString kAnnee = QStringLiteral("annee");
const QString kOut = QStringLiteral("out");

int report(CliInvocation &inv, const Core::Result<Documents::DocumentJobResult> &result, const QString &what)
{
    if (!result)
        return inv.fail(result.error());
    const Documents::DocumentJobResult &r = result.value();
    if (inv.json()) {
        inv.printJson(QJsonObject{{QStringLiteral("fichier"), r.path},
                                  {QStringLiteral("pages"), r.pageCount},
                                  {QStringLiteral("lignes"), r.rowCount},
                                  {QStringLiteral("empreinte_sha256"), r.checksum},
                                  {QStringLiteral("avertissements"), QJsonArray::fromStringList(r.warnings)}});
        return Core::ExitOk;
    }
    // Warnings (no logo, a parameter left empty) do not stop the print: the agent reads them.
    for (const QString &warning : r.warnings)
        inv.err() << Tr::tr("Avertissement : ") << warning << Qt::endl;
    inv.out() << Tr::tr("%1 écrit dans %2 (%n page(s)).", nullptr, r.pageCount)
                     .arg(what, QDir::toNativeSeparators(r.path))
              << Qt::endl;
    inv.out().flush();
    inv.err().flush();
    return Core::ExitOk;
}

// --out is required and checked before any work, so that a script learns at once what is wrong.
bool requireOut(CliInvocation &inv, const QString &example, int *code)
{
    if (inv.isSet(kOut) && !inv.option(kOut).trimmed().isEmpty())
        return true;
    *code = inv.usageError(Tr::tr("Option --out manquante : indiquez le fichier PDF à écrire. Exemple : %1").arg(example));
    return false;
}
} // namespace

ReglementPrintCli::ReglementPrintCli(ArretePrinting &printing) : m_printing(printing) {}

Core::Status ReglementPrintCli::registerCommands(Core::CliCommandRegistry &registry)
{
    const QCommandLineOption out(kOut, Tr::tr("Fichier PDF/A à écrire (obligatoire). Il n'apparaît qu'une fois complet."),
                                 QStringLiteral("FICHIER.pdf"));

    Core::CliCommand arrete;
    arrete.path = {QStringLiteral("reglement"), QStringLiteral("print"), QStringLiteral("arrete")};
    arrete.summary = Tr::tr("Imprime un arrêté en PDF/A, avec le modèle de la commune (ou celui fourni)");
    arrete.permission = ArreteService::kPermissionConsulter;
    arrete.options = {
        {kNumero, Tr::tr("Numéro de l'arrêté (obligatoire), par exemple 2024-0012."), QStringLiteral("AAAA-NNNN")},
        {kDuplicata, Tr::tr("Imprime la mention « Duplicata » en filigrane (copie d'un arrêté déjà signé).")},
        out,
    };
    arrete.run = [this](CliInvocation &inv) { return printArrete(inv); };

    Core::CliCommand registre;
    registre.path = {QStringLiteral("reglement"), QStringLiteral("print"), QStringLiteral("registre")};
    registre.summary = Tr::tr("Imprime en PDF/A le registre chronologique des arrêtés d'une année");
    registre.permission = ArreteService::kPermissionConsulter;
    registre.options = {
        {kAnnee, Tr::tr("Année du registre (obligatoire)."), QStringLiteral("AAAA")},
        out,
    };
    registre.run = [this](CliInvocation &inv) { return printRegister(inv); };

    for (Core::CliCommand *c : {&arrete, &registre})
        if (Core::Status s = registry.add(std::move(*c)); !s)
            return s;
    return {};
}

int ReglementPrintCli::printArrete(CliInvocation &inv)
{
    const QString example = QStringLiteral("reglement print arrete --numero 2024-0012 --out arrete.pdf");
    if (!inv.isSet(kNumero) || inv.option(kNumero).trimmed().isEmpty())
        return inv.usageError(Tr::tr("Option --numero manquante : indiquez le numéro de l'arrêté. Exemple : %1")
                                  .arg(example));
    int code = Core::ExitUsage;
    if (!requireOut(inv, example, &code))
        return code;
    QString numero = inv.option(kNumero).trimmed();
    if (int annee = 0, rang = 0; Arrete::parseNumero(numero, &annee, &rang))
        numero = Arrete::formatNumero(annee, rang); // « 2024-12 » is reported as « 2024-0012 »
    return report(inv, m_printing.arreteToPdf(numero, inv.isSet(kDuplicata), inv.option(kOut)),
                  Tr::tr("Arrêté n° %1").arg(numero));
}

int ReglementPrintCli::printRegister(CliInvocation &inv)
{
    const QString example = QStringLiteral("reglement print registre --annee 2024 --out registre-2024.pdf");
    if (!inv.isSet(kAnnee))
        return inv.usageError(Tr::tr("Option --annee manquante : indiquez l'année du registre. Exemple : %1").arg(example));
    int code = Core::ExitUsage;
    if (!requireOut(inv, example, &code))
        return code;
    bool ok = false;
    const int annee = inv.option(kAnnee).trimmed().toInt(&ok);
    if (!ok || annee < 1900 || annee > 9999)
        return inv.fail(Core::Error(Tr::tr("Option --annee : « %1 » n'est pas une année (quatre chiffres, par exemple "
                                           "2024).").arg(inv.option(kAnnee)),
                                    {}, Core::Error::Kind::InvalidInput));
    return report(inv, m_printing.registerToPdf(annee, inv.option(kOut)), Tr::tr("Registre des arrêtés %1").arg(annee));
}

} // namespace OpenMairie::Reglement
