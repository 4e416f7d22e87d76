#pragma once

#include "CliCommandRegistry.h"
#include "CoreServices.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace OpenMairie::Test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// What openmairie-cli does once the database is open and the agent signed in: match the command,
// parse its options (plus the global --json), run it.
inline CliRun runCli(Core::CoreServices &services, const QStringList &args)
{
    CliRun run;
    const Core::CliCommand *command = services.cli().match(args);
    if (!command) {
        run.err = QStringLiteral("commande inconnue");
        return run;
    }
    QCommandLineParser parser;
    parser.addOptions(command->options);
    parser.addOption(QCommandLineOption(QStringLiteral("json")));
    if (!parser.parse(QStringList{QStringLiteral("openmairie-cli")} + args)) {
        run.err = parser.errorText();
        run.code = Core::ExitUsage;
        return run;
    }
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Core::CliInvocation invocation(parser, parser.positionalArguments(), parser.isSet(QStringLiteral("json")), out, err);
    run.code = command->run(invocation);
    out.flush();
    err.flush();
    return run;
}

} // namespace OpenMairie::Test
