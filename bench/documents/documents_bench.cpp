// Benchmark of the list paginator (see CMakeLists.txt). Prints pages per second of the paginator and
// of the raw QPainter loop, their ratio (target ≥ 0,7), and the paginator's peak memory at 5 000 and
// 20 000 rows (target: flat). Exit code 0 only when both targets are met.

#include "BenchLine.h"
#include "RawListLoop.h"

#include "documents/DocumentFonts.h"
#include "documents/ListReportProducer.h"
#include "documents/PageSink.h"
#include "documents/SqlListRowSource.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace OpenMairie::Documents;

namespace {

constexpr int kRows = 20000;
constexpr int kGroups = 10;
constexpr double kRowHeightMm = 9;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString selectSql(int limit)
{
    return QStringLiteral("SELECT bureau, nom, adresse, naissance FROM liste ORDER BY bureau, id LIMIT %1").arg(limit);
}

bool createDatabase(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("creation"));
    db.setDatabaseName(path);
    if (!db.open())
        return false;
    QSqlQuery q(db);
    q.exec(QStringLiteral("CREATE TABLE liste (id INTEGER PRIMARY KEY, bureau TEXT, nom TEXT, adresse TEXT, naissance TEXT)"));
    db.transaction();
    q.prepare(QStringLiteral("INSERT INTO liste (id, bureau, nom, adresse, naissance) VALUES (?, ?, ?, ?, ?)"));
    const QString street = QStringLiteral("rue de la République, résidence des Lices, bâtiment B, escalier 3, "
                                          "appartement 42, chez Madame Dupont");
    for (int i = 0; i < kRows; ++i) {
        q.addBindValue(i + 1);
        q.addBindValue(QStringLiteral("Bureau %1").arg(i * kGroups / kRows + 1, 2, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("DUPONT-%1 Jean-Marie").arg(i + 1));
        q.addBindValue(QString(QString::number(1 + i % 180) + u' ' + street.left(20 + (i * 37) % 90)));
        q.addBindValue(QDate(1930, 1, 1).addDays((i * 97) % 27000).toString(Qt::ISODate));
        q.exec();
    }
    db.commit();
    db.close();
    return true;
}

ListLayout benchLayout()
{
    ListLayout l;
    l.module = QStringLiteral("bench");
    l.code = QStringLiteral("emargement");
    l.title = QStringLiteral("Liste d'émargement");
    l.rowHeight = ListLayout::RowHeight::Fixed;
    l.rowHeightMm = kRowHeightMm;
    l.columns = {{QStringLiteral("Électeur"), QStringLiteral("nom"), 1.6, Qt::AlignLeft, FieldType::Text, false},
                 {QStringLiteral("Adresse"), QStringLiteral("adresse"), 4, Qt::AlignLeft, FieldType::Text, false},
                 {QStringLiteral("Né(e) le"), QStringLiteral("naissance"), 1.2, Qt::AlignHCenter, FieldType::Date, false},
                 {QStringLiteral("Signature"), QString(), 2, Qt::AlignLeft, FieldType::Text, false}};
    l.groupField = QStringLiteral("bureau");
    l.groupLabel = QStringLiteral("Bureau de vote");
    l.totalLabel = QStringLiteral("électeurs");
    return l;
}

struct Run
{
    int pages = 0;
    double seconds = 0;
    QString error;
};

Run runPaginator(const QSqlDatabase &db, int rows, const QString &file)
{
    Run run;
    ListHeader header;
    header.communeName = QStringLiteral("Arles");
    header.codeInsee = QStringLiteral("13004");
    ListReportProducer producer(benchLayout(), header,
                                [rows] { return std::make_unique<SqlListRowSource>(selectSql(rows)); });
    QElapsedTimer timer;
    timer.start();
    {
        QPdfWriter writer(file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(1200);
        PageSink sink(&writer);
        const OpenMairie::Core::Status s = producer.produce(sink, ProductionContext{db, 1, nullptr});
        sink.finish();
        if (!s)
            run.error = s.error().fullText();
        run.pages = sink.pageCount();
    }
    run.seconds = timer.nsecsElapsed() / 1e9;
    return run;
}

Run runRaw(const QSqlDatabase &db, int rows, const QString &file)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    {
        QPdfWriter writer(file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(1200);
        run.pages = RawListLoop::run(db, selectSql(rows), writer, kRowHeightMm).pages;
    }
    run.seconds = timer.nsecsElapsed() / 1e9;
    return run;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

QSqlDatabase openDatabase(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    db.setDatabaseName(path);
    db.open();
    return db;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    DocumentFonts::ensureRegistered();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption memoryOption(QStringLiteral("memoire"),
                                          QStringLiteral("(interne) lance le paginateur sur N lignes et affiche la mémoire "
                                                         "maximale"),
                                          QStringLiteral("N"));
    const QCommandLineOption databaseOption(QStringLiteral("base"), QStringLiteral("(interne) base SQLite"),
                                            QStringLiteral("FICHIER"));
    const QCommandLineOption repeatOption(QStringLiteral("repetitions"), QStringLiteral("mesures par méthode (3)"),
                                          QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({memoryOption, databaseOption, repeatOption});
    parser.process(app);

    if (parser.isSet(memoryOption)) {
        // Child: one paginator run in a fresh process, then its peak resident memory.
        QTemporaryDir dir;
        QSqlDatabase db = openDatabase(parser.value(databaseOption));
        const Run r = runPaginator(db, parser.value(memoryOption).toInt(), dir.filePath(QStringLiteral("m.pdf")));
        if (!r.error.isEmpty()) {
            out() << "erreur " << r.error << Qt::endl;
            return 1;
        }
        out() << "pages " << r.pages << " memoire_kio " << peakRssKb() << Qt::endl;
        return 0;
    }

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("liste.sqlite"));
    out() << "Préparation de " << kRows << " lignes (" << kGroups << " bureaux)…" << Qt::endl;
    if (!createDatabase(dbPath)) {
        out() << "Impossible de créer la base de mesure." << Qt::endl;
        return 2;
    }
    QSqlDatabase db = openDatabase(dbPath);
    const int repeats = std::max(1, parser.value(repeatOption).toInt());
    QList<double> paginatorRates;
    QList<double> rawRates;
    int paginatorPages = 0;
    int rawPages = 0;
    // Alternate the two so that both see the same machine load.
    runRaw(db, kRows, dir.filePath(QStringLiteral("chauffe.pdf")));
    for (int i = 0; i < repeats; ++i) {
        const Run p = runPaginator(db, kRows, dir.filePath(QStringLiteral("paginateur.pdf")));
        if (!p.error.isEmpty()) {
            out() << "Erreur du paginateur : " << p.error << Qt::endl;
            return 2;
        }
        const Run r = runRaw(db, kRows, dir.filePath(QStringLiteral("brut.pdf")));
        paginatorPages = p.pages;
        rawPages = r.pages;
        paginatorRates.append(p.pages / p.seconds);
        rawRates.append(r.pages / r.seconds);
        out() << QStringLiteral("  mesure %1 : paginateur %2 pages en %3 s, boucle brute %4 pages en %5 s")
                     .arg(i + 1)
                     .arg(p.pages)
                     .arg(p.seconds, 0, 'f', 2)
                     .arg(r.pages)
                     .arg(r.seconds, 0, 'f', 2)
              << Qt::endl;
    }
    const double paginatorRate = median(paginatorRates);
    const double rawRate = median(rawRates);
    const double ratio = paginatorRate / rawRate;

    auto childMemory = [&](int rows) -> qint64 {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--memoire"), QString::number(rows), QStringLiteral("--base"), dbPath});
        child.waitForFinished(600000);
        const QStringList words = QString::fromUtf8(child.readAllStandardOutput()).split(u' ', Qt::SkipEmptyParts);
        const qsizetype at = words.indexOf(QStringLiteral("memoire_kio"));
        return at >= 0 && at + 1 < words.size() ? words.at(at + 1).trimmed().toLongLong() : -1;
    };
    const qint64 memory5k = childMemory(5000);
    const qint64 memory20k = childMemory(20000);
    const double growth = memory5k > 0 ? double(memory20k) / double(memory5k) : 0;

    out() << Qt::endl << "Liste de " << kRows << " lignes, 4 colonnes, " << kGroups << " bureaux, PDF/A-1b 1200 ppp" << Qt::endl;
    out() << QStringLiteral("  paginateur   : %1 pages/s (%2 pages, avec comptage, totaux, « Page N / M »)")
                 .arg(paginatorRate, 0, 'f', 1).arg(paginatorPages) << Qt::endl;
    out() << QStringLiteral("  boucle brute : %1 pages/s (%2 pages)").arg(rawRate, 0, 'f', 1).arg(rawPages) << Qt::endl;
    out() << QStringLiteral("  rapport      : %1 (objectif ≥ 0,70)").arg(ratio, 0, 'f', 2) << Qt::endl;
    out() << QStringLiteral("  mémoire max. : %1 Mio à 5 000 lignes, %2 Mio à 20 000 lignes (× %3 ; objectif : stable)")
                 .arg(memory5k / 1024.0, 0, 'f', 1).arg(memory20k / 1024.0, 0, 'f', 1).arg(growth, 0, 'f', 2)
          << Qt::endl;
    OpenMairie::Bench::printBenchLine(QStringLiteral("Paginateur, liste de 20 000 lignes (pages/s)"), paginatorRate,
                          QStringLiteral("pages/s"), QStringLiteral("boucle QPainter brute"), rawRate, ratio,
                          QStringLiteral("≥ 0,70"), 4);
    OpenMairie::Bench::printBenchLine(QStringLiteral("Paginateur, mémoire max. 20 000 / 5 000 lignes"), memory20k / 1024.0,
                          QStringLiteral("Mio"), QStringLiteral("même paginateur à 5 000 lignes"), memory5k / 1024.0,
                          growth, QStringLiteral("≤ 1,10"), 4);
    const bool fastEnough = ratio >= 0.7;
    // Flat: 4 × the rows may not cost more than 10 % more memory (PDF cross-reference offsets grow a little).
    const bool flat = memory5k > 0 && memory20k > 0 && growth <= 1.10;
    out() << (fastEnough && flat ? "Objectifs atteints." : "Objectif manqué.") << Qt::endl;
    return fastEnough && flat ? 0 : 1;
}
