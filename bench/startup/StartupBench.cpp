#include "StartupBench.h"

#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>

double StartupBench::Figures::median() const
{
    if (milliseconds.isEmpty())
        return 0;
    QList<double> sorted = milliseconds;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

double StartupBench::Figures::minimum() const
{
    return milliseconds.isEmpty() ? 0 : *std::min_element(milliseconds.cbegin(), milliseconds.cend());
}

StartupBench::StartupBench(QString platform, QStringList environment)
    : m_platform(std::move(platform)), m_environment(std::move(environment))
{
}

QString StartupBench::runOnce(const Program &program, double *milliseconds, QByteArray *errorOutput) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), m_platform);
    for (const QString &pair : m_environment + program.environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program.path, program.arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("%1 ne s'est pas arrêté en 120 s").arg(program.label);
    }
    *milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    *errorOutput = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 a échoué (code %2) :\n%3")
            .arg(program.label)
            .arg(process.exitCode())
            .arg(QString::fromLocal8Bit(*errorOutput));
    return {};
}

QString StartupBench::measure(const QList<Program> &programs, int runs, QList<Figures> *figures) const
{
    figures->clear();
    figures->resize(programs.size());
    double ignored = 0;
    QByteArray output;
    for (const Program &p : programs)
        if (QString e = runOnce(p, &ignored, &output); !e.isEmpty())
            return e;
    for (int run = 0; run < runs; ++run) {
        for (qsizetype i = 0; i < programs.size(); ++i) {
            double ms = 0;
            if (QString e = runOnce(programs.at(i), &ms, &output); !e.isEmpty())
                return e;
            (*figures)[i].milliseconds.append(ms);
            (*figures)[i].errorOutputs.append(output);
        }
    }
    return {};
}
