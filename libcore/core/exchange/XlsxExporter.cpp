#include "XlsxExporter.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::XlsxExporter)
};

constexpr double kMinWidth = 8.0;
constexpr double kMaxWidth = 60.0;
} // namespace

XlsxExporter::XlsxExporter(const QString &filePath) : m_filePath(filePath)
{
    const QFileInfo info(filePath);
    // Beside the target (same disk, so the final rename is atomic), hidden, unique.
    m_partPath = info.dir().filePath(QStringLiteral(".%1.%2.part")
                                         .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
}

XlsxExporter::~XlsxExporter()
{
    if (!m_committed)
        discard();
}

QString XlsxExporter::sheetName(const QString &title)
{
    QString name = title;
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, u' ');
    name = name.simplified();
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    name = name.left(31);
    while (name.endsWith(u'\''))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("Export") : name;
}

Status XlsxExporter::check(int lxwError, const QString &what)
{
    if (lxwError == LXW_NO_ERROR)
        return {};
    return Error(Tr::tr("Le classeur « %1 » ne peut pas être écrit (%2). Vérifiez la place sur le disque et vos droits "
                        "sur le dossier.").arg(QDir::toNativeSeparators(m_filePath), what),
                 QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(lxwError))), Error::Kind::Storage);
}

void XlsxExporter::noteWidth(int column, qsizetype characters)
{
    if (column < m_widths.size())
        m_widths[column] = std::min(kMaxWidth, std::max(m_widths.at(column), double(characters) + 2.0));
}

Status XlsxExporter::begin(const QString &title, const QList<ExportColumn> &columns)
{
    if (!QFileInfo(QFileInfo(m_filePath).absolutePath()).isWritable())
        return Error(Tr::tr("Le dossier de « %1 » n'accepte pas l'écriture. Choisissez un dossier où vous pouvez "
                            "écrire.").arg(QDir::toNativeSeparators(m_filePath)),
                     {}, Error::Kind::Storage);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    // Kept as a member: the workbook may read it until it is closed.
    m_tmpDir = QFile::encodeName(QFileInfo(m_partPath).absolutePath());
    options.tmpdir = m_tmpDir.data();
    options.use_zip64 = LXW_TRUE; // very large exports go beyond 4 GB uncompressed
    const QByteArray path = QFile::encodeName(m_partPath);
    m_workbook = workbook_new_opt(path.constData(), &options);
    if (!m_workbook)
        return check(LXW_ERROR_CREATING_XLSX_FILE, Tr::tr("création impossible"));
    const QByteArray name = sheetName(title).toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, name.constData());
    if (!m_sheet)
        return check(LXW_ERROR_CREATING_XLSX_FILE, Tr::tr("feuille"));
    m_headerFormat = workbook_add_format(m_workbook);
    format_set_bold(m_headerFormat);
    m_dateFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_dateFormat, "dd/mm/yyyy");
    m_dateTimeFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTimeFormat, "dd/mm/yyyy hh:mm");

    m_columnCount = int(columns.size());
    m_types.clear();
    for (const ExportColumn &column : columns)
        m_types << column.type;
    m_widths = QList<double>(columns.size(), kMinWidth);
    for (int c = 0; c < m_columnCount; ++c) {
        const QByteArray label = columns.at(c).label.left(kMaxCellText).toUtf8();
        if (Status s = check(worksheet_write_string(m_sheet, 0, lxw_col_t(c), label.constData(), m_headerFormat),
                             Tr::tr("en-tête"));
            !s)
            return s;
        noteWidth(c, columns.at(c).label.size());
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    return {};
}

Status XlsxExporter::writeRow(const QVariantList &values)
{
    if (!m_sheet)
        return Error(Tr::tr("L'export n'a pas commencé."), {}, Error::Kind::Generic);
    if (m_row >= kMaxRows)
        return Error(Tr::tr("Un classeur Excel contient au plus %1 lignes : exportez plutôt au format CSV.")
                         .arg(kMaxRows - 1),
                     {}, Error::Kind::InvalidInput);
    const auto row = lxw_row_t(m_row);
    for (int c = 0; c < values.size() && c < m_columnCount; ++c) {
        const QVariant &v = values.at(c);
        const auto col = lxw_col_t(c);
        if (!v.isValid() || v.isNull())
            continue;
        int error = LXW_NO_ERROR;
        switch (v.metaType().id()) {
        case QMetaType::QDate: {
            const QDate d = v.toDate();
            if (d.year() < 1900) { // before Excel's epoch: kept as text, legible
                const QByteArray text = d.toString(QStringLiteral("dd/MM/yyyy")).toUtf8();
                error = worksheet_write_string(m_sheet, row, col, text.constData(), nullptr);
            } else {
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
                error = worksheet_write_datetime(m_sheet, row, col, &dt, m_dateFormat);
            }
            noteWidth(c, 10);
            break;
        }
        case QMetaType::QDateTime: {
            const QDateTime local = v.toDateTime().toLocalTime();
            const QDate d = local.date();
            const QTime t = local.time();
            if (d.year() < 1900) {
                const QByteArray text = local.toString(QStringLiteral("dd/MM/yyyy HH:mm")).toUtf8();
                error = worksheet_write_string(m_sheet, row, col, text.constData(), nullptr);
            } else {
                lxw_datetime dt{d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second() + t.msec() / 1000.0};
                error = worksheet_write_datetime(m_sheet, row, col, &dt, m_dateTimeFormat);
            }
            noteWidth(c, 16);
            break;
        }
        case QMetaType::Bool: {
            const QString text = v.toBool() ? Tr::tr("oui") : Tr::tr("non");
            error = worksheet_write_string(m_sheet, row, col, text.toUtf8().constData(), nullptr);
            noteWidth(c, text.size());
            break;
        }
        case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong: case QMetaType::ULongLong:
        case QMetaType::Short: case QMetaType::UShort: case QMetaType::Long: case QMetaType::ULong:
        case QMetaType::Double: case QMetaType::Float:
            error = worksheet_write_number(m_sheet, row, col, v.toDouble(), nullptr);
            noteWidth(c, v.toString().size());
            break;
        default: {
            QString text = v.toString();
            bool isNumber = false;
            // Exact decimals arrive as text from ExportColumn::normalize: numbers for Excel. Other
            // text stays text, or "01000" and "0612345678" would lose their leading zero.
            if (c < m_types.size() && m_types.at(c) == ExportColumn::Type::Decimal) {
                const double n = text.toDouble(&isNumber);
                if (isNumber)
                    error = worksheet_write_number(m_sheet, row, col, n, nullptr);
            }
            if (!isNumber) {
                if (text.size() > kMaxCellText)
                    text.truncate(kMaxCellText);
                const QByteArray utf8 = text.toUtf8();
                error = worksheet_write_string(m_sheet, row, col, utf8.constData(), nullptr);
            }
            noteWidth(c, text.size());
            break;
        }
        }
        if (Status s = check(error, Tr::tr("ligne %1").arg(m_row + 1)); !s)
            return s;
    }
    ++m_row;
    return {};
}

Status XlsxExporter::finish()
{
    if (!m_workbook)
        return Error(Tr::tr("L'export n'a pas commencé."), {}, Error::Kind::Generic);
    for (int c = 0; c < m_columnCount; ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_widths.at(c), nullptr);
    if (m_columnCount > 0)
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_row - 1), lxw_col_t(m_columnCount - 1));
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    m_closed = true;
    return check(error, Tr::tr("fermeture"));
}

Status XlsxExporter::commit()
{
    if (!m_closed)
        return Error(Tr::tr("L'export n'est pas terminé."), {}, Error::Kind::Generic);
    if (QFile::exists(m_filePath) && !QFile::remove(m_filePath)) {
        QFile::remove(m_partPath);
        return Error(Tr::tr("Le fichier « %1 » existe et ne peut pas être remplacé : il est peut-être ouvert dans le "
                            "tableur. Fermez-le, ou choisissez un autre nom.")
                         .arg(QDir::toNativeSeparators(m_filePath)),
                     {}, Error::Kind::Storage);
    }
    if (!QFile::rename(m_partPath, m_filePath)) {
        QFile::remove(m_partPath);
        return Error(Tr::tr("Le classeur n'a pas pu être enregistré sous « %1 ».")
                         .arg(QDir::toNativeSeparators(m_filePath)),
                     {}, Error::Kind::Storage);
    }
    m_committed = true;
    return {};
}

void XlsxExporter::discard()
{
    if (m_workbook) {
        // libxlsxwriter has no abort: closing writes the part file, which is then removed.
        workbook_close(m_workbook);
        m_workbook = nullptr;
        m_sheet = nullptr;
    }
    QFile::remove(m_partPath);
}

} // namespace OpenMairie::Core
