#pragma once

#include "TableWriter.h"

#include <QList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace OpenMairie::Core {

// Exports an Excel workbook with libxlsxwriter, in its constant-memory mode (each row goes to
// disk as it is written): a bold, frozen header row with filters, dates as real dates shown
// dd/mm/yyyy (so that the agent can sort and compute on them), numbers as numbers, and column
// widths fitted to the content. Text cells are written as strings, never as formulas, so an
// xlsx needs no neutralisation. The workbook is written beside the target and renamed onto it on
// commit().
class OPENMAIRIE_CORE_EXPORT XlsxExporter final : public TableWriter
{
public:
    explicit XlsxExporter(const QString &filePath);
    ~XlsxExporter() override;

    Status begin(const QString &title, const QList<ExportColumn> &columns) override;
    Status writeRow(const QVariantList &values) override;
    Status finish() override;
    Status commit() override;
    void discard() override;

    // Excel's rules for a sheet name: 31 characters, none of []:*?/\ .
    static QString sheetName(const QString &title);

    static constexpr int kMaxRows = 1048576;   // header included
    static constexpr int kMaxCellText = 32767;

private:
    Status check(int lxwError, const QString &what);
    void noteWidth(int column, qsizetype characters);

    QString m_filePath;
    QString m_partPath;
    QByteArray m_tmpDir;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_dateFormat = nullptr;
    lxw_format *m_dateTimeFormat = nullptr;
    QList<double> m_widths;
    QList<ExportColumn::Type> m_types;
    int m_columnCount = 0;
    int m_row = 0;
    bool m_closed = false;
    bool m_committed = false;
};

} // namespace OpenMairie::Core
