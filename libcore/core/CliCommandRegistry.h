#pragma once

#include "Result.h"

#include <QCommandLineOption>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <functional>

class QCommandLineParser;
class QTextStream;

namespace OpenMairie::Core {

// Exit codes of openmairie-cli, documented in the partner guide: scripts test them.
enum CliExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,      // the operation failed (database, file...)
    ExitUsage = 2,        // wrong command line
    ExitDenied = 3,       // authentication or rights
    ExitRefusedInput = 4, // the data given was refused (validation, import report)
};

class OPENMAIRIE_CORE_EXPORT CliInvocation
{
public:
    CliInvocation(const QCommandLineParser &parser, QStringList positional, bool json, QTextStream &out,
                  QTextStream &err);

    const QCommandLineParser &parser() const { return m_parser; }
    const QStringList &positional() const { return m_positional; }
    bool json() const { return m_json; }
    QString option(const QString &name) const;
    bool isSet(const QString &name) const;
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints the message (and detail) in French on stderr and returns the matching exit code.
    int fail(const Error &error);
    int usageError(const QString &message);
    void printJson(const QJsonValue &value);

private:
    const QCommandLineParser &m_parser;
    QStringList m_positional;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
};

struct OPENMAIRIE_CORE_EXPORT CliCommand
{
    QStringList path;        // {"reglement", "list"}
    QString summary;         // one line, French
    QString arguments;       // "NUMERO" for the help text
    QString permission;      // needed right; empty: any signed-in user
    bool needsDatabase = true;
    bool needsSession = true; // sign-in with --user / OPENMAIRIE_PASSWORD
    // Reserved to the Administrateur profile (backup, restore, migrate...): the command checks it
    // itself when it runs; the help of a signed-in agent leaves it out for other profiles.
    bool administratorOnly = false;
    // A right the command checks itself once running (users add also serves the very first account,
    // before anyone can sign in): the help of a signed-in agent hides the command without it.
    QString checkedPermission;
    QList<QCommandLineOption> options;
    std::function<int(CliInvocation &)> run;

    QString pathText() const { return path.join(u' '); }
};

// Commands offered by openmairie-cli: the shell's own and those that modules register.
class OPENMAIRIE_CORE_EXPORT CliCommandRegistry
{
public:
    Status add(CliCommand command);
    const QList<CliCommand> &commands() const { return m_commands; }
    // The longest registered path that prefixes args; nullptr if none.
    const CliCommand *match(const QStringList &args) const;
    QStringList groups() const;

private:
    QList<CliCommand> m_commands;
};

} // namespace OpenMairie::Core
