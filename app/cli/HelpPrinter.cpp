#include "HelpPrinter.h"

#include "TextTable.h"

#include "ModuleManager.h"

#include <QCoreApplication>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::HelpPrinter)
};

// A classic terminal's width: the help stays readable without a wide window.
constexpr int kWidth = 80;
} // namespace

HelpPrinter::HelpPrinter(const CliCommandRegistry &registry, const ModuleManager &modules, QStringList coreGroups,
                         QList<QCommandLineOption> globalOptions)
    : m_registry(registry), m_modules(modules), m_coreGroups(std::move(coreGroups)),
      m_globalOptions(std::move(globalOptions))
{
}

QString HelpPrinter::exitCodesText()
{
    return Tr::tr("Codes de sortie : 0 succès ; 1 échec de l'opération (base, fichier…) ; 2 ligne de commande "
                  "incorrecte ; 3 authentification ou droits refusés ; 4 données refusées (code INSEE, mot de passe "
                  "trop faible, fichier existant…).");
}

QString HelpPrinter::synopsis(const CliCommand &command)
{
    QString text = command.pathText();
    if (!command.arguments.isEmpty())
        text += u' ' + command.arguments;
    return text;
}

QString HelpPrinter::groupTitle(const QString &group) const
{
    if (m_coreGroups.contains(group))
        return Tr::tr("Commandes du socle :");
    if (const ModuleSpec *spec = m_modules.spec(group); spec && !spec->isRefused())
        return Tr::tr("Module « %1 » (%2) :").arg(spec->name(), spec->id());
    return Tr::tr("Commandes « %1 » :").arg(group);
}

QString HelpPrinter::commandList(const QList<const CliCommand *> &commands) const
{
    TextTable table;
    table.setWrapWidth(kWidth);
    for (const CliCommand *c : commands)
        table.addRow({synopsis(*c), c->summary});
    return table.render();
}

QString HelpPrinter::optionList(const QList<QCommandLineOption> &options)
{
    TextTable table;
    table.setWrapWidth(kWidth);
    for (const QCommandLineOption &option : options) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        QString description = option.description();
        if (!option.defaultValues().isEmpty())
            description += Tr::tr(" (par défaut : %1)").arg(option.defaultValues().join(QStringLiteral(", ")));
        table.addRow({left, description});
    }
    return table.render();
}

void HelpPrinter::restrictTo(const QString &whoLine, std::function<bool(const CliCommand &)> allowed)
{
    m_whoLine = whoLine;
    m_allowed = std::move(allowed);
}

QList<const CliCommand *> HelpPrinter::commandsOf(const QString &group) const
{
    QList<const CliCommand *> commands;
    for (const CliCommand &c : m_registry.commands()) {
        const bool inGroup = group.isEmpty() ? m_coreGroups.contains(c.path.first()) : c.path.first() == group;
        if (inGroup && (!m_allowed || m_allowed(c)))
            commands.append(&c);
    }
    return commands;
}

bool HelpPrinter::isGroup(const QString &word) const
{
    for (const CliCommand &c : m_registry.commands())
        if (c.path.size() > 1 && c.path.first() == word)
            return true;
    return false;
}

QString HelpPrinter::overview() const
{
    QString text = TextTable::paragraph(Tr::tr("openmairie-cli %1 : la console d'OpenMairie, pour les traitements "
                                               "par lots et les scripts.")
                                            .arg(QCoreApplication::applicationVersion()),
                                        kWidth)
                   + u'\n'
                   + Tr::tr("Usage : openmairie-cli [options] COMMANDE [arguments] [options de la commande]")
                   + QStringLiteral("\n\n");
    if (!m_whoLine.isEmpty())
        text += TextTable::paragraph(m_whoLine, kWidth) + u'\n';
    // The core first, then each group in the order the modules registered them.
    text += groupTitle(m_coreGroups.value(0)) + u'\n' + commandList(commandsOf({}));
    for (const QString &group : m_registry.groups()) {
        if (m_coreGroups.contains(group))
            continue;
        const QList<const CliCommand *> commands = commandsOf(group);
        if (!commands.isEmpty())
            text += u'\n' + groupTitle(group) + u'\n' + commandList(commands);
    }
    text += u'\n' + Tr::tr("Options générales (avant ou après la commande) :") + u'\n' + optionList(m_globalOptions)
            + u'\n'
            + TextTable::paragraph(Tr::tr("Mot de passe : lu dans la variable d'environnement OPENMAIRIE_PASSWORD, "
                                          "sinon demandé au terminal (jamais sur la ligne de commande). Sur "
                                          "PostgreSQL, c'est le mot de passe du rôle sur le serveur."),
                                   kWidth)
            + TextTable::paragraph(exitCodesText(), kWidth)
            + TextTable::paragraph(Tr::tr("Aide d'une commande : openmairie-cli COMMANDE --help. Manuel : "
                                          "docs/cli.md."),
                                   kWidth);
    if (m_whoLine.isEmpty())
        text += TextTable::paragraph(Tr::tr("Seulement les commandes que vos droits permettent : openmairie-cli help "
                                            "--user VOTRE_IDENTIFIANT."),
                                     kWidth);
    return text;
}

QString HelpPrinter::groupHelp(const QString &group) const
{
    const QList<const CliCommand *> commands = commandsOf(group);
    if (commands.isEmpty())
        return m_whoLine + u'\n' + Tr::tr("Aucune commande « %1 » ne vous est permise.").arg(group) + u'\n';
    return (m_whoLine.isEmpty() ? QString() : m_whoLine + u'\n') + groupTitle(group) + u'\n' + commandList(commands)
           + Tr::tr("Aide d'une commande : openmairie-cli %1 SOUS-COMMANDE --help.").arg(group) + u'\n';
}

QString HelpPrinter::commandHelp(const CliCommand &command) const
{
    QString text = Tr::tr("Usage : openmairie-cli [options] %1%2")
                       .arg(synopsis(command), command.options.isEmpty() ? QString() : Tr::tr(" [options de la commande]"))
                   + QStringLiteral("\n\n") + TextTable::paragraph(command.summary, kWidth);
    if (!command.permission.isEmpty())
        text += Tr::tr("Droit nécessaire : %1.").arg(command.permission) + u'\n';
    if (!command.options.isEmpty())
        text += u'\n' + Tr::tr("Options de la commande :") + u'\n' + optionList(command.options);
    text += u'\n' + Tr::tr("Options générales :") + u'\n' + optionList(m_globalOptions) + u'\n'
            + TextTable::paragraph(exitCodesText(), kWidth);
    return text;
}

} // namespace OpenMairie::Cli
