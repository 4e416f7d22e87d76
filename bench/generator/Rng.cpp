#include "Rng.h"

#include <algorithm>

namespace OpenMairie::Bench {

Rng Rng::forItem(quint64 seed, quint64 stream, quint64 item)
{
    Rng mixer(seed ^ (stream * 0xD1B54A32D192ED03ULL));
    mixer.m_state ^= item * 0x9E3779B97F4A7C15ULL;
    return Rng(mixer.next());
}

quint64 Rng::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint32 Rng::bounded(quint32 bound)
{
    // Multiply-shift (Lemire): no modulo bias worth measuring for our bounds, and portable.
    return quint32((quint64(quint32(next() >> 32)) * bound) >> 32);
}

int Rng::between(int low, int high)
{
    return low + int(bounded(quint32(high - low + 1)));
}

bool Rng::chance(double probability)
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0) < probability;
}

qsizetype Rng::weighted(const QList<quint64> &cumulative)
{
    const quint64 total = cumulative.constLast();
    const quint64 target = next() % total;
    return std::upper_bound(cumulative.cbegin(), cumulative.cend(), target) - cumulative.cbegin();
}

} // namespace OpenMairie::Bench
