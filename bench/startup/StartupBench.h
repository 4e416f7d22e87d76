#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Times programs from their start to their exit (both quit as soon as their window is painted).
class StartupBench
{
public:
    struct Program
    {
        QString label;
        QString path;
        QStringList arguments;
        QStringList environment; // NAME=value, for this program only
    };
    struct Figures
    {
        QList<double> milliseconds;
        QList<QByteArray> errorOutputs; // what each run wrote on stderr (traces)
        double median() const;
        double minimum() const;
    };

    StartupBench(QString platform, QStringList environment);

    // Runs every program `runs` times, alternately, after one warm-up run each (page cache, fonts).
    // Empty on success, else why a run failed.
    QString measure(const QList<Program> &programs, int runs, QList<Figures> *figures) const;

private:
    QString runOnce(const Program &program, double *milliseconds, QByteArray *errorOutput) const;

    QString m_platform;
    QStringList m_environment;
};
