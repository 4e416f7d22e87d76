#pragma once

#include "Result.h"
#include "TextDecoder.h"

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace OpenMairie::Core {

// One record of a CSV file. The reader refills the same object, so that reading a 500 000-line
// file allocates per field, not per record.
struct OPENMAIRIE_CORE_EXPORT CsvRecord
{
    qint64 line = 0;         // physical line where the record starts (1 = first line of the file)
    QStringList fields;
    QString problem;         // French reason when the record is malformed (quote never closed...)
    int problemField = 0;    // 1-based number of the field the problem is in
    qint64 problemLine = 0;  // physical line of the problem

    bool hasProblem() const { return !problem.isEmpty(); }
    // True when every field is empty or blank: Excel leaves such ";;;;" lines at the end of files.
    bool isBlank() const;
};

// A streaming CSV reader (RFC 4180 plus what spreadsheets really write): fields quoted with
// embedded separators, line breaks and doubled quotes; CRLF, LF and lone CR in any mix; a UTF-8
// BOM; the separator (; , tab) and the encoding detected from the start of the file.
//
// It works on bytes: the separator, the quote and the line breaks are ASCII in every supported
// encoding and never appear inside a multi-byte UTF-8 sequence, so each field is decoded once,
// when complete. Memory is bounded by the longest record, and each field by maxFieldBytes, so
// that any input - including what a fuzzer makes - is read in bounded memory and time.
class OPENMAIRIE_CORE_EXPORT CsvReader
{
public:
    struct Options
    {
        char separator = 0;                                   // 0: detected from the first line
        TextEncoding encoding = TextEncoding::Undetermined;   // Undetermined: detected
        qsizetype maxFieldBytes = 1024 * 1024;
        int maxFields = 4096;
        qsizetype chunkSize = 64 * 1024;
        qsizetype sampleSize = 64 * 1024;
    };

    explicit CsvReader(QIODevice &device);
    CsvReader(QIODevice &device, const Options &options);

    // Reads the start of the file: BOM, encoding, separator. Refuses what is not CSV text (UTF-16,
    // binary, two encodings mixed) with a French message.
    Status open();

    // The next non-empty record; false at the end of the file or on a read error (see status()).
    bool readRecord(CsvRecord &record);

    const Status &status() const { return m_status; }
    TextEncoding encoding() const { return m_encoding; }
    char separator() const { return m_separator; }
    // False when the first line had none of ; , tab: the file then has one column, or is not CSV.
    bool separatorFound() const { return m_separatorFound; }
    qint64 bytesRead() const { return m_bytesRead; }

    // "point-virgule", "virgule", "tabulation".
    static QString separatorName(char separator);

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool fill();
    void appendToField(const char *data, qsizetype size, CsvRecord &record, int fieldIndex);
    void endField(CsvRecord &record, int &fieldCount);
    void setProblem(CsvRecord &record, int field, const QString &text);
    char detectSeparator(QByteArrayView sample) const;

    QIODevice &m_device;
    Options m_options;
    Status m_status;
    TextEncoding m_encoding = TextEncoding::Undetermined;
    bool m_encodingForced = false;
    char m_separator = ';';
    bool m_separatorFound = true;
    bool m_opened = false;

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_eof = false;
    bool m_afterCR = false;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    QByteArray m_field;
    bool m_fieldOverflow = false;
};

} // namespace OpenMairie::Core
