// Min/max bucket decimation (see seriesdecimator.h).
#include "seriesdecimator.h"

#include <algorithm>
#include <cmath>

namespace lento::ui {

SeriesDecimator::SeriesDecimator(double x0, double x1, int buckets, double yResolution)
    : m_x0(x0),
      m_x1(x1 > x0 ? x1 : x0 + 1.0),
      m_buckets(std::max(1, buckets)),
      m_yResolution(std::max(0.0, yResolution))
{
}

std::size_t SeriesDecimator::lowerBound(const double *x, std::size_t n, double value)
{
    return std::size_t(std::lower_bound(x, x + n, value) - x);
}

void SeriesDecimator::decimate(const double *x, const double *y, std::size_t n, QList<QPointF> &out) const
{
    if (n == 0)
        return;
    // Visible samples are [first, last); one neighbour on each side is carried along.
    const std::size_t first = lowerBound(x, n, m_x0);
    const std::size_t last = std::size_t(std::upper_bound(x + first, x + n, m_x1) - x);
    const std::size_t from = first > 0 ? first - 1 : 0;
    const std::size_t to = last < n ? last + 1 : n;

    auto push = [&](std::size_t i) {
        if (!std::isnan(y[i]))
            out.append(QPointF(x[i], y[i]));
    };

    if (last - first <= std::size_t(2 * m_buckets)) {
        out.reserve(out.size() + qsizetype(to - from));
        for (std::size_t i = from; i < to; ++i)
            push(i);
        return;
    }

    out.reserve(out.size() + 2 * m_buckets + 2);
    if (from < first)
        push(from);

    // Bucket of a visible x; monotone in x, so the samples of one bucket are contiguous.
    const double perUnit = double(m_buckets) / (m_x1 - m_x0);
    auto bucketOf = [&](double v) { return std::clamp(int((v - m_x0) * perUnit), 0, m_buckets - 1); };

    std::size_t i = first;
    while (i < last) {
        const int b = bucketOf(x[i]);
        std::size_t iMin = n, iMax = n;
        do {
            if (!std::isnan(y[i])) {
                if (iMin == n || y[i] < y[iMin])
                    iMin = i;
                if (iMax == n || y[i] > y[iMax])
                    iMax = i;
            }
            ++i;
        } while (i < last && bucketOf(x[i]) == b);
        if (iMin == n)
            continue;
        if (iMin == iMax || y[iMax] - y[iMin] <= m_yResolution) {
            push(iMin);
        } else {
            push(std::min(iMin, iMax));
            push(std::max(iMin, iMax));
        }
    }

    if (to > last)
        push(last);
}

} // namespace lento::ui
