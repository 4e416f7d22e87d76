// Startup benchmark of the shell: time from process start to the main window painted with every
// module loaded, against a bare Qt Widgets window measured in the same run, alternately. Runs under
// the offscreen platform, then again under Xvfb when xvfb-run is installed. Target: ≤ 2× the bare
// window. Usage: openmairie_startup_bench [--mesures N] [--objectif R] [--sans-xvfb]
#include "BenchLine.h"
#include "CoreServices.h"
#include "IModule.h"
#include "ModuleContext.h"
#include "StartupBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace OpenMairie;

namespace {
void say(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

// Median of the "<step> N ms" lines of the shell's start-up trace over the runs.
double medianOfTrace(const StartupBench::Figures &figures, const char *step)
{
    StartupBench::Figures values;
    const QByteArray marker(step);
    for (const QByteArray &output : figures.errorOutputs) {
        const qsizetype at = output.indexOf(marker);
        if (at < 0)
            continue;
        const QByteArray rest = output.mid(at + marker.size());
        values.milliseconds.append(rest.left(rest.indexOf(' ')).toDouble());
    }
    return values.median();
}

// The demo base the shell opens: Arles, its administrator, and each module's demonstration data.
QString prepareDemoBase(const QString &path, const QString &password, QStringList *modules)
{
    Core::CoreServices services;
    services.startModules();
    Core::InitRequest request;
    request.profile = Core::ConnectionProfile::sqlite(path);
    request.codeInsee = QStringLiteral("13004");
    request.adminLogin = QStringLiteral("admin");
    request.adminName = QStringLiteral("Administrateur du banc");
    request.adminPassword = password;
    Core::Result<Core::WorkspaceReport> report = services.initializeWorkspace(request);
    if (!report)
        return report.error().fullText();
    if (Core::Status s = services.signIn(request.adminLogin, password); !s)
        return s.error().fullText();
    for (const Core::ModuleSpec *spec : services.modules().activeModules()) {
        modules->append(spec->id());
        Core::ModuleContext context(services, *spec);
        if (Core::IModule *module = services.modules().module(spec->id()))
            if (Core::Status s = module->populateDemoData(context); !s)
                say(QStringLiteral("  (données de démonstration de %1 : %2)\n").arg(spec->id(), s.error().message()));
    }
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    // The driver itself shows nothing; modules may still need a GUI application for their demo data.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Banc de mesure du démarrage d'OpenMairie."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("mesures"), QStringLiteral("Nombre de mesures par programme."),
                                        QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption targetOption(QStringLiteral("objectif"), QStringLiteral("Rapport maximal accepté."),
                                          QStringLiteral("R"), QStringLiteral("2.0"));
    const QCommandLineOption platformOption(QStringLiteral("plateforme"),
                                            QStringLiteral("Plateforme Qt des programmes mesurés."),
                                            QStringLiteral("nom"), QStringLiteral("offscreen"));
    const QCommandLineOption baseOption(QStringLiteral("base"), QStringLiteral("Base déjà préparée (usage interne)."),
                                        QStringLiteral("fichier"));
    const QCommandLineOption noXvfbOption(QStringLiteral("sans-xvfb"), QStringLiteral("Ne mesure pas sous Xvfb."));
    parser.addOptions({runsOption, targetOption, platformOption, baseOption, noXvfbOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const double target = parser.value(targetOption).toDouble();
    const QString platform = parser.value(platformOption);

    const QString binDir = QCoreApplication::applicationDirPath();
    const QString shell = binDir + QStringLiteral("/openmairie");
    const QString bare = binDir + QStringLiteral("/openmairie_bare_window");
    for (const QString &program : {shell, bare}) {
        if (!QFileInfo(program).isExecutable()) {
            say(QStringLiteral("Programme introuvable : %1. Construisez les cibles openmairie et "
                               "openmairie_bare_window.\n").arg(program));
            return 2;
        }
    }

    QTemporaryDir work;
    QString base = parser.value(baseOption);
    QString password = qEnvironmentVariable("OPENMAIRIE_BENCH_PASSWORD");
    if (base.isEmpty()) {
        base = work.filePath(QStringLiteral("banc-demarrage.sqlite"));
        password = QStringLiteral("Banc-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QStringList modules;
        say(QStringLiteral("Préparation de la base de démonstration %1…\n").arg(base));
        if (const QString error = prepareDemoBase(base, password, &modules); !error.isEmpty()) {
            say(QStringLiteral("Échec de la préparation : %1\n").arg(error));
            return 2;
        }
        say(QStringLiteral("Modules actifs : %1\n").arg(modules.isEmpty() ? QStringLiteral("aucun")
                                                                           : modules.join(QStringLiteral(", "))));
    }

    // A settings folder of its own: no saved window layout of the user, nothing written to it.
    const QString config = work.filePath(QStringLiteral("config"));
    QDir().mkpath(config);
    StartupBench bench(platform, {QStringLiteral("OPENMAIRIE_PASSWORD=") + password,
                                  QStringLiteral("XDG_CONFIG_HOME=") + config});
    const QList<StartupBench::Program> programs{
        {QStringLiteral("fenêtre Qt nue"), bare, {}, {}},
        {QStringLiteral("OpenMairie"), shell,
         {QStringLiteral("--db"), QStringLiteral("sqlite:") + base, QStringLiteral("--user"), QStringLiteral("admin"),
          QStringLiteral("--quitter-apres-affichage")},
         {QStringLiteral("QT_LOGGING_RULES=openmairie.startup.debug=true")}},
    };
    QList<StartupBench::Figures> figures;
    if (const QString error = bench.measure(programs, runs, &figures); !error.isEmpty()) {
        say(QStringLiteral("Mesure impossible (%1) : %2\n").arg(platform, error));
        return 2;
    }
    const double ratio = figures.at(1).median() / figures.at(0).median();
    say(QStringLiteral("\nDémarrage jusqu'à la fenêtre affichée — plateforme %1, médiane de %2 mesures alternées :\n")
            .arg(platform)
            .arg(runs));
    for (qsizetype i = 0; i < programs.size(); ++i)
        say(QStringLiteral("  %1 : %2 ms (minimum %3 ms)\n")
                .arg(programs.at(i).label.leftJustified(16), QString::number(figures.at(i).median(), 'f', 1),
                     QString::number(figures.at(i).minimum(), 'f', 1)));
    say(QStringLiteral("  rapport OpenMairie / fenêtre nue : %1 (objectif ≤ %2) %3\n")
            .arg(QString::number(ratio, 'f', 2), QString::number(target, 'f', 1),
                 ratio <= target ? QStringLiteral("— atteint") : QStringLiteral("— DÉPASSÉ")));
    // Where the time goes, from the shell's own start-up trace.
    const double accountCheck = medianOfTrace(figures.at(1), "account checked in ");
    const double baseOpening = medianOfTrace(figures.at(1), "base opened and up to date in ");
    if (accountCheck > 0) {
        const double withoutKdf = figures.at(1).median() - accountCheck;
        say(QStringLiteral("  dont ouverture et mise à jour de la base : %1 ms ; vérification du mot de passe "
                           "(argon2id, volontairement lente) : %2 ms\n")
                .arg(QString::number(baseOpening, 'f', 0), QString::number(accountCheck, 'f', 0)));
        say(QStringLiteral("  hors vérification du mot de passe : %1 ms, rapport %2\n")
                .arg(QString::number(withoutKdf, 'f', 1),
                     QString::number(withoutKdf / figures.at(0).median(), 'f', 2)));
    }
    OpenMairie::Bench::printBenchLine(QStringLiteral("Démarrage jusqu'à la fenêtre affichée (%1)").arg(platform),
                          figures.at(1).median(), QStringLiteral("ms"), QStringLiteral("fenêtre Qt nue"),
                          figures.at(0).median(), ratio,
                          QStringLiteral("≤ %1").arg(QString::number(target, 'f', 1).replace(u'.', u',')), 2);
    int status = ratio <= target ? 0 : 1;

    if (platform == u"offscreen" && !parser.isSet(noXvfbOption)) {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (xvfb.isEmpty()) {
            say(QStringLiteral("\n(xvfb-run absent : pas de mesure sous X11)\n"));
        } else {
            QProcess nested;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("OPENMAIRIE_BENCH_PASSWORD"), password);
            nested.setProcessEnvironment(env);
            nested.setProcessChannelMode(QProcess::ForwardedChannels);
            nested.start(xvfb, {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1366x768x24"),
                                QCoreApplication::applicationFilePath(), QStringLiteral("--plateforme"),
                                QStringLiteral("xcb"), QStringLiteral("--base"), base, QStringLiteral("--mesures"),
                                QString::number(runs), QStringLiteral("--objectif"), parser.value(targetOption)});
            nested.waitForFinished(-1);
            if (nested.exitCode() != 0)
                status = std::max(status, nested.exitCode());
        }
    }
    return status;
}
