#include "CliProcess.h"

#include "TestDatabase.h"

#include <QElapsedTimer>

namespace OpenMairie::Test {

CliProcess::CliProcess(Core::ConnectionProfile profile, QString password, QString home, QString modulePath)
    : m_profile(std::move(profile)), m_password(std::move(password)), m_home(std::move(home)),
      m_modulePath(std::move(modulePath))
{
}

QString CliProcess::binary()
{
    return qEnvironmentVariable("OPENMAIRIE_TEST_BINARY_DIR") + QStringLiteral("/bin/openmairie-cli");
}

QStringList CliProcess::target() const
{
    QStringList args{QStringLiteral("--db"), m_profile.toUrl()};
    if (m_profile.isSqlite())
        args << QStringLiteral("--user") << QStringLiteral("admin");
    return args;
}

QProcessEnvironment CliProcess::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENMAIRIE_PASSWORD"), m_password);
    env.insert(QStringLiteral("OPENMAIRIE_MODULE_PATH"), m_modulePath);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

bool CliProcess::start(QProcess &process, const QStringList &arguments) const
{
    process.setProcessEnvironment(environment());
    process.start(binary(), target() + arguments);
    if (!process.waitForStarted(10000))
        return false;
    process.closeWriteChannel();
    return true;
}

CliProcess::Outcome CliProcess::run(const QStringList &arguments, int timeoutMs) const
{
    Outcome outcome;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    if (!start(process, arguments)) {
        outcome.err = QStringLiteral("impossible de lancer ") + binary() + QStringLiteral(" : ") + process.errorString();
        return outcome;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        outcome.err = QStringLiteral("openmairie-cli ne s'est pas terminé à temps");
        return outcome;
    }
    outcome.elapsedMs = timer.elapsed();
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

QString CliProcess::Outcome::describe() const
{
    return QStringLiteral("code de sortie %1\n--- sortie standard ---\n%2\n--- erreurs ---\n%3").arg(exitCode).arg(out, err);
}

} // namespace OpenMairie::Test
