// The streaming CSV reader and the encoding detection, without a database: every input is read
// with several buffer sizes (1 byte, 3 bytes, 64 KiB) so that quotes, CRLF pairs and multi-byte
// characters cut by a buffer boundary are covered.
#include "CsvReader.h"
#include "CsvWriter.h"
#include "TextDecoder.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace OpenMairie::Core;
using namespace Qt::StringLiterals;

namespace {
struct ReadResult
{
    QList<qint64> lines;
    QList<QStringList> records;
    QStringList problems; // "line:field:text"
    Status status;
    TextEncoding encoding = TextEncoding::Undetermined;
    char separator = 0;
    bool separatorFound = false;
};

ReadResult readAll(const QByteArray &bytes, qsizetype chunkSize, CsvReader::Options options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    options.chunkSize = chunkSize;
    CsvReader reader(buffer, options);
    ReadResult r;
    r.status = reader.open();
    CsvRecord record;
    while (r.status && reader.readRecord(record)) {
        r.lines << record.line;
        r.records << record.fields;
        if (record.hasProblem())
            r.problems << QStringLiteral("%1:%2:%3").arg(record.problemLine).arg(record.problemField).arg(record.problem);
    }
    if (r.status)
        r.status = reader.status();
    r.encoding = reader.encoding();
    r.separator = reader.separator();
    r.separatorFound = reader.separatorFound();
    return r;
}

const QList<qsizetype> kChunkSizes = {1, 3, 64 * 1024};
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void separatorDetection_data();
    void separatorDetection();
    void encodingDetection_data();
    void encodingDetection();
    void lateAccentDecidesTheEncoding();
    void refusedFiles_data();
    void refusedFiles();
    void malformedQuoting_data();
    void malformedQuoting();
    void fieldSizeIsBounded();
    void fieldCountIsBounded();
    void invalidUtf8InALaterField();
    void utf8Validation_data();
    void utf8Validation();
    void writerRoundTrip();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QList<QStringList>>("records");

    QTest::newRow("crlf") << QByteArray("a;b\r\nc;d\r\n") << QList<qint64>{1, 2}
                          << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("lf, no final newline") << QByteArray("a;b\nc;d") << QList<qint64>{1, 2}
                                          << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("cr, lf and crlf mixed")
        << QByteArray("a;1\rb;2\nc;3\r\nd;4\r") << QList<qint64>{1, 2, 3, 4}
        << QList<QStringList>{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}, {u"d"_s, u"4"_s}};
    QTest::newRow("empty lines are skipped, numbering goes on")
        << QByteArray("a;b\r\n\r\n\nc;d\r\n") << QList<qint64>{1, 4}
        << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("empty fields") << QByteArray(";;\r\nx;;\r\n") << QList<qint64>{1, 2}
                                  << QList<QStringList>{{u""_s, u""_s, u""_s}, {u"x"_s, u""_s, u""_s}};
    QTest::newRow("quoted separator and doubled quotes")
        << QByteArray("\"Le Moulin; 3e\";\"dit \"\"Pépé\"\"\"\r\n") << QList<qint64>{1}
        << QList<QStringList>{{u"Le Moulin; 3e"_s, u"dit \"Pépé\""_s}};
    QTest::newRow("quoted empty field") << QByteArray("\"\";b\r\n") << QList<qint64>{1}
                                        << QList<QStringList>{{u""_s, u"b"_s}};
    QTest::newRow("embedded CRLF and LF in quotes count as lines")
        << QByteArray("\"1 rue Haute\r\n13200 Arles\";x\r\n\"a\nb\nc\";y\r\nz;w\r\n") << QList<qint64>{1, 3, 6}
        << QList<QStringList>{{u"1 rue Haute\r\n13200 Arles"_s, u"x"_s}, {u"a\nb\nc"_s, u"y"_s}, {u"z"_s, u"w"_s}};
    QTest::newRow("utf-8 bom skipped") << QByteArray("\xEF\xBB\xBFnom;prénom\r\n") << QList<qint64>{1}
                                       << QList<QStringList>{{u"nom"_s, u"prénom"_s}};
    QTest::newRow("stray quote inside an unquoted value is text")
        << QByteArray("12 rue du \"Moulin\";b\r\n") << QList<qint64>{1}
        << QList<QStringList>{{u"12 rue du \"Moulin\""_s, u"b"_s}};
    QTest::newRow("spaces kept") << QByteArray(" a ; b \r\n") << QList<qint64>{1}
                                 << QList<QStringList>{{u" a "_s, u" b "_s}};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<qint64>, lines);
    QFETCH(QList<QStringList>, records);
    for (const qsizetype chunk : kChunkSizes) {
        const ReadResult r = readAll(input, chunk);
        QVERIFY2(r.status.ok(), qPrintable(r.status.ok() ? QString() : r.status.error().message()));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records, records);
        QCOMPARE(r.lines, lines);
    }
}

void TestCsvReader::separatorDetection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("separator");
    QTest::addColumn<bool>("found");
    QTest::newRow("semicolon") << QByteArray("nom;prenom;montant\r\nA;B;12,5\r\n") << int(';') << true;
    QTest::newRow("comma") << QByteArray("nom,prenom,montant\r\nA,B,\"12,5\"\r\n") << int(',') << true;
    QTest::newRow("tab") << QByteArray("nom\tprenom\r\nA\tB\r\n") << int('\t') << true;
    QTest::newRow("comma inside quoted header ignored")
        << QByteArray("\"nom, prénom\";date\r\n") << int(';') << true;
    QTest::newRow("decimals in data lines do not count") << QByteArray("nom;montant\r\nA,B,C;1,5\r\n") << int(';')
                                                         << true;
    QTest::newRow("none") << QByteArray("nom\r\nA\r\n") << int(';') << false;
}

void TestCsvReader::separatorDetection()
{
    QFETCH(QByteArray, input);
    QFETCH(int, separator);
    QFETCH(bool, found);
    const ReadResult r = readAll(input, 64 * 1024);
    QVERIFY(r.status.ok());
    QCOMPARE(int(r.separator), separator);
    QCOMPARE(r.separatorFound, found);
}

void TestCsvReader::encodingDetection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("secondField");

    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBFnom;obs\r\nX;Cœur 5 €\r\n") << int(TextEncoding::Utf8WithBom)
                                    << u"Cœur 5 €"_s;
    QTest::newRow("utf-8 without bom") << QByteArray("nom;obs\r\nX;Cœur 5 €\r\n") << int(TextEncoding::Utf8)
                                       << u"Cœur 5 €"_s;
    // Windows-1252: € = 0x80, œ = 0x9C, ’ = 0x92.
    QTest::newRow("windows-1252") << QByteArray("nom;obs\r\nX;C\x9Cur 5 \x80 l\x92\xE9t\xE9\r\n")
                                  << int(TextEncoding::Windows1252) << u"Cœur 5 € l’été"_s;
    // ISO-8859-15: € = 0xA4, œ = 0xBD, Œ = 0xBC.
    QTest::newRow("iso-8859-15") << QByteArray("nom;obs\r\nX;C\xBDur 5 \xA4 \xBCuvre\r\n") << int(TextEncoding::Iso885915)
                                 << u"Cœur 5 € Œuvre"_s;
    QTest::newRow("latin letters only: read as windows-1252")
        << QByteArray("nom;obs\r\nX;\xE9t\xE9\r\n") << int(TextEncoding::Windows1252) << u"été"_s;
    QTest::newRow("ascii only") << QByteArray("nom;obs\r\nX;abc\r\n") << int(TextEncoding::Undetermined) << u"abc"_s;
}

void TestCsvReader::encodingDetection()
{
    QFETCH(QByteArray, input);
    QFETCH(int, encoding);
    QFETCH(QString, secondField);
    for (const qsizetype chunk : kChunkSizes) {
        const ReadResult r = readAll(input, chunk);
        QVERIFY(r.status.ok());
        QCOMPARE(int(r.encoding), encoding);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(1).at(1), secondField);
    }
    // The same bytes read with the encoding forced give the same text.
    if (encoding != int(TextEncoding::Undetermined)) {
        CsvReader::Options forced;
        forced.encoding = static_cast<TextEncoding>(encoding);
        QCOMPARE(readAll(input, 7, forced).records.at(1).at(1), secondField);
    }
}

void TestCsvReader::lateAccentDecidesTheEncoding()
{
    // 100 KiB of ASCII, beyond the detection sample, then the first accented letter.
    QByteArray ascii = "nom;obs\r\n";
    while (ascii.size() < 100 * 1024)
        ascii += "Dupont;remplissage sans accent\r\n";
    ReadResult utf8 = readAll(ascii + "Zola;\xC3\x89mile\r\n", 64 * 1024);
    QCOMPARE(int(utf8.encoding), int(TextEncoding::Utf8));
    QCOMPARE(utf8.records.last().at(1), u"Émile"_s);
    ReadResult cp1252 = readAll(ascii + "Zola;\xC9mile \x80\r\n", 64 * 1024);
    QCOMPARE(int(cp1252.encoding), int(TextEncoding::Windows1252));
    QCOMPARE(cp1252.records.last().at(1), u"Émile €"_s);
    QCOMPARE(cp1252.problems, QStringList());
}

void TestCsvReader::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("message");
    QByteArray utf16 = "\xFF\xFE";
    for (const QChar c : u"nom\tprenom\r\n"_s) {
        utf16 += char(c.unicode() & 0xFF);
        utf16 += char(c.unicode() >> 8);
    }
    QTest::newRow("utf-16 with bom") << utf16 << int(TextEncoding::Utf16)
                                     << u"Le fichier est enregistré en UTF-16 (« Texte Unicode ») : ce n'est pas un CSV "
                                        "lisible. Dans le tableur, enregistrez-le au format « CSV UTF-8 » ou « CSV "
                                        "(séparateur : point-virgule) »."_s;
    QTest::newRow("utf-16 without bom") << utf16.mid(2) << int(TextEncoding::Utf16) << QString();
    QTest::newRow("zip archive") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << int(TextEncoding::Binary)
                                 << u"Ce fichier n'est pas un fichier texte CSV (c'est peut-être un classeur Excel ou "
                                    "LibreOffice renommé). Ouvrez-le dans le tableur et enregistrez-le au format CSV."_s;
    QTest::newRow("utf-8 then windows-1252")
        << QByteArray("nom;obs\r\nA;\xC3\xA9t\xC3\xA9\r\nB;\xE9t\xE9\r\n") << int(TextEncoding::Mixed)
        << u"Le fichier mélange deux encodages de caractères (UTF-8 et Windows-1252 ou ISO-8859-15), à partir de la "
           "ligne 3 : les lettres accentuées seraient mal lues. Ouvrez-le dans le tableur, corrigez les accents et "
           "réenregistrez-le au format « CSV UTF-8 »."_s;
}

void TestCsvReader::refusedFiles()
{
    QFETCH(QByteArray, input);
    QFETCH(int, encoding);
    QFETCH(QString, message);
    const ReadResult r = readAll(input, 64 * 1024);
    QVERIFY(!r.status.ok());
    QCOMPARE(r.status.error().kind(), Error::Kind::InvalidInput);
    QCOMPARE(int(r.encoding), encoding);
    if (!message.isEmpty())
        QCOMPARE(r.status.error().message(), message);
    QVERIFY(r.records.isEmpty());
}

void TestCsvReader::malformedQuoting_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<QStringList>("lastRecord");

    QTest::newRow("quote never closed")
        << QByteArray("a;b\r\nc;\"d\r\ne;f\r\n") << QList<qint64>{1, 2}
        << QStringList{u"2:2:le guillemet ouvert ligne 2 n'est jamais fermé : tout le reste du fichier a été lu comme "
                       "une seule valeur. Ajoutez le guillemet fermant."_s}
        << QStringList{u"c"_s, u"d\r\ne;f\r\n"_s};
    QTest::newRow("text after the closing quote")
        << QByteArray("a;b\r\n\"Martin\"x;y\r\nz;w\r\n") << QList<qint64>{1, 2, 3}
        << QStringList{u"2:1:caractère « x » après un guillemet fermant : un guillemet à l'intérieur d'une valeur doit "
                       "être doublé (\"\"), et la valeur entière entourée de guillemets."_s}
        << QStringList{u"z"_s, u"w"_s};
}

void TestCsvReader::malformedQuoting()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<qint64>, lines);
    QFETCH(QStringList, problems);
    QFETCH(QStringList, lastRecord);
    for (const qsizetype chunk : kChunkSizes) {
        const ReadResult r = readAll(input, chunk);
        QVERIFY(r.status.ok());
        QCOMPARE(r.lines, lines);
        QCOMPARE(r.problems, problems);
        QCOMPARE(r.records.last(), lastRecord);
    }
}

void TestCsvReader::fieldSizeIsBounded()
{
    CsvReader::Options options;
    options.maxFieldBytes = 100;
    const QByteArray input = "a;" + QByteArray(5000, 'x') + "\r\nb;c\r\n";
    for (const qsizetype chunk : kChunkSizes) {
        const ReadResult r = readAll(input, chunk, options);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(0).at(1).size(), 0); // the overflowing value is dropped, not kept half
        QCOMPARE(r.problems, QStringList{u"1:2:la valeur dépasse 100 octets : elle est trop longue pour être une "
                                         "donnée, le fichier est sans doute mal formé (guillemet non fermé ?)."_s});
        QCOMPARE(r.records.at(1), (QStringList{u"b"_s, u"c"_s}));
    }
}

void TestCsvReader::fieldCountIsBounded()
{
    CsvReader::Options options;
    options.maxFields = 10;
    const QByteArray input = QByteArray(50, ';') + "\r\na;b\r\n";
    const ReadResult r = readAll(input, 64 * 1024, options);
    QCOMPARE(r.records.size(), 2);
    QCOMPARE(r.records.at(0).size(), 10);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.at(0).startsWith(u"1:11:la ligne compte plus de 10 champs"_s));
}

void TestCsvReader::invalidUtf8InALaterField()
{
    // Detected as UTF-8 on the sample; a Windows-1252 byte further on is reported on its line.
    QByteArray input = "nom;obs\r\nA;\xC3\xA9t\xC3\xA9\r\n";
    while (input.size() < 70 * 1024)
        input += "B;ligne de remplissage\r\n";
    const qint64 line = input.count('\n') + 1;
    input += "C;\xE9t\xE9\r\n";
    const ReadResult r = readAll(input, 64 * 1024);
    QVERIFY(r.status.ok());
    QCOMPARE(int(r.encoding), int(TextEncoding::Utf8));
    QCOMPARE(r.problems, QStringList{QStringLiteral("%1:2:caractères invalides pour l'encodage UTF-8 : le fichier "
                                                    "mélange sans doute deux encodages. Réenregistrez-le au format "
                                                    "« CSV UTF-8 » depuis le tableur.").arg(line)});
}

void TestCsvReader::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("abc") << true;
    QTest::newRow("two bytes") << QByteArray("\xC3\xA9") << true;
    QTest::newRow("euro") << QByteArray("\xE2\x82\xAC") << true;
    QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("overlong three bytes") << QByteArray("\xE0\x80\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("truncated") << QByteArray("\xE2\x82") << false;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
}

void TestCsvReader::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(TextDecoder::isValidUtf8(bytes), valid);
}

void TestCsvReader::writerRoundTrip()
{
    // Whatever a value holds, writing then reading gives it back (the writer's neutralisation is
    // off here: it is the reader's fidelity that is tested).
    QRandomGenerator random(20240613);
    const QString alphabet = u"ab;,\t\"\r\n é€œ'=+-@"_s;
    QList<QStringList> written;
    for (int r = 0; r < 300; ++r) {
        QStringList fields;
        const int count = 1 + int(random.bounded(6));
        for (int f = 0; f < count; ++f) {
            QString value;
            const int length = int(random.bounded(12));
            for (int i = 0; i < length; ++i)
                value += alphabet.at(int(random.bounded(int(alphabet.size()))));
            fields << value;
        }
        // A record whose only field is empty is an empty line, which readers skip.
        if (fields.size() == 1 && fields.at(0).isEmpty())
            fields[0] = u"x"_s;
        written << fields;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter::Options options;
    options.neutralizeFormulas = false;
    CsvWriter writer(buffer, options);
    for (const QStringList &fields : std::as_const(written))
        writer.writeRecord(fields);
    QVERIFY(writer.status().ok());
    CsvReader::Options readerOptions;
    readerOptions.separator = ';';
    for (const qsizetype chunk : kChunkSizes) {
        const ReadResult r = readAll(buffer.data(), chunk, readerOptions);
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records, written);
        QCOMPARE(int(r.encoding), int(TextEncoding::Utf8WithBom));
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
