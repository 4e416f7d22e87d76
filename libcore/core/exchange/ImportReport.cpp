#include "ImportReport.h"

#include "CsvReader.h"

#include <QCoreApplication>

#include <algorithm>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ImportReport)
};

// French counts: 0 and 1 take the singular.
QString count(qint64 n, const QString &singular, const QString &plural)
{
    return QStringLiteral("%1 %2").arg(n).arg(n > 1 ? plural : singular);
}

// Reasons are sentences of their own; after "Ligne 3 : " they continue the sentence.
QString continued(const QString &reason)
{
    if (reason.size() >= 2 && reason.at(0).isUpper() && reason.at(1).isLower())
        return reason.at(0).toLower() + reason.mid(1);
    return reason;
}
} // namespace

QString ImportIssue::text() const
{
    if (line <= 0)
        return Tr::tr("Erreur : %1").arg(continued(reason));
    if (column.isEmpty())
        return Tr::tr("Ligne %1 : %2").arg(line).arg(continued(reason));
    return Tr::tr("Ligne %1, colonne « %2 » : %3").arg(line).arg(column, continued(reason));
}

QString ImportIssue::motive() const
{
    if (column.isEmpty())
        return continued(reason);
    return Tr::tr("colonne « %1 » : %2").arg(column, continued(reason));
}

void ImportReport::addIssue(const ImportIssue &issue)
{
    if (issues.size() >= kMaxIssues && issue.line > 0) {
        ++omittedIssues;
        return;
    }
    issues.append(issue);
}

void ImportReport::sortIssues()
{
    std::stable_sort(issues.begin(), issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
}

bool ImportReport::succeeded() const
{
    return outcome == Outcome::Imported || outcome == Outcome::ImportedWithRejects
           || outcome == Outcome::DryRunPassed;
}

bool ImportReport::hasFileErrors() const
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ImportIssue &i) { return i.line <= 0; });
}

QString ImportReport::summary() const
{
    const QString rejectedText = count(rejectedLines, Tr::tr("ligne rejetée"), Tr::tr("lignes rejetées"));
    switch (outcome) {
    case Outcome::Imported:
        return Tr::tr("Import réussi : %1.").arg(count(writtenLines, Tr::tr("ligne importée"),
                                                       Tr::tr("lignes importées")));
    case Outcome::ImportedWithRejects:
        return Tr::tr("Import partiel : %1, %2 (voir le fichier des rejets).")
            .arg(count(writtenLines, Tr::tr("ligne importée"), Tr::tr("lignes importées")), rejectedText);
    case Outcome::Refused:
        if (hasFileErrors() || rejectedLines == 0)
            return Tr::tr("Fichier refusé : rien n'a été importé.");
        if (mode == ImportOptions::Mode::ImportValidLines)
            return Tr::tr("Fichier refusé : aucune ligne n'est valide (%1), rien n'a été importé.").arg(rejectedText);
        return (rejectedLines > 1 ? Tr::tr("Fichier refusé : %1 sur %2, rien n'a été importé. Corrigez-les puis "
                                           "recommencez, ou choisissez d'importer seulement les lignes valides.")
                                  : Tr::tr("Fichier refusé : %1 sur %2, rien n'a été importé. Corrigez-la puis "
                                           "recommencez, ou choisissez d'importer seulement les lignes valides."))
            .arg(count(rejectedLines, Tr::tr("ligne en erreur"), Tr::tr("lignes en erreur")))
            .arg(dataLines);
    case Outcome::DryRunPassed:
        if (rejectedLines > 0)
            return Tr::tr("Simulation : %1 seraient importées, %2 ; rien n'a été enregistré.")
                .arg(count(writtenLines, Tr::tr("ligne"), Tr::tr("lignes")), rejectedText);
        return Tr::tr("Simulation réussie : %1 peuvent être importées ; rien n'a été enregistré.")
            .arg(count(writtenLines, Tr::tr("ligne"), Tr::tr("lignes")));
    case Outcome::DryRunFailed:
        if (hasFileErrors() || rejectedLines == 0)
            return Tr::tr("Simulation : le fichier serait refusé ; rien n'a été enregistré.");
        return Tr::tr("Simulation : le fichier serait refusé, %1 sur %2 ; rien n'a été enregistré.")
            .arg(count(rejectedLines, Tr::tr("ligne en erreur"), Tr::tr("lignes en erreur")))
            .arg(dataLines);
    case Outcome::Cancelled:
        return Tr::tr("Import annulé : rien n'a été enregistré.");
    case Outcome::Failed:
        return Tr::tr("Échec de l'import : rien n'a été enregistré. %1").arg(failure.message());
    }
    return {};
}

QString ImportReport::toText() const
{
    QStringList lines;
    if (!sourceName.isEmpty())
        lines << Tr::tr("Fichier : %1").arg(sourceName);
    if (formatKnown) {
        QString format = Tr::tr("Encodage : %1").arg(TextDecoder::displayName(encoding));
        if (separatorKnown)
            format += Tr::tr(" ; séparateur : %1")
                          .arg(separatorFound ? CsvReader::separatorName(separator) : Tr::tr("aucun trouvé"));
        lines << format;
    }
    if (headerRead) {
        QString counts = Tr::tr("Lignes de données : %1 (valides : %2, rejetées : %3)")
                             .arg(dataLines).arg(validLines).arg(rejectedLines);
        if (blankLines > 0)
            counts += Tr::tr(" ; lignes vides ignorées : %1").arg(blankLines);
        lines << counts;
    }
    lines << summary();
    for (const QString &w : warnings)
        lines << Tr::tr("Avertissement : %1").arg(w);
    for (const ImportIssue &issue : issues)
        lines << issue.text();
    if (omittedIssues > 0)
        lines << Tr::tr("… et %1 (voir le fichier des rejets).")
                     .arg(count(omittedIssues, Tr::tr("autre erreur"), Tr::tr("autres erreurs")));
    return lines.join(u'\n') + u'\n';
}

} // namespace OpenMairie::Core
