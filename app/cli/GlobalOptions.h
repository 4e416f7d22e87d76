#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

namespace OpenMairie::Cli {

// The options every command accepts, before or after its name: --db, --user, --commune, --json,
// --help, --version. Module commands may not reuse these names.
class GlobalOptions
{
public:
    GlobalOptions();

    const QList<QCommandLineOption> &all() const { return m_all; }
    // Names of the global options that take a value (to find the command's words).
    bool takesValue(const QString &name) const;
    bool isHelp(const QString &argument) const;
    bool isVersion(const QString &argument) const;

private:
    QList<QCommandLineOption> m_all;
};

} // namespace OpenMairie::Cli
