#pragma once

#include "Terminal.h"

#include "Result.h"

class QTextStream;

namespace OpenMairie::Cli {

// Where openmairie-cli gets a password: the OPENMAIRIE_PASSWORD variable (scripts, cron), else a
// prompt on the terminal without echo. Never the command line, where any user of the machine
// could read it (ps). With neither a variable nor a terminal, a French error says what to do.
class PasswordSource
{
public:
    static constexpr const char *kEnvironmentVariable = "OPENMAIRIE_PASSWORD";

    // fromEnvironment: the variable's value, read once by main() (empty when unset).
    PasswordSource(QString fromEnvironment, Terminal terminal, QTextStream &prompts);

    bool hasEnvironmentPassword() const { return !m_fromEnvironment.isEmpty(); }

    // An existing password (server role, application account).
    Core::Result<QString> password(const QString &prompt);
    // A password being chosen: asked twice on the terminal so that a typing mistake is caught.
    Core::Result<QString> newPassword(const QString &prompt, const QString &confirmationPrompt);
    // A password for someone else (a new agent): never OPENMAIRIE_PASSWORD, which is the caller's
    // own; the caller reads OPENMAIRIE_NEW_PASSWORD first, else the terminal is asked twice.
    Core::Result<QString> promptNewPassword(const QString &prompt, const QString &confirmationPrompt);

private:
    Core::Result<QString> ask(const QString &prompt);

    QString m_fromEnvironment;
    Terminal m_terminal;
    QTextStream &m_prompts;
};

} // namespace OpenMairie::Cli
