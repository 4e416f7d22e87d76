#include "CsvExporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QLocale>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::CsvExporter)
};

bool looksNumeric(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}
} // namespace

CsvExporter::CsvExporter(const QString &filePath) : m_file(filePath) {}

CsvExporter::~CsvExporter()
{
    if (!m_committed)
        discard();
}

QString CsvExporter::format(const QVariant &value, CsvWriter::FieldKind *kind)
{
    if (kind)
        *kind = CsvWriter::FieldKind::Formatted;
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.metaType().id()) {
    case QMetaType::QDate:
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case QMetaType::QDateTime:
        return value.toDateTime().toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case QMetaType::Bool:
        return value.toBool() ? Tr::tr("oui") : Tr::tr("non");
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong: case QMetaType::ULongLong:
    case QMetaType::Short: case QMetaType::UShort: case QMetaType::Long: case QMetaType::ULong:
        return value.toString();
    case QMetaType::Double: case QMetaType::Float:
        // Fixed notation with the shortest exact digits, and the French decimal comma.
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest).replace(u'.', u',');
    default: {
        const QString text = value.toString();
        if (kind)
            *kind = CsvWriter::FieldKind::Text;
        return text;
    }
    }
}

Status CsvExporter::begin(const QString &title, const QList<ExportColumn> &columns)
{
    Q_UNUSED(title)
    if (!m_file.open(QIODevice::WriteOnly))
        return Error(Tr::tr("Le fichier « %1 » ne peut pas être créé. Choisissez un dossier où vous pouvez écrire.")
                         .arg(QDir::toNativeSeparators(m_file.fileName())),
                     m_file.errorString(), Error::Kind::Storage);
    m_writer = std::make_unique<CsvWriter>(m_file);
    QStringList header;
    m_types.clear();
    for (const ExportColumn &c : columns) {
        header << c.label;
        m_types << c.type;
    }
    m_writer->writeRecord(header);
    return m_writer->status();
}

Status CsvExporter::writeRow(const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        CsvWriter::FieldKind kind = CsvWriter::FieldKind::Text;
        QString text = format(v, &kind);
        // Exact decimals (NUMERIC read as text) get the French comma and stay numbers for Excel.
        if (i < m_types.size() && m_types.at(i) == ExportColumn::Type::Decimal
            && kind == CsvWriter::FieldKind::Text && looksNumeric(text)) {
            text.replace(u'.', u',');
            kind = CsvWriter::FieldKind::Formatted;
        }
        m_writer->addField(text, kind);
    }
    m_writer->endRecord();
    return m_writer->status();
}

Status CsvExporter::finish()
{
    if (!m_writer)
        return Error(Tr::tr("L'export n'a pas commencé."), {}, Error::Kind::Generic);
    return m_writer->status();
}

Status CsvExporter::commit()
{
    if (!m_file.commit())
        return Error(Tr::tr("Le fichier « %1 » n'a pas pu être enregistré (disque plein ou droits insuffisants).")
                         .arg(QDir::toNativeSeparators(m_file.fileName())),
                     m_file.errorString(), Error::Kind::Storage);
    m_committed = true;
    return {};
}

void CsvExporter::discard()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
    m_writer.reset();
}

} // namespace OpenMairie::Core
