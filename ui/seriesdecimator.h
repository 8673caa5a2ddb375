// Min/max bucket decimation of a sampled curve to the plot's pixel width. The visible x range
// is cut into equal buckets (normally one per pixel column); each bucket keeps the points of
// its minimum and of its maximum, in x order, so interdose peaks and troughs stay visible
// however far the chart is zoomed out. Pure computation, no Qt Charts.
#pragma once

#include <QList>
#include <QPointF>

#include <cstddef>

namespace lento::ui {

class SeriesDecimator
{
public:
    // Buckets cover [x0, x1] in `buckets` equal parts (buckets >= 1, x1 > x0). A bucket whose
    // min and max differ by no more than `yResolution` (what a pixel is worth in y) keeps one
    // point; 0 keeps both whenever they are different samples.
    SeriesDecimator(double x0, double x1, int buckets, double yResolution = 0.0);

    // Appends the decimated form of (x[i], y[i]), i < n, to `out` (x must be ascending; NaN
    // y values are skipped). Every bucket contributes its min and max point (one point when
    // they are the same sample or closer than the y resolution). The last point before x0 and the first after x1 are
    // kept so the line runs to the plot edges. A curve with no more than 2 points per bucket in view is copied
    // unchanged, which keeps step lines exact.
    void decimate(const double *x, const double *y, std::size_t n, QList<QPointF> &out) const;

    // Index of the first sample with x >= value (x ascending), n if none.
    static std::size_t lowerBound(const double *x, std::size_t n, double value);

private:
    double m_x0;
    double m_x1;
    int m_buckets;
    double m_yResolution;
};

} // namespace lento::ui
