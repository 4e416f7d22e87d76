#pragma once

#include "ExportColumn.h"
#include "Result.h"

#include <QList>
#include <QVariantList>

#include <memory>

namespace OpenMairie::Core {

enum class ExportFormat { Csv, Xlsx };

// A file format for tabular exports. A writer builds the file aside; commit() then puts it where
// the agent asked. The export job writes the audit row between the two, so that personal data
// never leaves without its trace, and a failed trace leaves no file.
class OPENMAIRIE_CORE_EXPORT TableWriter
{
public:
    virtual ~TableWriter();

    virtual Status begin(const QString &title, const QList<ExportColumn> &columns) = 0;
    // Values already normalised (ExportColumn::normalize), one per column.
    virtual Status writeRow(const QVariantList &values) = 0;
    virtual Status finish() = 0;
    virtual Status commit() = 0;
    virtual void discard() = 0;

    static std::unique_ptr<TableWriter> create(ExportFormat format, const QString &filePath);
    static QString extension(ExportFormat format);   // "csv", "xlsx"
    static QString formatName(ExportFormat format);  // "CSV (Excel)", "Classeur Excel (.xlsx)"
    // The file name with the format's extension, added or replaced.
    static QString withExtension(const QString &filePath, ExportFormat format);
};

} // namespace OpenMairie::Core
