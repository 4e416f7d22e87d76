#pragma once

#include "ImportOptions.h"
#include "Result.h"
#include "TextDecoder.h"

#include <QList>
#include <QStringList>

namespace OpenMairie::Core {

// One reason why a line (or the whole file, line 0) cannot be imported.
struct OPENMAIRIE_CORE_EXPORT ImportIssue
{
    qint64 line = 0;  // 0: the file as a whole
    QString column;   // the column's name in the file; empty when the whole line is concerned
    QString reason;   // French

    // "Ligne 3, colonne « date_naissance » : la date « 31/02/2020 » n'existe pas (...)."
    QString text() const;
    // The same without the line number, for the reject file's motif_rejet column.
    QString motive() const;
};

// What an import did or would do, shown to the agent and written by the CLI. Deterministic (no
// path, no duration), so that tests compare it word for word.
struct OPENMAIRIE_CORE_EXPORT ImportReport
{
    enum class Outcome {
        Imported,            // every line imported
        ImportedWithRejects, // valid lines imported, the others in the reject file
        Refused,             // nothing imported because of the file's content
        DryRunPassed,        // simulation: the import would succeed
        DryRunFailed,        // simulation: the import would be refused
        Cancelled,           // the agent cancelled: rolled back
        Failed,              // a technical failure (disk, server): rolled back
    };

    static constexpr int kMaxIssues = 10000; // beyond, the reject file holds them all

    Outcome outcome = Outcome::Refused;
    bool dryRun = false;
    ImportOptions::Mode mode = ImportOptions::Mode::AllOrNothing;
    QString sourceName;
    bool formatKnown = false;
    TextEncoding encoding = TextEncoding::Undetermined;
    char separator = ';';
    bool separatorKnown = false; // false when the file was refused before its first line was read
    bool separatorFound = false; // false when the first line had none of ; , tab
    bool headerRead = false;
    qint64 dataLines = 0;
    qint64 validLines = 0;
    qint64 rejectedLines = 0;
    qint64 writtenLines = 0;
    qint64 blankLines = 0;
    QStringList warnings;
    QList<ImportIssue> issues; // the file's first (line 0), then by line
    qint64 omittedIssues = 0;
    QString rejectFilePath;    // set when a reject file was written
    Error failure;             // for Failed

    void addIssue(const ImportIssue &issue);
    void sortIssues();
    bool succeeded() const;
    bool hasFileErrors() const;

    // One French sentence: what happened and what to do.
    QString summary() const;
    // The whole report, one fact per line: file, encoding and separator, counts, the summary,
    // then warnings and every reported line.
    QString toText() const;
};

} // namespace OpenMairie::Core
