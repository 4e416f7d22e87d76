// openmairie-cli: the composition root of the console program. It creates the core services, the
// password source and the dispatcher; the commands live in their own classes, the logic in libcore
// and the modules.
#include "CliApplication.h"
#include "PasswordSource.h"
#include "Terminal.h"

#include "CoreServices.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {
QtMessageHandler g_defaultHandler = nullptr;

// QGuiApplication asks for the runtime folder, and Qt warns when XDG_RUNTIME_DIR is unset (cron,
// service accounts): harmless for a program that opens no window, but scripts read stderr.
void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1StringView("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    using namespace OpenMairie;

    // Printing (arrêtés, registers, lists) paints with QtGui, which needs a QGuiApplication; the
    // console program never shows a window, so it takes the offscreen platform unless told
    // otherwise: it prints the same on a server without display as on an agent's desktop.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    g_defaultHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OpenMairie"));
    QCoreApplication::setApplicationName(QStringLiteral("openmairie-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPENMAIRIE_VERSION_STRING));
    Cli::Terminal::prepareConsoleOutput();

    // The suite's informational traces would mix with what scripts read; QT_LOGGING_RULES still
    // turns them back on for a diagnosis.
    QLoggingCategory::setFilterRules(QStringLiteral("openmairie.*.debug=false\nopenmairie.*.info=false"));

    // Qt's own messages (command-line parser) in French, as the rest of the program.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    // Read once, then removed from the environment: no program started from here inherits it.
    const QString password = qEnvironmentVariable(Cli::PasswordSource::kEnvironmentVariable);
    qunsetenv(Cli::PasswordSource::kEnvironmentVariable);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Core::CoreServices services;
    Cli::PasswordSource passwords(password, Cli::Terminal::standardInput(), err);
    Cli::CliApplication cli(services, passwords, out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
