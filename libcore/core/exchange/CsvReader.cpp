#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::CsvReader)
};

QString describeByte(char c)
{
    const auto b = static_cast<uchar>(c);
    if (b > 0x20 && b < 0x7F)
        return QString(QLatin1Char(c));
    return QStringLiteral("0x%1").arg(b, 2, 16, QLatin1Char('0'));
}

// Physical line (1-based) of a byte offset, counting CRLF, LF and lone CR as one line break each.
qint64 lineOfOffset(QByteArrayView bytes, qsizetype offset)
{
    qint64 line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n')
            ++line;
        else if (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))
            ++line;
    }
    return line;
}
} // namespace

bool CsvRecord::isBlank() const
{
    for (const QString &f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

CsvReader::CsvReader(QIODevice &device) : CsvReader(device, Options()) {}

CsvReader::CsvReader(QIODevice &device, const Options &options) : m_device(device), m_options(options)
{
    if (m_options.chunkSize < 1)
        m_options.chunkSize = 1;
    if (m_options.sampleSize < 4)
        m_options.sampleSize = 4;
    if (m_options.maxFieldBytes < 1)
        m_options.maxFieldBytes = 1;
    if (m_options.maxFields < 1)
        m_options.maxFields = 1;
}

QString CsvReader::separatorName(char separator)
{
    switch (separator) {
    case ';': return Tr::tr("point-virgule");
    case ',': return Tr::tr("virgule");
    case '\t': return Tr::tr("tabulation");
    default: return QStringLiteral("« %1 »").arg(QLatin1Char(separator));
    }
}

char CsvReader::detectSeparator(QByteArrayView sample) const
{
    // Counted on the header line only: data lines hold French decimals ("12,5") and free text,
    // the header holds column names.
    int semicolons = 0, commas = 0, tabs = 0;
    bool inQuotes = false;
    qsizetype start = 0;
    while (start < sample.size() && (sample[start] == '\r' || sample[start] == '\n'))
        ++start; // empty lines before the header
    for (const char c : sample.sliced(start)) {
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes) {
            if (c == '\r' || c == '\n')
                break;
            if (c == ';')
                ++semicolons;
            else if (c == ',')
                ++commas;
            else if (c == '\t')
                ++tabs;
        }
    }
    // Ties go to the French spreadsheet default, then to tab (never inside names).
    if (semicolons == 0 && commas == 0 && tabs == 0)
        return 0;
    if (semicolons >= commas && semicolons >= tabs)
        return ';';
    if (tabs >= commas)
        return '\t';
    return ',';
}

Status CsvReader::open()
{
    if (m_opened)
        return m_status;
    m_opened = true;
    if (!m_device.isOpen() || !m_device.isReadable()) {
        m_status = Error(Tr::tr("Le fichier n'est pas ouvert en lecture."), m_device.errorString(),
                         Error::Kind::Storage);
        return m_status;
    }
    const QByteArray sample = m_device.peek(m_options.sampleSize);
    const bool complete = !m_device.isSequential() && m_device.size() - m_device.pos() <= sample.size();
    const bool hasBom = sample.startsWith("\xEF\xBB\xBF");

    if (m_options.encoding != TextEncoding::Undetermined) {
        m_encoding = m_options.encoding;
        m_encodingForced = true;
    } else {
        qsizetype firstInvalid = -1;
        m_encoding = TextDecoder::detect(sample, complete, &firstInvalid);
        switch (m_encoding) {
        case TextEncoding::Utf16:
            m_status = Error(Tr::tr("Le fichier est enregistré en UTF-16 (« Texte Unicode ») : ce n'est pas un CSV "
                                    "lisible. Dans le tableur, enregistrez-le au format « CSV UTF-8 » ou « CSV "
                                    "(séparateur : point-virgule) »."),
                             {}, Error::Kind::InvalidInput);
            return m_status;
        case TextEncoding::Binary:
            m_status = Error(Tr::tr("Ce fichier n'est pas un fichier texte CSV (c'est peut-être un classeur Excel ou "
                                    "LibreOffice renommé). Ouvrez-le dans le tableur et enregistrez-le au format "
                                    "CSV."),
                             {}, Error::Kind::InvalidInput);
            return m_status;
        case TextEncoding::Mixed:
            m_status = Error(Tr::tr("Le fichier mélange deux encodages de caractères (UTF-8 et Windows-1252 ou "
                                    "ISO-8859-15), à partir de la ligne %1 : les lettres accentuées seraient mal "
                                    "lues. Ouvrez-le dans le tableur, corrigez les accents et réenregistrez-le au "
                                    "format « CSV UTF-8 ».")
                                 .arg(lineOfOffset(sample, firstInvalid)),
                             {}, Error::Kind::InvalidInput);
            return m_status;
        default:
            break;
        }
    }
    if (hasBom) {
        m_device.skip(3);
        m_bytesRead += 3;
    }
    if (m_options.separator != 0) {
        m_separator = m_options.separator;
    } else {
        const char detected = detectSeparator(QByteArrayView(sample).sliced(hasBom ? 3 : 0));
        m_separatorFound = detected != 0;
        m_separator = detected != 0 ? detected : ';';
    }
    m_buffer.resize(m_options.chunkSize);
    return m_status;
}

bool CsvReader::fill()
{
    if (m_eof || !m_status)
        return false;
    qint64 n = m_device.read(m_buffer.data(), m_buffer.size());
    while (n == 0 && m_device.isSequential() && m_device.waitForReadyRead(30000))
        n = m_device.read(m_buffer.data(), m_buffer.size());
    if (n < 0) {
        m_status = Error(Tr::tr("La lecture du fichier s'est interrompue : rien n'a été importé. Vérifiez que le "
                                "fichier est toujours accessible puis recommencez."),
                         m_device.errorString(), Error::Kind::Storage);
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_pos = 0;
    m_end = n;
    return true;
}

void CsvReader::setProblem(CsvRecord &record, int field, const QString &text)
{
    if (record.hasProblem())
        return; // the first problem explains the rest
    record.problem = text;
    record.problemField = field;
    record.problemLine = m_line;
}

void CsvReader::appendToField(const char *data, qsizetype size, CsvRecord &record, int fieldIndex)
{
    if (size <= 0 || m_fieldOverflow)
        return;
    if (m_field.size() + size > m_options.maxFieldBytes) {
        // Dropped whole rather than cut at a buffer-dependent place.
        m_field.clear();
        m_fieldOverflow = true;
        setProblem(record, fieldIndex + 1,
                   Tr::tr("la valeur dépasse %1 octets : elle est trop longue pour être une donnée, le fichier est "
                          "sans doute mal formé (guillemet non fermé ?).")
                       .arg(m_options.maxFieldBytes));
        return;
    }
    m_field.append(data, size);
}

void CsvReader::endField(CsvRecord &record, int &fieldCount)
{
    if (fieldCount >= m_options.maxFields) {
        setProblem(record, fieldCount + 1,
                   Tr::tr("la ligne compte plus de %1 champs : le fichier n'est sans doute pas un CSV de ce type.")
                       .arg(m_options.maxFields));
        m_field.clear();
        m_fieldOverflow = false;
        return;
    }
    if (m_encoding == TextEncoding::Undetermined && !TextDecoder::isAscii(m_field)) {
        // The start of the file was plain ASCII: the first accented value decides, for the rest.
        m_encoding = TextDecoder::isValidUtf8(m_field) ? TextEncoding::Utf8 : TextDecoder::detectEightBit(m_field);
    }
    bool valid = true;
    QString value = TextDecoder::decode(m_field, m_encoding, &valid);
    if (!valid)
        setProblem(record, fieldCount + 1,
                   Tr::tr("caractères invalides pour l'encodage %1 : le fichier mélange sans doute deux encodages. "
                          "Réenregistrez-le au format « CSV UTF-8 » depuis le tableur.")
                       .arg(TextDecoder::displayName(m_encoding)));
    if (fieldCount < record.fields.size())
        record.fields[fieldCount] = std::move(value);
    else
        record.fields.append(std::move(value));
    ++fieldCount;
    m_field.clear();
    m_fieldOverflow = false;
}

bool CsvReader::readRecord(CsvRecord &record)
{
    if (!m_opened && !open())
        return false;
    if (!m_status)
        return false;
    record.problem.clear();
    record.problemField = 0;
    record.problemLine = 0;
    int fieldCount = 0;
    State state = State::FieldStart;
    bool started = false;
    qint64 quoteLine = 0;
    m_field.clear();
    m_fieldOverflow = false;

    auto lineBreak = [this](char c) {
        ++m_line;
        m_afterCR = c == '\r';
    };
    auto finish = [&record, &fieldCount] { record.fields.resize(fieldCount); };

    for (;;) {
        if (m_pos >= m_end && !fill()) {
            if (!m_status || !started)
                return false;
            if (state == State::Quoted && !record.hasProblem()) {
                setProblem(record, fieldCount + 1,
                           Tr::tr("le guillemet ouvert ligne %1 n'est jamais fermé : tout le reste du fichier a été "
                                  "lu comme une seule valeur. Ajoutez le guillemet fermant.")
                               .arg(quoteLine));
                record.problemLine = quoteLine;
            }
            endField(record, fieldCount);
            finish();
            return true;
        }
        const char *buf = m_buffer.constData();
        const char c = buf[m_pos];
        if (m_afterCR) {
            m_afterCR = false;
            if (c == '\n') { // second half of a CRLF already counted
                ++m_pos;
                ++m_bytesRead;
                if (state == State::Quoted)
                    appendToField("\n", 1, record, fieldCount);
                continue;
            }
        }
        switch (state) {
        case State::FieldStart:
            if (c == '\r' || c == '\n') {
                ++m_pos;
                ++m_bytesRead;
                if (!started) {
                    lineBreak(c);
                    continue; // empty line: not a record
                }
                endField(record, fieldCount); // before the line break: problems name this line
                lineBreak(c);
                finish();
                return true;
            }
            if (!started) {
                started = true;
                record.line = m_line;
            }
            if (c == '"') {
                ++m_pos;
                ++m_bytesRead;
                state = State::Quoted;
                quoteLine = m_line;
            } else if (c == m_separator) {
                ++m_pos;
                ++m_bytesRead;
                endField(record, fieldCount);
            } else {
                state = State::Unquoted;
            }
            continue;
        case State::Unquoted: {
            qsizetype i = m_pos;
            while (i < m_end && buf[i] != m_separator && buf[i] != '\r' && buf[i] != '\n')
                ++i;
            appendToField(buf + m_pos, i - m_pos, record, fieldCount);
            m_bytesRead += i - m_pos;
            m_pos = i;
            if (i == m_end)
                continue;
            const char d = buf[m_pos++];
            ++m_bytesRead;
            if (d == m_separator) {
                endField(record, fieldCount);
                state = State::FieldStart;
                continue;
            }
            endField(record, fieldCount);
            lineBreak(d);
            finish();
            return true;
        }
        case State::Quoted: {
            qsizetype i = m_pos;
            while (i < m_end && buf[i] != '"' && buf[i] != '\r' && buf[i] != '\n')
                ++i;
            appendToField(buf + m_pos, i - m_pos, record, fieldCount);
            m_bytesRead += i - m_pos;
            m_pos = i;
            if (i == m_end)
                continue;
            const char d = buf[m_pos++];
            ++m_bytesRead;
            if (d == '"') {
                state = State::QuoteInQuoted;
            } else { // a line break inside a quoted value belongs to the value
                appendToField(&d, 1, record, fieldCount);
                lineBreak(d);
            }
            continue;
        }
        case State::QuoteInQuoted:
            if (c == '"') {
                ++m_pos;
                ++m_bytesRead;
                appendToField("\"", 1, record, fieldCount);
                state = State::Quoted;
            } else if (c == m_separator) {
                ++m_pos;
                ++m_bytesRead;
                endField(record, fieldCount);
                state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                ++m_pos;
                ++m_bytesRead;
                endField(record, fieldCount);
                lineBreak(c);
                finish();
                return true;
            } else {
                // Kept as text, as spreadsheets do, but reported: the value is probably not what
                // the agent meant.
                setProblem(record, fieldCount + 1,
                           Tr::tr("caractère « %1 » après un guillemet fermant : un guillemet à l'intérieur d'une "
                                  "valeur doit être doublé (\"\"), et la valeur entière entourée de guillemets.")
                               .arg(describeByte(c)));
                state = State::Unquoted;
            }
            continue;
        }
    }
}

} // namespace OpenMairie::Core
