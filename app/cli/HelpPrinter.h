#pragma once

#include "CliCommandRegistry.h"

#include <functional>

namespace OpenMairie::Core {
class ModuleManager;
}

namespace OpenMairie::Cli {

// The French help of openmairie-cli, built from the registry: the core's commands first, then
// each module's group under the module's name; and each command's own options.
class HelpPrinter
{
public:
    HelpPrinter(const Core::CliCommandRegistry &registry, const Core::ModuleManager &modules, QStringList coreGroups,
                QList<QCommandLineOption> globalOptions);

    // Once an agent is signed in (help --user LOGIN), the help lists only the commands his rights
    // allow, under a line naming him; the others would be refused anyway (exit code 3).
    void restrictTo(const QString &whoLine, std::function<bool(const Core::CliCommand &)> allowed);

    QString overview() const;
    QString commandHelp(const Core::CliCommand &command) const;
    // The commands of a group ("reglement"), when only its name was typed.
    QString groupHelp(const QString &group) const;
    bool isGroup(const QString &word) const;

    static QString exitCodesText();

private:
    QString groupTitle(const QString &group) const;
    QList<const Core::CliCommand *> commandsOf(const QString &group) const;
    QString commandList(const QList<const Core::CliCommand *> &commands) const;
    static QString optionList(const QList<QCommandLineOption> &options);
    static QString synopsis(const Core::CliCommand &command);

    const Core::CliCommandRegistry &m_registry;
    const Core::ModuleManager &m_modules;
    QStringList m_coreGroups;
    QList<QCommandLineOption> m_globalOptions;
    QString m_whoLine;
    std::function<bool(const Core::CliCommand &)> m_allowed;
};

} // namespace OpenMairie::Cli
