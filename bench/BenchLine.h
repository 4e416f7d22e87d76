#pragma once

// The machine-readable line every benchmark prints, one per figure, for bench/run's table
// (docs/harnais.md):
//   OMBENCH<TAB>figure<TAB>valeur<TAB>unité<TAB>référence<TAB>valeur de référence<TAB>rapport<TAB>objectif<TAB>issue
// The reference is the baseline measured in the same run; the ratio is value / reference as the
// target states it ("≤ 2,0" or "≥ 0,70").
#include <QString>
#include <QTextStream>

#include <cstdio>

namespace OpenMairie::Bench {

inline void printBenchLine(const QString &figure, double value, const QString &unit, const QString &baseline,
                           double baselineValue, double ratio, const QString &target, int issue)
{
    QTextStream out(stdout);
    const auto number = [](double v) { return QString::number(v, 'f', v < 10 ? 2 : 1); };
    out << "OMBENCH\t" << figure << '\t' << number(value) << '\t' << unit << '\t' << baseline << '\t'
        << number(baselineValue) << '\t' << QString::number(ratio, 'f', 2) << '\t' << target << '\t' << issue << '\n';
    out.flush();
}

} // namespace OpenMairie::Bench
