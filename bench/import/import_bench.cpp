// Import benchmark (issue 11): openmairie-cli import --objet core.voies of N generated streets into a
// SQLite base, against the sqlite3 shell importing the same file into a plain table and building
// comparable indexes, alternately in the same run. The figure the electoral list's target (issue 6:
// ≤ 1,5 × the shell) will be measured like this once elec lands; for the core's streets it is
// informative (the audit journal writes one row per street). Usage:
//   openmairie_import_bench [--lignes N] [--mesures N]
#include "BenchLine.h"
#include "CommuneDataGenerator.h"

#include "CoreServices.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace OpenMairie;

namespace {
constexpr auto kPassword = "Banc-de-mesure-2026!";

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Milliseconds, or -1 with the reason printed.
double timed(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    p.closeWriteChannel();
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        out() << program << " a échoué : " << QString::fromUtf8(p.readAllStandardError()) << Qt::endl;
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("lignes"), QStringLiteral("Nombre de voies."), QStringLiteral("N"),
                                        QStringLiteral("200000"));
    const QCommandLineOption runsOption(QStringLiteral("mesures"), QStringLiteral("Mesures alternées."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    parser.addOptions({rowsOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const int rows = std::max(1, parser.value(rowsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/openmairie-cli");
    if (sqlite3.isEmpty() || !QFile::exists(cli)) {
        out() << "Il faut le shell sqlite3 (paquet sqlite3) et openmairie-cli à côté du banc." << Qt::endl;
        return 2;
    }

    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("vierge.sqlite"));
    {
        // The base as the first-run wizard makes it, without any module.
        qputenv("OPENMAIRIE_MODULE_PATH", dir.filePath(QStringLiteral("sans-module")).toUtf8());
        Core::CoreServices services;
        services.startModules();
        Core::InitRequest request;
        request.profile = Core::ConnectionProfile::sqlite(pristine);
        request.codeInsee = QStringLiteral("13004");
        request.adminLogin = QStringLiteral("admin");
        request.adminName = QStringLiteral("Administrateur du banc");
        request.adminPassword = QString::fromLatin1(kPassword);
        if (auto r = services.initializeWorkspace(request); !r) {
            out() << "Base de mesure impossible : " << r.error().fullText() << Qt::endl;
            return 2;
        }
        services.database().close();
    }
    Bench::GenerationSpec spec;
    spec.electeurs = 0;
    spec.voies = rows;
    const QString file = dir.filePath(QStringLiteral("voies.csv"));
    if (Core::Status s = Bench::CommuneDataGenerator(spec).writeVoies(file); !s) {
        out() << s.error().fullText() << Qt::endl;
        return 2;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENMAIRIE_PASSWORD"), QString::fromLatin1(kPassword));
    env.insert(QStringLiteral("OPENMAIRIE_MODULE_PATH"), dir.filePath(QStringLiteral("sans-module")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    // The shell's import of the same file, then indexes like the voie table's (unique code per
    // commune, search key).
    const QString shellScript = QStringLiteral(
        "PRAGMA journal_mode=WAL;\n"
        "CREATE TABLE voie_brut (code TEXT, type TEXT, libelle TEXT, complement TEXT, date_debut TEXT);\n"
        ".mode csv\n.separator ;\n.import --skip 1 %1 voie_brut\n"
        "CREATE UNIQUE INDEX voie_brut_code ON voie_brut (code);\n"
        "CREATE INDEX voie_brut_libelle ON voie_brut (libelle);\n").arg(file);
    QFile script(dir.filePath(QStringLiteral("shell.sql")));
    if (!script.open(QIODevice::WriteOnly))
        return 2;
    script.write(shellScript.toUtf8());
    script.close();

    QList<double> suite, shell;
    for (int i = 0; i < runs; ++i) {
        const QString a = dir.filePath(QStringLiteral("suite-%1.sqlite").arg(i));
        const QString b = dir.filePath(QStringLiteral("shell-%1.sqlite").arg(i));
        QFile::copy(pristine, a);
        QFile::copy(pristine, b);
        const double s = timed(cli, {QStringLiteral("--db"), QStringLiteral("sqlite:") + a, QStringLiteral("--user"),
                                     QStringLiteral("admin"), QStringLiteral("import"), QStringLiteral("--objet"),
                                     QStringLiteral("core.voies"), file},
                               env);
        const double r = timed(sqlite3, {b, QStringLiteral(".read ") + script.fileName()}, env);
        if (s < 0 || r < 0)
            return 2;
        suite.append(s);
        shell.append(r);
        out() << QStringLiteral("  mesure %1 : openmairie-cli %2 ms, shell sqlite3 %3 ms").arg(i + 1).arg(s, 0, 'f', 0).arg(r, 0, 'f', 0)
              << Qt::endl;
    }
    const double ratio = median(suite) / median(shell);
    out() << QStringLiteral("Import de %1 voies (SQLite) : %2 ms contre %3 ms pour le shell sqlite3, rapport %4")
                 .arg(rows).arg(median(suite), 0, 'f', 0).arg(median(shell), 0, 'f', 0).arg(ratio, 0, 'f', 2)
          << Qt::endl;
    // Informative: no issue sets a target for the streets (the electors' is ≤ 1,5, issue 6).
    Bench::printBenchLine(QStringLiteral("Import de %1 voies dans SQLite (avec journal d'audit)").arg(rows),
                          median(suite), QStringLiteral("ms"), QStringLiteral("shell sqlite3 .import + index"),
                          median(shell), ratio, QStringLiteral("-"), 11);
    return 0;
}
