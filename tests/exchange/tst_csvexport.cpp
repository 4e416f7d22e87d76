// CSV exports read back byte for byte: BOM, ';', CRLF, dd/MM/yyyy, decimal comma, oui/non, and
// formula injection neutralised in text cells only. No database: exports of non-personal data
// need none (the audited ones are tested in tst_storedquery, on both backends).
#include "CsvExporter.h"
#include "CsvWriter.h"
#include "ExportJob.h"
#include "TableExport.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenMairie::Core;
using namespace Qt::StringLiterals;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
}

// A list view's model that loads its rows by pages, like the suite's lazy lists.
class PagedModel final : public QAbstractTableModel
{
public:
    explicit PagedModel(int total) : m_total(total) {}
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_loaded; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        return index.column() == 0 ? QVariant(index.row() + 1) : QVariant(QStringLiteral("Électeur %1").arg(index.row() + 1));
    }
    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return section == 0 ? u"N°"_s : u"Nom"_s;
    }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && m_loaded < m_total; }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid())
            return;
        const int next = std::min(m_total, m_loaded + 100);
        beginInsertRows({}, m_loaded, next - 1);
        m_loaded = next;
        endInsertRows();
    }

private:
    int m_total;
    int m_loaded = 0;
};

// A source of fixed rows with declared types.
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
} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void neutralisation_data();
    void neutralisation();
    void exportIsByteExact();
    void exportOfAListViewModel();
    void lazyModelIsExportedToTheEnd();
    void cancelledExportLeavesNoFile();
    void personalDataWithoutDatabaseIsRefused();
    void normalisation_data();
    void normalisation();
    void extensions_data();
    void extensions();
};

void TestCsvExport::neutralisation_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("formatted");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("dde") << u"=cmd|' /C calc'!A0"_s << false << QByteArray("'=cmd|' /C calc'!A0");
    QTest::newRow("plus") << u"+33 6 12 34 56 78"_s << false << QByteArray("'+33 6 12 34 56 78");
    QTest::newRow("minus") << u"-2+3"_s << false << QByteArray("'-2+3");
    QTest::newRow("at") << u"@SOMME(A1)"_s << false << QByteArray("'@SOMME(A1)");
    QTest::newRow("tab") << u"\t=1"_s << false << QByteArray("'\t=1");
    QTest::newRow("carriage return, quoted") << u"\r=1"_s << false << QByteArray("\"'\r=1\"");
    QTest::newRow("with separator, quoted") << u"=A1;B1"_s << false << QByteArray("\"'=A1;B1\"");
    QTest::newRow("ordinary text") << u"Dupont = Durand"_s << false << QByteArray("Dupont = Durand");
    QTest::newRow("apostrophe") << u"l'Abbaye"_s << false << QByteArray("l'Abbaye");
    QTest::newRow("negative number we formatted") << u"-12,5"_s << true << QByteArray("-12,5");
}

void TestCsvExport::neutralisation()
{
    QFETCH(QString, value);
    QFETCH(bool, formatted);
    QFETCH(QByteArray, written);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter::Options options;
    options.byteOrderMark = false;
    CsvWriter writer(buffer, options);
    writer.addField(value, formatted ? CsvWriter::FieldKind::Formatted : CsvWriter::FieldKind::Text);
    writer.endRecord();
    QCOMPARE(buffer.data(), written + "\r\n");
}

void TestCsvExport::exportIsByteExact()
{
    QTemporaryDir dir;
    const QList<ExportColumn> columns = {
        {u"nom"_s, u"Nom"_s, ExportColumn::Type::Text},
        {u"naissance"_s, u"Né(e) le"_s, ExportColumn::Type::Date},
        {u"cotisation"_s, u"Cotisation"_s, ExportColumn::Type::Decimal},
        {u"enfants"_s, u"Enfants"_s, ExportColumn::Type::Integer},
        {u"benevole"_s, u"Bénévole"_s, ExportColumn::Type::Boolean},
        {u"obs"_s, u"Observations"_s, ExportColumn::Type::Text},
        {u"inscrit"_s, u"Inscrit le"_s, ExportColumn::Type::DateTime},
    };
    const QList<QVariantList> rows = {
        {u"Dupont"_s, u"1975-12-20"_s, u"12.50"_s, 2, 1, u"=cmd|' /C calc'!A0"_s,
         QDateTime(QDate(2024, 3, 1), QTime(9, 5))},
        {u"@SOMME(A1)"_s, QDate(2020, 2, 29), -12.5, -1, u"f"_s, u"Le Moulin; 3e \"étage\""_s, QVariant()},
        {u"+33 6 12"_s, QVariant(), QVariant(), QVariant(), QVariant(), u"ligne 1\nligne 2"_s, QVariant()},
        {u"-Marie"_s, QVariant(), u"0.1"_s, 0, true, u"\tTab"_s, QVariant()},
    };
    ListSource source(columns, rows);
    ExportRequest request;
    request.filePath = dir.filePath(u"contacts.csv"_s);
    request.title = u"Contacts"_s;
    ExportJob job(request, {});
    Result<ExportSummary> summary = job.run(source, QSqlDatabase(), SqlDialect(ConnectionProfile::Backend::Sqlite));
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().fullText()));
    QCOMPARE(summary->rows, 4);
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "Nom;N\xC3\xA9(e) le;Cotisation;Enfants;B\xC3\xA9n\xC3\xA9vole;Observations;Inscrit le\r\n"
        "Dupont;20/12/1975;12,50;2;oui;'=cmd|' /C calc'!A0;01/03/2024 09:05\r\n"
        "'@SOMME(A1);29/02/2020;-12,5;-1;non;\"Le Moulin; 3e \"\"\xC3\xA9tage\"\"\";\r\n"
        "'+33 6 12;;;;;\"ligne 1\nligne 2\";\r\n"
        "'-Marie;;0,1;0;oui;'\tTab;\r\n";
    QCOMPARE(readFile(request.filePath), expected);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"contacts.csv"_s});
}

void TestCsvExport::exportOfAListViewModel()
{
    QStandardItemModel model(0, 4);
    model.setHorizontalHeaderLabels({u"Nom"_s, u"Prénom"_s, u"Né(e) le"_s, u"Inscrit"_s});
    auto addRow = [&model](const QString &nom, const QString &prenom, const QVariant &date, const QString &iso) {
        QList<QStandardItem *> items;
        items << new QStandardItem(nom) << new QStandardItem(prenom);
        auto *d = new QStandardItem;
        d->setData(date, Qt::EditRole);
        items << d << new QStandardItem(iso);
        model.appendRow(items);
    };
    addRow(u"Lefèbvre"_s, u"Éloïse"_s, QDate(1990, 1, 31), u"2019-03-04"_s);
    addRow(u"=HYPERLINK(\"x\")"_s, u"Jean"_s, QDate(1975, 12, 20), u"2021-11-30"_s);

    QTemporaryDir dir;
    // The agent picked three columns and put the date first; the last column holds ISO text
    // (a QSqlQueryModel on SQLite) and is declared a date.
    TableExport source(model, {2, 0, 3});
    source.setColumnType(3, ExportColumn::Type::Date);
    ExportRequest request;
    request.filePath = dir.filePath(u"liste.csv"_s);
    request.title = u"Liste"_s;
    ExportJob job(request, {});
    Result<ExportSummary> summary = job.run(source, QSqlDatabase(), SqlDialect(ConnectionProfile::Backend::Sqlite));
    QVERIFY(summary.ok());
    QCOMPARE(readFile(request.filePath),
             QByteArray("\xEF\xBB\xBFN\xC3\xA9(e) le;Nom;Inscrit\r\n"
                        "31/01/1990;Lef\xC3\xA8" "bvre;04/03/2019\r\n"
                        "20/12/1975;\"'=HYPERLINK(\"\"x\"\")\";30/11/2021\r\n"));
}

void TestCsvExport::lazyModelIsExportedToTheEnd()
{
    PagedModel model(1050);
    QCOMPARE(model.rowCount(), 0);
    QTemporaryDir dir;
    TableExport source(model, {0, 1});
    ExportRequest request;
    request.filePath = dir.filePath(u"electeurs.csv"_s);
    QList<qint64> progress;
    ExportJob job(request, {});
    job.setProgressCallback([&progress](qint64 rows, qint64) { progress << rows; });
    Result<ExportSummary> summary = job.run(source, QSqlDatabase(), SqlDialect(ConnectionProfile::Backend::Sqlite));
    QVERIFY(summary.ok());
    QCOMPARE(summary->rows, 1050);
    QCOMPARE(progress, (QList<qint64>{500, 1000, 1050}));
    const QList<QByteArray> lines = readFile(request.filePath).split('\n');
    QCOMPARE(lines.size(), 1052); // header, 1050 rows, the empty piece after the last CRLF
    QCOMPARE(lines.at(1050), QByteArray("1050;\xC3\x89lecteur 1050\r"));
}

void TestCsvExport::cancelledExportLeavesNoFile()
{
    PagedModel model(3000);
    QTemporaryDir dir;
    TableExport source(model, {0, 1});
    ExportRequest request;
    request.filePath = dir.filePath(u"annule.csv"_s);
    CancellationToken cancel;
    ExportJob job(request, {});
    job.setCancellationToken(&cancel);
    job.setProgressCallback([&cancel](qint64, qint64) { cancel.cancel(); });
    Result<ExportSummary> summary = job.run(source, QSqlDatabase(), SqlDialect(ConnectionProfile::Backend::Sqlite));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind(), Error::Kind::Cancelled);
    QCOMPARE(summary.error().message(), u"Export annulé : aucun fichier n'a été écrit."_s);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestCsvExport::personalDataWithoutDatabaseIsRefused()
{
    QStandardItemModel model(1, 1);
    QTemporaryDir dir;
    TableExport source(model, {0});
    ExportRequest request;
    request.filePath = dir.filePath(u"perso.csv"_s);
    request.personalData = true;
    ExportJob job(request, {});
    Result<ExportSummary> summary = job.run(source, QSqlDatabase(), SqlDialect(ConnectionProfile::Backend::Sqlite));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().message(), u"Cet export contient des données personnelles et doit être enregistré au "
                                        "journal : la base de données n'est pas ouverte."_s);
    QVERIFY(!QFile::exists(request.filePath));
}

void TestCsvExport::normalisation_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("iso text date") << int(ExportColumn::Type::Date) << QVariant(u"2020-01-31"_s) << QByteArray("31/01/2020");
    QTest::newRow("timestamp date") << int(ExportColumn::Type::Date) << QVariant(u"2020-01-31T10:00:00Z"_s)
                                    << QByteArray("31/01/2020");
    QTest::newRow("sqlite boolean") << int(ExportColumn::Type::Boolean) << QVariant(1) << QByteArray("oui");
    QTest::newRow("postgres boolean") << int(ExportColumn::Type::Boolean) << QVariant(false) << QByteArray("non");
    QTest::newRow("numeric text") << int(ExportColumn::Type::Decimal) << QVariant(u"1234.50"_s) << QByteArray("1234,50");
    QTest::newRow("double") << int(ExportColumn::Type::Decimal) << QVariant(0.1 + 0.2) << QByteArray("0,30000000000000004");
    QTest::newRow("integer text") << int(ExportColumn::Type::Integer) << QVariant(u"42"_s) << QByteArray("42");
    QTest::newRow("null") << int(ExportColumn::Type::Date) << QVariant() << QByteArray("");
    QTest::newRow("text leading zero") << int(ExportColumn::Type::Text) << QVariant(u"01000"_s) << QByteArray("01000");
}

void TestCsvExport::normalisation()
{
    QFETCH(int, type);
    QFETCH(QVariant, value);
    QFETCH(QByteArray, csv);
    QTemporaryDir dir;
    ListSource source({{u"x"_s, u"X"_s, static_cast<ExportColumn::Type>(type)}}, {{value}});
    ExportRequest request;
    request.filePath = dir.filePath(u"n.csv"_s);
    ExportJob job(request, {});
    QVERIFY(job.run(source, QSqlDatabase(), SqlDialect(ConnectionProfile::Backend::Sqlite)).ok());
    QCOMPARE(readFile(request.filePath), QByteArray("\xEF\xBB\xBFX\r\n") + csv + "\r\n");
}

void TestCsvExport::extensions_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("result");
    QTest::newRow("added") << u"/tmp/liste"_s << int(ExportFormat::Xlsx) << u"/tmp/liste.xlsx"_s;
    QTest::newRow("replaced") << u"/tmp/liste.csv"_s << int(ExportFormat::Xlsx) << u"/tmp/liste.xlsx"_s;
    QTest::newRow("kept") << u"/tmp/liste.CSV"_s << int(ExportFormat::Csv) << u"/tmp/liste.CSV"_s;
    QTest::newRow("other suffix kept") << u"/tmp/liste.2024"_s << int(ExportFormat::Csv) << u"/tmp/liste.2024.csv"_s;
}

void TestCsvExport::extensions()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    QFETCH(QString, result);
    QCOMPARE(TableWriter::withExtension(path, static_cast<ExportFormat>(format)), result);
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
