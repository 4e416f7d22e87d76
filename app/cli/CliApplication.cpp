#include "CliApplication.h"

#include "BackupCommand.h"
#include "AuditCommand.h"
#include "CommunesCommand.h"
#include "DemoCommand.h"
#include "HelpPrinter.h"
#include "InitCommand.h"
#include "MigrateCommand.h"
#include "ModulesCommand.h"
#include "ParametresCommand.h"
#include "RightsCommand.h"
#include "UsersCommand.h"
#include "RestoreCommand.h"
#include "StatusCommand.h"
#include "VoiesCommand.h"

#include "CoreServices.h"
#include "Permissions.h"
#include "Profile.h"
#include "Session.h"
#include "exchange/ExchangeCli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <exception>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

Q_LOGGING_CATEGORY(lcCli, "openmairie.cli")

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::CliApplication)
};
} // namespace

CliApplication::CliApplication(CoreServices &services, PasswordSource &passwords, QTextStream &out, QTextStream &err)
    : m_services(services), m_out(out), m_err(err), m_workspace(services, passwords)
{
    registerCoreCommands();
}

void CliApplication::registerCoreCommands()
{
    CliCommandRegistry &registry = m_services.cli();
    CliCommand help;
    help.path = {QStringLiteral("help")};
    help.arguments = Tr::tr("[COMMANDE]");
    help.summary = Tr::tr("Affiche l'aide générale, ou celle d'une commande.");
    help.needsDatabase = false;
    help.needsSession = false;
    help.run = [this](CliInvocation &invocation) { return runHelpCommand(invocation); };
    const QList<CliCommand> commands{
        InitCommand::describe(m_workspace),
        MigrateCommand::describe(m_workspace),
        StatusCommand::describe(m_workspace),
        ModulesCommand::describe(m_workspace),
        BackupCommand::describe(m_workspace),
        RestoreCommand::describe(m_workspace),
        DemoCommand::describe(m_workspace),
        CommunesCommand::describeList(m_workspace),
        CommunesCommand::describeAdd(m_workspace),
        // Generic import of any declared importable object (libcore/core/exchange).
        ExchangeCli::importCommand(m_services.imports(), m_services.importer()),
        help,
    };
    // Commune parameters and streets (libcore/core/reference).
    for (const CliCommand &command :
         commands + ParametresCommand::describe(m_workspace) + VoiesCommand::describe(m_workspace)
             + UsersCommand::describe(m_workspace) + RightsCommand::describe(m_workspace)
             + AuditCommand::describe(m_workspace)) {
        if (!m_coreGroups.contains(command.path.first()))
            m_coreGroups.append(command.path.first());
        const Status added = registry.add(command);
        Q_ASSERT(added.ok());
    }
}

QStringList CliApplication::commandWords(const QStringList &arguments) const
{
    QStringList words;
    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(u'-') || arg == u"-") {
            words.append(arg);
            continue;
        }
        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }
        QString name = arg.mid(arg.startsWith(QStringLiteral("--")) ? 2 : 1);
        if (name.contains(u'='))
            continue;
        if (m_globals.takesValue(name))
            ++i; // its value is not a command word
    }
    return words;
}

int CliApplication::usage(const QString &message)
{
    m_err << Tr::tr("Erreur : ") << message << Qt::endl;
    m_err.flush();
    return ExitUsage;
}

int CliApplication::runHelpCommand(CliInvocation &invocation)
{
    // "help --user LOGIN" (or on a server's base, the role it authenticated): the agent sees only
    // the commands his rights allow.
    if (invocation.isSet(QStringLiteral("user")) || invocation.isSet(QStringLiteral("db"))) {
        if (const int rc = m_workspace.openForWork(invocation); rc != ExitOk)
            return rc;
        if (invocation.isSet(QStringLiteral("user")) || !m_services.database().profile().isSqlite()) {
            if (const int rc = m_workspace.signIn(invocation, CliWorkspace::Access::AnyUser, QStringLiteral("help"));
                rc != ExitOk)
                return rc;
            const SessionUser &user = m_services.session().user();
            const bool administrator = user.profile == Profile::Administrateur;
            const Permissions &permissions = m_services.permissions();
            m_help->restrictTo(Tr::tr("Commandes permises au compte « %1 » (profil %2) :")
                                   .arg(user.login, profileLabel(user.profile)),
                               [&permissions, administrator](const CliCommand &c) {
                                   if (c.administratorOnly && !administrator)
                                       return false;
                                   if (!c.checkedPermission.isEmpty() && !permissions.sessionAllows(c.checkedPermission))
                                       return false;
                                   return c.permission.isEmpty() || permissions.sessionAllows(c.permission);
                               });
        }
    }
    const QStringList &words = invocation.positional();
    if (words.isEmpty()) {
        invocation.out() << m_help->overview() << Qt::flush;
        return ExitOk;
    }
    if (const CliCommand *command = m_services.cli().match(words); command && command->path.size() == words.size()) {
        invocation.out() << m_help->commandHelp(*command) << Qt::flush;
        return ExitOk;
    }
    if (words.size() == 1 && m_help->isGroup(words.first())) {
        invocation.out() << m_help->groupHelp(words.first()) << Qt::flush;
        return ExitOk;
    }
    return invocation.usageError(Tr::tr("Commande inconnue « %1 ». Tapez « openmairie-cli help » pour la liste des "
                                        "commandes.").arg(words.join(u' ')));
}

int CliApplication::run(const QStringList &arguments)
{
    m_services.startModules();
    HelpPrinter help(m_services.cli(), m_services.modules(), m_coreGroups, m_globals.all());
    m_help = &help;
    const auto finish = [this](int code) {
        m_help = nullptr;
        return code;
    };

    const QStringList words = commandWords(arguments);
    bool helpAsked = false;
    bool versionAsked = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--")
            break;
        helpAsked = helpAsked || m_globals.isHelp(arguments.at(i));
        versionAsked = versionAsked || m_globals.isVersion(arguments.at(i));
    }
    if (words.isEmpty()) {
        if (versionAsked) {
            m_out << QStringLiteral("openmairie-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
            return finish(ExitOk);
        }
        if (helpAsked) {
            m_out << help.overview() << Qt::flush;
            return finish(ExitOk);
        }
        return finish(usage(Tr::tr("Indiquez une commande. Tapez « openmairie-cli help » pour la liste des "
                                   "commandes.")));
    }
    const CliCommand *command = m_services.cli().match(words);
    if (!command) {
        if (help.isGroup(words.first())) {
            if (helpAsked) {
                m_out << help.groupHelp(words.first()) << Qt::flush;
                return finish(ExitOk);
            }
            m_err << help.groupHelp(words.first());
            return finish(usage(Tr::tr("« %1 » demande une sous-commande (voir la liste ci-dessus).")
                                    .arg(words.first())));
        }
        return finish(usage(Tr::tr("Commande inconnue « %1 ». Tapez « openmairie-cli help » pour la liste des "
                                   "commandes.").arg(words.first())));
    }
    return finish(dispatch(*command, arguments, help));
}

int CliApplication::dispatch(const CliCommand &command, const QStringList &arguments, const HelpPrinter &help)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const QCommandLineOption &option : m_globals.all())
        parser.addOption(option);
    for (const QCommandLineOption &option : command.options) {
        if (!parser.addOption(option)) {
            m_err << Tr::tr("Erreur : la commande « %1 » déclare une option dont le nom est déjà pris (%2) ; "
                            "signalez-le au fournisseur du module.")
                         .arg(command.pathText(), option.names().join(QStringLiteral(", ")))
                  << Qt::endl;
            return ExitFailure;
        }
    }
    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString &name = unknown.constFirst();
            return usage(Tr::tr("Option inconnue « %1 » pour la commande « %2 ». Tapez « openmairie-cli %2 --help » "
                                "pour ses options.")
                             .arg(QString(name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name,
                                  command.pathText()));
        }
        return usage(Tr::tr("Ligne de commande incorrecte : %1 Tapez « openmairie-cli %2 --help ».")
                         .arg(parser.errorText(), command.pathText()));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << help.commandHelp(command) << Qt::flush;
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QStringLiteral("openmairie-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.mid(0, command.path.size()) != command.path)
        return usage(Tr::tr("Écrivez le nom de la commande « %1 » avant ses options.").arg(command.pathText()));
    positional = positional.mid(command.path.size());

    CliInvocation invocation(parser, positional, parser.isSet(QStringLiteral("json")), m_out, m_err);
    const bool needsSession = command.needsSession || !command.permission.isEmpty();
    if (command.needsDatabase || needsSession) {
        if (const int rc = m_workspace.openForWork(invocation); rc != ExitOk)
            return rc;
    }
    if (needsSession) {
        if (const int rc = m_workspace.signIn(invocation, CliWorkspace::Access::AnyUser, command.pathText());
            rc != ExitOk)
            return rc;
    }
    if (!command.permission.isEmpty()) {
        if (Status allowed = m_services.permissions().require(command.permission); !allowed)
            return invocation.fail(allowed.error());
    }
    try {
        const int rc = command.run(invocation);
        m_out.flush();
        m_err.flush();
        return rc;
    } catch (const std::exception &e) {
        qCCritical(lcCli) << "command" << command.pathText() << "threw" << e.what();
        return invocation.fail(Error(Tr::tr("La commande « %1 » s'est arrêtée sur une erreur interne. Signalez-le "
                                            "avec le détail ci-dessous.").arg(command.pathText()),
                                     QString::fromLocal8Bit(e.what())));
    }
}

} // namespace OpenMairie::Cli
