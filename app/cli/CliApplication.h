#pragma once

#include "CliWorkspace.h"
#include "GlobalOptions.h"

#include <QStringList>

class QTextStream;

namespace OpenMairie::Core {
class CoreServices;
}

namespace OpenMairie::Cli {

class HelpPrinter;
class PasswordSource;

// openmairie-cli's dispatcher. It registers the core's commands before the modules load (a module
// cannot take the name of "init" or "backup"), finds the command in the shared registry, parses
// its declared options with the global ones, then does what the command declares: open the
// database (needsDatabase), sign in (needsSession), check its permission, and run it.
class CliApplication
{
public:
    CliApplication(Core::CoreServices &services, PasswordSource &passwords, QTextStream &out, QTextStream &err);

    // arguments as QCoreApplication::arguments(): the program name first.
    int run(const QStringList &arguments);

private:
    void registerCoreCommands();
    // The words that name the command: the positional arguments, global options' values skipped.
    QStringList commandWords(const QStringList &arguments) const;
    int dispatch(const Core::CliCommand &command, const QStringList &arguments, const HelpPrinter &help);
    int runHelpCommand(Core::CliInvocation &invocation);
    int usage(const QString &message);

    Core::CoreServices &m_services;
    QTextStream &m_out;
    QTextStream &m_err;
    CliWorkspace m_workspace;
    GlobalOptions m_globals;
    QStringList m_coreGroups;
    HelpPrinter *m_help = nullptr; // valid during run()
};

} // namespace OpenMairie::Cli
