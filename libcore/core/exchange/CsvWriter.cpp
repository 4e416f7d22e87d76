#include "CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::CsvWriter)
};
} // namespace

CsvWriter::CsvWriter(QIODevice &device) : CsvWriter(device, Options()) {}

CsvWriter::CsvWriter(QIODevice &device, const Options &options) : m_device(device), m_options(options)
{
    m_line.reserve(256);
}

bool CsvWriter::startsLikeFormula(QStringView value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=': case u'+': case u'-': case u'@': case u'\t': case u'\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::neutralized(const QString &value)
{
    return startsLikeFormula(value) ? u'\'' + value : value;
}

void CsvWriter::addField(QStringView value, FieldKind kind)
{
    if (!m_firstField)
        m_line += m_options.separator;
    m_firstField = false;
    const bool neutralize = m_options.neutralizeFormulas && kind == FieldKind::Text && startsLikeFormula(value);
    const bool quote = value.contains(m_options.separator) || value.contains(u'"') || value.contains(u'\n')
                       || value.contains(u'\r');
    if (quote)
        m_line += u'"';
    if (neutralize)
        m_line += u'\'';
    if (value.contains(u'"')) {
        for (const QChar c : value) {
            if (c == u'"')
                m_line += u'"';
            m_line += c;
        }
    } else {
        m_line += value;
    }
    if (quote)
        m_line += u'"';
}

void CsvWriter::endRecord()
{
    m_line += m_options.crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    write(m_line);
    m_line.clear();
    m_firstField = true;
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    for (const QString &f : fields)
        addField(f);
    endRecord();
}

void CsvWriter::write(const QString &text)
{
    if (!m_status)
        return;
    QByteArray bytes;
    if (m_options.byteOrderMark && !m_bomWritten) {
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
        m_bomWritten = true;
    }
    bytes += text.toUtf8();
    if (m_device.write(bytes) != bytes.size())
        m_status = Error(Tr::tr("Le fichier ne peut pas être écrit (disque plein ou droits insuffisants). Choisissez "
                                "un autre emplacement."),
                         m_device.errorString(), Error::Kind::Storage);
}

} // namespace OpenMairie::Core
