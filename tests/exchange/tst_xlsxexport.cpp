// The .xlsx export, checked in the workbook itself: the package is unzipped with the system's
// `unzip` (a real, independent zip reader; Qt has no public one) and the sheet and style XML are
// compared with what Excel needs: bold frozen header, filters, real dates formatted dd/mm/yyyy,
// numbers as numbers, text as text (never a formula), fitted column widths.
#include "ExportJob.h"
#include "XlsxExporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenMairie::Core;
using namespace Qt::StringLiterals;

namespace {
class ListSource final : public ExportSource
{
public:
    ListSource(QList<ExportColumn> columns, QList<QVariantList> rows) : m_columns(std::move(columns)), m_rows(std::move(rows)) {}
    QList<ExportColumn> columns() const override { return m_columns; }
    Result<bool> next(QVariantList &row) override
    {
        if (m_next >= m_rows.size())
            return false;
        row = m_rows.at(m_next++);
        for (qsizetype i = 0; i < row.size(); ++i)
            row[i] = m_columns.at(i).normalize(row.at(i));
        return true;
    }

private:
    QList<ExportColumn> m_columns;
    QList<QVariantList> m_rows;
    qsizetype m_next = 0;
};

// One member of the zip package, or a failure message.
QString unzipMember(const QString &archive, const QString &member, bool *ok)
{
    *ok = false;
    const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
    if (unzip.isEmpty())
        return u"`unzip` est introuvable : installez-le (apt-get install unzip) pour ce test."_s;
    QProcess p;
    p.start(unzip, {u"-p"_s, archive, member});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return u"unzip a échoué : "_s + QString::fromUtf8(p.readAllStandardError());
    *ok = true;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Excel's serial day number (1900 system): days since 30/12/1899.
qint64 serial(const QDate &d)
{
    return QDate(1899, 12, 30).daysTo(d);
}
} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT

private slots:
    void workbookContent();
    void sheetNames_data();
    void sheetNames();
    void replacesAnExistingFileOnlyOnSuccess();
};

void TestXlsxExport::workbookContent()
{
    QTemporaryDir dir;
    const QList<ExportColumn> columns = {
        {u"nom"_s, u"Nom"_s, ExportColumn::Type::Text},
        {u"naissance"_s, u"Né(e) le"_s, ExportColumn::Type::Date},
        {u"cotisation"_s, u"Cotisation"_s, ExportColumn::Type::Decimal},
        {u"enfants"_s, u"Enfants"_s, ExportColumn::Type::Integer},
        {u"benevole"_s, u"Bénévole"_s, ExportColumn::Type::Boolean},
        {u"cp"_s, u"Code postal"_s, ExportColumn::Type::Text},
    };
    const QList<QVariantList> rows = {
        {u"=cmd|' /C calc'!A0"_s, u"1975-12-20"_s, u"12.50"_s, 2, true, u"01000"_s},
        {u"Lefèbvre & fils <SARL>"_s, QDate(1850, 5, 1), -3.25, QVariant(), false, QVariant()},
    };
    ListSource source(columns, rows);
    ExportRequest request;
    request.format = ExportFormat::Xlsx;
    request.filePath = dir.filePath(u"contacts.xlsx"_s);
    request.title = u"Contacts: [2024]"_s;
    ExportJob job(request, {});
    Result<ExportSummary> summary = job.run(source, QSqlDatabase(), SqlDialect(ConnectionProfile::Backend::Sqlite));
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().fullText()));
    QCOMPARE(summary->rows, 2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"contacts.xlsx"_s});

    bool ok = false;
    const QString sheet = unzipMember(request.filePath, u"xl/worksheets/sheet1.xml"_s, &ok);
    QVERIFY2(ok, qPrintable(sheet));
    const QString styles = unzipMember(request.filePath, u"xl/styles.xml"_s, &ok);
    QVERIFY2(ok, qPrintable(styles));
    const QString workbook = unzipMember(request.filePath, u"xl/workbook.xml"_s, &ok);
    QVERIFY2(ok, qPrintable(workbook));

    // The sheet is named after the title, without the characters Excel forbids.
    QVERIFY2(workbook.contains(u"<sheet name=\"Contacts 2024\""_s), qPrintable(workbook));
    // Styles: 1 = bold header, 2 = date dd/mm/yyyy (custom number format 164).
    QVERIFY2(styles.contains(u"<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"_s), qPrintable(styles));
    QVERIFY2(styles.contains(u"<b/>"_s), qPrintable(styles));
    QVERIFY2(styles.contains(u"<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"_s),
             qPrintable(styles));
    QVERIFY2(styles.contains(u"<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
                             "applyNumberFormat=\"1\"/>"_s),
             qPrintable(styles));

    // Frozen header, filters over the data, column widths fitted: by the header ("Code postal" = 11 + 2)...
    QVERIFY2(sheet.contains(u"<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"_s),
             qPrintable(sheet));
    QVERIFY2(sheet.contains(u"<autoFilter ref=\"A1:F3\"/>"_s), qPrintable(sheet));
    QVERIFY2(sheet.contains(u"<col min=\"6\" max=\"6\" width=\"13.7109375\" customWidth=\"1\"/>"_s), qPrintable(sheet));
    // ...and by the longest value ("Lefèbvre & fils <SARL>" = 22 + 2), dates by their 10 characters.
    QVERIFY2(sheet.contains(u"<col min=\"1\" max=\"1\" width=\"24.7109375\" customWidth=\"1\"/>"_s), qPrintable(sheet));
    QVERIFY2(sheet.contains(u"<col min=\"2\" max=\"2\" width=\"12.7109375\" customWidth=\"1\"/>"_s), qPrintable(sheet));

    const QString expectedRows =
        u"<row r=\"1\">"
        "<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Nom</t></is></c>"
        "<c r=\"B1\" s=\"1\" t=\"inlineStr\"><is><t>Né(e) le</t></is></c>"
        "<c r=\"C1\" s=\"1\" t=\"inlineStr\"><is><t>Cotisation</t></is></c>"
        "<c r=\"D1\" s=\"1\" t=\"inlineStr\"><is><t>Enfants</t></is></c>"
        "<c r=\"E1\" s=\"1\" t=\"inlineStr\"><is><t>Bénévole</t></is></c>"
        "<c r=\"F1\" s=\"1\" t=\"inlineStr\"><is><t>Code postal</t></is></c>"
        "</row>"
        "<row r=\"2\">"
        "<c r=\"A2\" t=\"inlineStr\"><is><t>=cmd|' /C calc'!A0</t></is></c>"
        "<c r=\"B2\" s=\"2\"><v>%1</v></c>"
        "<c r=\"C2\"><v>12.5</v></c>"
        "<c r=\"D2\"><v>2</v></c>"
        "<c r=\"E2\" t=\"inlineStr\"><is><t>oui</t></is></c>"
        "<c r=\"F2\" t=\"inlineStr\"><is><t>01000</t></is></c>"
        "</row>"
        "<row r=\"3\">"
        "<c r=\"A3\" t=\"inlineStr\"><is><t>Lefèbvre &amp; fils &lt;SARL&gt;</t></is></c>"
        "<c r=\"B3\" t=\"inlineStr\"><is><t>01/05/1850</t></is></c>"
        "<c r=\"C3\"><v>-3.25</v></c>"
        "<c r=\"E3\" t=\"inlineStr\"><is><t>non</t></is></c>"
        "</row>"_s.arg(serial(QDate(1975, 12, 20)));
    QVERIFY2(sheet.contains(expectedRows), qPrintable(sheet));
    // A text cell is a string, never a formula: no <f> element anywhere.
    QVERIFY(!sheet.contains(u"<f>"_s));
}

void TestXlsxExport::sheetNames_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << u"Liste électorale"_s << u"Liste électorale"_s;
    QTest::newRow("forbidden characters") << u"Bureau 1/2 : [centre]*?"_s << u"Bureau 1 2 centre"_s;
    QTest::newRow("too long") << u"Registre des concessions du cimetière Saint-Pierre"_s
                              << u"Registre des concessions du cim"_s;
    QTest::newRow("apostrophes at the ends") << u"'Ouest'"_s << u"Ouest"_s;
    QTest::newRow("empty") << QString() << u"Export"_s;
}

void TestXlsxExport::sheetNames()
{
    QFETCH(QString, title);
    QFETCH(QString, name);
    QCOMPARE(XlsxExporter::sheetName(title), name);
}

void TestXlsxExport::replacesAnExistingFileOnlyOnSuccess()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"liste.xlsx"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("ancien");
    }
    // Discarded: the old file stays, no part file remains.
    {
        XlsxExporter writer(path);
        QVERIFY(writer.begin(u"Liste"_s, {{u"a"_s, u"A"_s, ExportColumn::Type::Text}}).ok());
        QVERIFY(writer.writeRow({u"x"_s}).ok());
        writer.discard();
    }
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("ancien"));
    check.close();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"liste.xlsx"_s});
    // Committed: replaced by a real workbook.
    XlsxExporter writer(path);
    QVERIFY(writer.begin(u"Liste"_s, {{u"a"_s, u"A"_s, ExportColumn::Type::Text}}).ok());
    QVERIFY(writer.writeRow({u"x"_s}).ok());
    QVERIFY(writer.finish().ok());
    QVERIFY(writer.commit().ok());
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.read(2), QByteArray("PK"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"liste.xlsx"_s});
}

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
