#pragma once

#include "ConnectionProfile.h"

#include <QStringList>

#include <optional>

namespace OpenMairie::Gui {

// openmairie [--db URL] [--user LOGIN] [--commune INSEE] [--quitter-apres-affichage]
//
// --db and --user serve this run only and are not saved. With --user and OPENMAIRIE_PASSWORD set,
// the shell signs in without showing the login dialog (demo script, startup benchmark).
// --quitter-apres-affichage quits as soon as the main window has been painted (benchmark, smoke
// tests); the exit code is 0 only when the main window was reached.
struct CommandLineOptions
{
    enum class Action { Run, ShowHelp, ShowVersion };

    Action action = Action::Run;
    QString text; // help or version text to print
    std::optional<Core::ConnectionProfile> profile;
    QString user;
    QString commune;
    QString password; // from OPENMAIRIE_PASSWORD, never from the command line
    bool quitAfterShown = false;

    bool autoSignIn() const { return !user.isEmpty() && !password.isEmpty(); }

    static Core::Result<CommandLineOptions> parse(const QStringList &arguments, const QString &passwordFromEnvironment);
};

} // namespace OpenMairie::Gui
