#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace OpenMairie::Core {

// Writes CSV the way Excel in France reads it without any question: UTF-8 with a BOM (else Excel
// reads Windows-1252 and breaks the accents), ';' between fields (',' is the decimal mark),
// CRLF line ends, fields quoted only when they must be.
//
// Formula injection: a spreadsheet evaluates a cell that starts with = + - @ (and tab or CR,
// which some versions skip before looking), even when the field is quoted in the CSV, so
// "=cmd|' /C calc'!A0" typed in a name field would run on the PC of whoever opens the export. Text
// cells that start with one of these characters are therefore prefixed with an apostrophe, the
// spreadsheets' own "this is text" mark (OWASP's recommendation). The price: the apostrophe is
// visible in the cell, e.g. "'+33 6 12 34 56 78". Values we format ourselves (numbers, dates) are
// never touched, so negative amounts stay numbers.
class OPENMAIRIE_CORE_EXPORT CsvWriter
{
public:
    struct Options
    {
        QChar separator = u';';
        bool byteOrderMark = true;
        bool crlf = true;
        bool neutralizeFormulas = true;
    };

    explicit CsvWriter(QIODevice &device);
    CsvWriter(QIODevice &device, const Options &options);

    enum class FieldKind { Text, Formatted }; // Formatted: a number or date we wrote ourselves

    void addField(QStringView value, FieldKind kind = FieldKind::Text);
    void endRecord();
    void writeRecord(const QStringList &fields);

    // The first write error, in French.
    const Status &status() const { return m_status; }

    static bool startsLikeFormula(QStringView value);
    static QString neutralized(const QString &value);

private:
    void write(const QString &text);

    QIODevice &m_device;
    Options m_options;
    Status m_status;
    QString m_line;
    bool m_firstField = true;
    bool m_bomWritten = false;
};

} // namespace OpenMairie::Core
