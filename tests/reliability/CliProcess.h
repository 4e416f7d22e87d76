#pragma once

#include "ConnectionProfile.h"

#include <QProcess>
#include <QStringList>

namespace OpenMairie::Test {

// openmairie-cli as a separate process on one database: the crash tests kill it, the concurrency
// test runs several. The environment keeps it away from the real home and from the business
// modules unless a test names a module folder.
class CliProcess
{
public:
    CliProcess(Core::ConnectionProfile profile, QString password, QString home, QString modulePath);

    static QString binary();
    QStringList target() const;   // --db URL [--user admin]
    QProcessEnvironment environment() const;

    // Starts "openmairie-cli <target> <arguments>" in process (not waiting).
    bool start(QProcess &process, const QStringList &arguments) const;

    struct Outcome
    {
        int exitCode = -1; // -2: crashed or killed
        QString out;
        QString err;
        qint64 elapsedMs = 0;
        QString describe() const;
    };
    Outcome run(const QStringList &arguments, int timeoutMs = 600000) const;

private:
    Core::ConnectionProfile m_profile;
    QString m_password;
    QString m_home;
    QString m_modulePath;
};

} // namespace OpenMairie::Test
