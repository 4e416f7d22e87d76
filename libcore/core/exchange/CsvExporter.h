#pragma once

#include "CsvWriter.h"
#include "TableWriter.h"

#include <QSaveFile>

#include <memory>

namespace OpenMairie::Core {

// Exports as Excel in France opens a double-clicked CSV: UTF-8 with BOM, ';', CRLF, dates
// dd/MM/yyyy, decimal comma, oui/non, formulas neutralised (see CsvWriter).
class OPENMAIRIE_CORE_EXPORT CsvExporter final : public TableWriter
{
public:
    explicit CsvExporter(const QString &filePath);
    ~CsvExporter() override;

    Status begin(const QString &title, const QList<ExportColumn> &columns) override;
    Status writeRow(const QVariantList &values) override;
    Status finish() override;
    Status commit() override;
    void discard() override;

    // The text of one value, and whether it is text the agent typed (neutralised) or a number or
    // a date formatted here (never touched).
    static QString format(const QVariant &value, CsvWriter::FieldKind *kind = nullptr);

private:
    QSaveFile m_file;
    std::unique_ptr<CsvWriter> m_writer;
    QList<ExportColumn::Type> m_types;
    bool m_committed = false;
};

} // namespace OpenMairie::Core
