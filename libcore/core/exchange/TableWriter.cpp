#include "TableWriter.h"

#include "CsvExporter.h"
#include "XlsxExporter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::TableWriter)
};
} // namespace

TableWriter::~TableWriter() = default;

std::unique_ptr<TableWriter> TableWriter::create(ExportFormat format, const QString &filePath)
{
    switch (format) {
    case ExportFormat::Csv: return std::make_unique<CsvExporter>(filePath);
    case ExportFormat::Xlsx: return std::make_unique<XlsxExporter>(filePath);
    }
    return nullptr;
}

QString TableWriter::extension(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

QString TableWriter::formatName(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? Tr::tr("Classeur Excel (.xlsx)") : Tr::tr("CSV pour Excel (.csv)");
}

QString TableWriter::withExtension(const QString &filePath, ExportFormat format)
{
    if (filePath.isEmpty())
        return filePath;
    const QFileInfo info(filePath);
    const QString wanted = extension(format);
    const QString suffix = info.suffix().toLower();
    if (suffix == wanted)
        return filePath;
    if (suffix == u"csv" || suffix == u"xlsx")
        return filePath.left(filePath.size() - info.suffix().size()) + wanted;
    return filePath + u'.' + wanted;
}

} // namespace OpenMairie::Core
