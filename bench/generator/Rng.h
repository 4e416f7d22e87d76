#pragma once

#include <QList>
#include <QtGlobal>

namespace OpenMairie::Bench {

// The generator's only source of randomness: SplitMix64, written here rather than taken from
// <random> because the standard distributions differ between libraries, and the same seed must give
// byte-identical files on every machine (Debian's libstdc++, MSVC on Windows).
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}

    // A generator for one item (elector n, plot n) of one stream: items can be produced in any
    // order, or alone, and still be the same.
    static Rng forItem(quint64 seed, quint64 stream, quint64 item);

    quint64 next();
    // Uniform in [0, bound), bound > 0.
    quint32 bounded(quint32 bound);
    int between(int low, int high); // inclusive
    bool chance(double probability);
    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(bounded(quint32(items.size())));
    }
    // Index drawn according to cumulative weights (last element = total).
    qsizetype weighted(const QList<quint64> &cumulative);

private:
    quint64 m_state;
};

} // namespace OpenMairie::Bench
