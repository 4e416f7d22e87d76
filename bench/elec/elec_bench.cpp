// openElec benchmarks, each against its baseline measured in the same run (see CMakeLists.txt).
#include "BenchLine.h"

#include "ElecService.h"
#include "ElecteurListModel.h"
#include "ReuImport.h"

#include "CoreServices.h"
#include "Sql.h"
#include "TestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>

using namespace OpenMairie;

namespace {

const char *const kNoms[] = {"MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU",
                             "LAURENT", "SIMON", "MICHEL", "LEFÈBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL",
                             "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT",
                             "MULLER", "FAURE", "ANDRÉ", "MERCIER", "BLANC", "GUÉRIN", "BOYER", "GARNIER", "CHEVALIER",
                             "FRANÇOIS", "LEGRAND", "GAUTHIER", "GARCIA", "PERRIN", "ROBIN", "CLÉMENT", "MORIN",
                             "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU", "GAUTIER", "MASSON", "MARCHAND"};
const char *const kPrenoms[] = {"Marie", "Jean", "Pierre", "Anne", "Michel", "Nathalie", "Louis", "Léa", "Hugo",
                                "Chloé", "Paul", "Inès", "Lucas", "Camille", "Théo", "Élodie", "André", "Sylvie"};
const char *const kVoies[] = {"RUE DE LA REPUBLIQUE", "AVENUE VICTOR HUGO", "BOULEVARD GAMBETTA", "BOULEVARD DES LICES",
                              "AVENUE DES ALYSCAMPS", "RUE CALADE", "PLACE DU FORUM", "RUE DU 4 SEPTEMBRE"};

// A REU extract of n electors, deterministic. Names get a numeric suffix beyond the base list so
// that a big file has many distinct names (Paris-like variety).
void writeExtract(const QString &path, int n)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QTextStream out(&file);
    out << "code_bureau;libelle_bureau;liste;ine;nom_naissance;nom_usage;prenoms;sexe;date_naissance;"
           "code_commune_naissance;libelle_commune_naissance;nationalite;numero_voie;libelle_voie;numero_ordre\n";
    QRandomGenerator random(42);
    for (int i = 0; i < n; ++i) {
        const QString nom = QString::fromUtf8(kNoms[random.bounded(int(std::size(kNoms)))])
                            + (i % 4 ? QString() : QString::number(random.bounded(5000)));
        const QDate birth = QDate(1930, 1, 1).addDays(random.bounded(27000));
        out << QString::number(1 + random.bounded(40)) << ";BUREAU;LP;" << QString::number(100000000 + i) << ';' << nom
            << ";;" << kPrenoms[random.bounded(int(std::size(kPrenoms)))] << ';' << (i % 2 ? 'F' : 'M') << ';'
            << birth.toString(QStringLiteral("dd/MM/yyyy")) << ";13004;Arles;FRANCAISE;" << 1 + random.bounded(300) << ';'
            << kVoies[random.bounded(int(std::size(kVoies)))] << ';' << (i + 1) << '\n';
    }
}

// The same extract loaded by the sqlite3 shell into a table of the same columns, plus the indexes
// the module keeps on its table.
double sqliteShellImport(const QString &dir, const QString &csv)
{
    const QString db = dir + QStringLiteral("/shell.sqlite");
    const QString script = QStringLiteral(
        "CREATE TABLE e (code_bureau TEXT, libelle_bureau TEXT, liste TEXT, ine TEXT, nom_naissance TEXT, nom_usage TEXT, "
        "prenoms TEXT, sexe TEXT, date_naissance TEXT, code_commune_naissance TEXT, libelle_commune_naissance TEXT, "
        "nationalite TEXT, numero_voie TEXT, libelle_voie TEXT, numero_ordre TEXT);\n"
        ".mode csv\n.separator ;\n.import --skip 1 '%1' e\n"
        "CREATE UNIQUE INDEX e_ine ON e (liste, ine);\nCREATE INDEX e_tri ON e (liste, nom_naissance, prenoms);\n"
        "CREATE INDEX e_nom ON e (nom_naissance);\nCREATE INDEX e_usage ON e (nom_usage);\n"
        "CREATE INDEX e_naissance ON e (date_naissance);\nCREATE INDEX e_bureau ON e (liste, code_bureau, numero_ordre);\n"
        "CREATE INDEX e_voie ON e (libelle_voie);\n").arg(csv);
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {db});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    return t.elapsed();
}

double psqlCopy(const Core::ConnectionProfile &profile, const QString &csv)
{
    QUrl url(qEnvironmentVariable("OPENMAIRIE_TEST_PG_URL"));
    url.setPath(u'/' + profile.database());
    const QString script = QStringLiteral(
        "CREATE TABLE bench_e (code_bureau TEXT, libelle_bureau TEXT, liste TEXT, ine TEXT, nom_naissance TEXT, "
        "nom_usage TEXT, prenoms TEXT, sexe TEXT, date_naissance TEXT, code_commune_naissance TEXT, "
        "libelle_commune_naissance TEXT, nationalite TEXT, numero_voie TEXT, libelle_voie TEXT, numero_ordre TEXT);\n"
        "\\copy bench_e FROM '%1' WITH (FORMAT csv, DELIMITER ';', HEADER true)\n"
        "CREATE UNIQUE INDEX bench_e_ine ON bench_e (liste, ine);\nCREATE INDEX bench_e_tri ON bench_e (liste, nom_naissance, prenoms);\n"
        "CREATE INDEX bench_e_nom ON bench_e (nom_naissance);\nCREATE INDEX bench_e_usage ON bench_e (nom_usage);\n"
        "CREATE INDEX bench_e_naissance ON bench_e (date_naissance);\n"
        "CREATE INDEX bench_e_bureau ON bench_e (liste, code_bureau, numero_ordre);\n"
        "CREATE INDEX bench_e_voie ON bench_e (libelle_voie);\n").arg(csv);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), Test::TestDatabase::adminPassword());
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("psql"), {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                     url.toString()});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        QTextStream(stderr) << "psql : " << p.readAllStandardError() << '\n';
    return t.elapsed();
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

struct Setup
{
    Test::TestDatabase db;
    Core::CoreServices services;
    QString problem;
    Setup()
    {
        services.startModules();
        if (!db.setupError().isEmpty())
            problem = db.setupError();
        else if (Core::Status s = db.initialize(services); !s)
            problem = s.error().fullText();
    }
};

void runBackend(const QString &backend, int importN, int searchN)
{
    qputenv("OPENMAIRIE_TEST_BACKEND", backend.toUtf8());
    QTextStream log(stderr);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("extrait.csv"));
    writeExtract(csv, importN);

    // 1. Import against the shell / \copy plus the same indexes.
    double importMs = 0;
    {
        Setup s;
        if (!s.problem.isEmpty()) {
            log << backend << " : " << s.problem << '\n';
            return;
        }
        if (qEnvironmentVariableIsSet("ELEC_BENCH_SANS_AUDIT")) {
            // Diagnosis only: how much of the import the suite's per-row audit trigger costs.
            QSqlQuery(s.services.database().connection())
                .exec(backend == u"sqlite" ? QStringLiteral("DROP TRIGGER om_audit_elec_electeur_insert")
                                           : QStringLiteral("ALTER TABLE elec_electeur DISABLE TRIGGER om_audit"));
            log << "(déclencheur d'audit des insertions désactivé pour le diagnostic)\n";
        }
        Elec::ReuImport importer(s.services.database(), s.services.session(), s.services.permissions());
        QElapsedTimer t;
        t.start();
        Core::Result<Elec::ReuImportReport> r = importer.importFile(csv);
        importMs = t.elapsed();
        if (!r || r->refused || r->ajoutes != importN) {
            log << "import refusé : " << (r ? r->text() : r.error().fullText()) << '\n';
            return;
        }
        const double baseline = backend == u"sqlite" ? sqliteShellImport(dir.path(), csv) : psqlCopy(s.db.profile(), csv);
        const QString what = backend == u"sqlite" ? QStringLiteral("shell sqlite3 .import + index")
                                                  : QStringLiteral("psql \\copy + index");
        Bench::printBenchLine(QStringLiteral("elec import %1 électeurs (%2)").arg(importN).arg(backend), importMs,
                              QStringLiteral("ms"), what, baseline, importMs / baseline, QStringLiteral("≤ 1,5"), 6);

        // 3. Refonte against a plain UPDATE of one column over the same rows.
        QSqlDatabase db = s.services.database().connection();
        QElapsedTimer u;
        u.start();
        Core::Sql::exec(db, QStringLiteral("BEGIN"));
        Core::Sql::exec(db, QStringLiteral("UPDATE elec_electeur SET numero_ordre = numero_ordre + 1000000"));
        Core::Sql::exec(db, QStringLiteral("COMMIT"));
        const double plain = u.elapsed();
        Elec::ElecService service(s.services.database(), s.services.session(), s.services.permissions());
        QElapsedTimer r2;
        r2.start();
        Core::Result<int> changed = service.refonte();
        const double refonte = r2.elapsed();
        if (!changed)
            log << changed.error().fullText() << '\n';
        Bench::printBenchLine(QStringLiteral("elec refonte %1 électeurs (%2)").arg(changed ? changed.value() : 0).arg(backend),
                              refonte, QStringLiteral("ms"), QStringLiteral("UPDATE d'une colonne"), plain, refonte / plain,
                              QStringLiteral("≤ 3,0"), 6);
    }

    // 2. Search as you type on searchN electors.
    {
        Setup s;
        const QString big = dir.filePath(QStringLiteral("grand.csv"));
        writeExtract(big, searchN);
        Elec::ReuImport importer(s.services.database(), s.services.session(), s.services.permissions());
        if (Core::Result<Elec::ReuImportReport> r = importer.importFile(big); !r || r->refused) {
            log << "import refusé\n";
            return;
        }
        QSqlQuery(s.services.database().connection()).exec(QStringLiteral("ANALYZE"));
        Elec::ElecService service(s.services.database(), s.services.session(), s.services.permissions());
        QRandomGenerator random(7);
        QList<double> times;
        for (int i = 0; i < 300; ++i) {
            // What an agent types, letter by letter: "d", "du", "dup"..., then "dupont m".
            const QString nom = QString::fromUtf8(kNoms[random.bounded(int(std::size(kNoms)))]).toLower();
            QString text = nom.left(1 + random.bounded(nom.size()));
            if (i % 5 == 0)
                text = nom + u' ' + QString::fromUtf8(kPrenoms[random.bounded(int(std::size(kPrenoms)))]).left(2);
            if (i % 17 == 0)
                text = QDate(1930, 1, 1).addDays(random.bounded(27000)).toString(QStringLiteral("ddMMyyyy"));
            QElapsedTimer t;
            t.start();
            Core::Result<QList<Elec::Electeur>> found = service.search(text);
            times.append(t.nsecsElapsed() / 1e6);
            if (!found)
                log << found.error().fullText() << '\n';
        }
        if (qEnvironmentVariableIsSet("ELEC_BENCH_EXPLAIN")) {
            // The plan of a typical first letters search, for whoever tunes the indexes.
            QSqlQuery plan(s.services.database().connection());
            plan.exec(QStringLiteral("EXPLAIN %1 SELECT e.id FROM elec_electeur e LEFT JOIN voie v ON v.id = e.voie_id "
                                     "LEFT JOIN elec_bureau b ON b.id = e.bureau_id WHERE e.collectivite_id = %2 AND "
                                     "e.liste = 'LP' AND e.cle_tri >= 'DU' AND e.cle_tri < 'DV' ORDER BY e.cle_tri, e.id LIMIT 200")
                          .arg(backend == u"pgsql" ? QStringLiteral("ANALYZE") : QStringLiteral("QUERY PLAN"))
                          .arg(s.services.session().commune().id));
            while (plan.next())
                log << plan.value(0).toString() << ' ' << plan.value(3).toString() << '\n';
        }
        std::sort(times.begin(), times.end());
        const double median = times.at(times.size() / 2);
        const double p99 = times.at(int(times.size() * 0.99));
        Bench::printBenchLine(QStringLiteral("elec recherche médiane, %1 électeurs (%2)").arg(searchN).arg(backend), median,
                              QStringLiteral("ms"), QStringLiteral("objectif 20 ms"), 20, median / 20, QStringLiteral("≤ 1,0"), 6);
        Bench::printBenchLine(QStringLiteral("elec recherche p99, %1 électeurs (%2)").arg(searchN).arg(backend), p99,
                              QStringLiteral("ms"), QStringLiteral("objectif 50 ms"), 50, p99 / 50, QStringLiteral("≤ 1,0"), 6);

        // Opening the list view: the model's first page and the count shown above it.
        QElapsedTimer open;
        open.start();
        Elec::ElecteurListModel model(service);
        model.setFilter({});
        const int total = service.count({}).value();
        const double openMs = open.elapsed();
        // Scrolling to the end, every row shown in turn: the memory must stay flat.
        const auto rssMb = [] {
            QFile status(QStringLiteral("/proc/self/status"));
            status.open(QIODevice::ReadOnly);
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmRSS:"))
                    return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
            return 0.0;
        };
        const double rssBefore = rssMb();
        QElapsedTimer scroll;
        scroll.start();
        for (int row = 0; row < model.rowCount(); ++row)
            model.data(model.index(row, Elec::ElecteurListModel::NomNaissance));
        const double scrollMs = scroll.elapsed();
        const double grown = rssMb() - rssBefore;
        Bench::printBenchLine(QStringLiteral("elec mémoire en défilant %1 électeurs (%2)").arg(total).arg(backend), grown,
                              QStringLiteral("Mo"), QStringLiteral("objectif 100 Mo"), 100, grown / 100, QStringLiteral("≤ 1,0"), 6);
        Bench::printBenchLine(QStringLiteral("elec ouverture de la liste, %1 électeurs (%2)").arg(total).arg(backend), openMs,
                              QStringLiteral("ms"), QStringLiteral("objectif 1 s"), 1000, openMs / 1000, QStringLiteral("≤ 1,0"), 6);
        log << "défilement jusqu'au bout (" << model.rowCount() << " lignes) : " << scrollMs << " ms\n";
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int importN = envInt("ELEC_BENCH_IMPORT_N", 20000);
    const int searchN = envInt("ELEC_BENCH_SEARCH_N", 100000);
    runBackend(QStringLiteral("sqlite"), importN, searchN);
    if (!qEnvironmentVariable("OPENMAIRIE_TEST_PG_URL").isEmpty())
        runBackend(QStringLiteral("pgsql"), importN, searchN);
    else
        QTextStream(stderr) << "PostgreSQL non configuré (OPENMAIRIE_TEST_PG_URL) : mesures PostgreSQL omises.\n";
    return 0;
}
