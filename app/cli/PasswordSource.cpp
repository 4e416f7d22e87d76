#include "PasswordSource.h"

#include <QCoreApplication>
#include <QTextStream>

namespace OpenMairie::Cli {

using Core::Error;
using Core::Result;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::PasswordSource)
};
} // namespace

PasswordSource::PasswordSource(QString fromEnvironment, Terminal terminal, QTextStream &prompts)
    : m_fromEnvironment(std::move(fromEnvironment)), m_terminal(terminal), m_prompts(prompts)
{
}

Result<QString> PasswordSource::ask(const QString &prompt)
{
    if (!m_terminal.isInteractive())
        return Error(Tr::tr("Aucun mot de passe fourni : l'entrée standard n'est pas un terminal, il ne peut donc "
                            "pas être demandé. Définissez la variable d'environnement OPENMAIRIE_PASSWORD avant "
                            "de lancer la commande (par exemple dans le script : "
                            "export OPENMAIRIE_PASSWORD=…)."),
                     {}, Error::Kind::Authentication);
    std::optional<QString> line;
    {
        // Echo off before the prompt shows: what is typed as soon as it appears is neither shown
        // nor flushed away.
        const Terminal::EchoSuppressor noEcho(m_terminal);
        m_prompts << prompt << QLatin1Char(' ');
        m_prompts.flush();
        line = m_terminal.readLine();
    }
    m_prompts << Qt::endl;
    if (!line)
        return Error(Tr::tr("Saisie du mot de passe interrompue : rien n'a été fait."), {}, Error::Kind::Cancelled);
    if (line->isEmpty())
        return Error(Tr::tr("Mot de passe vide : rien n'a été fait. Relancez la commande et saisissez le mot de "
                            "passe."),
                     {}, Error::Kind::Authentication);
    return *line;
}

Result<QString> PasswordSource::password(const QString &prompt)
{
    if (hasEnvironmentPassword())
        return m_fromEnvironment;
    return ask(prompt);
}

Result<QString> PasswordSource::newPassword(const QString &prompt, const QString &confirmationPrompt)
{
    if (hasEnvironmentPassword())
        return m_fromEnvironment;
    return promptNewPassword(prompt, confirmationPrompt);
}

Result<QString> PasswordSource::promptNewPassword(const QString &prompt, const QString &confirmationPrompt)
{
    Result<QString> first = ask(prompt);
    if (!first)
        return first;
    Result<QString> second = ask(confirmationPrompt);
    if (!second)
        return second;
    if (first.value() != second.value())
        return Error(Tr::tr("Les deux saisies du mot de passe diffèrent : rien n'a été fait. Relancez la commande."),
                     {}, Error::Kind::InvalidInput);
    return first;
}

} // namespace OpenMairie::Cli
