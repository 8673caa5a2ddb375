// Evaluation of a chart curve at an arbitrary day (hover read-out, CSV on a common grid).
#include "chartcurve.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lento::ui {

double ChartCurve::valueAt(double day) const
{
    const std::size_t n = size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (n == 0)
        return nan;
    const std::vector<double> &xs = *x;
    if (day < xs[0] || day > xs[n - 1])
        return nan;
    if (step) {
        // Last point with x <= day (a step is written as two points at the same x).
        const auto it = std::upper_bound(xs.begin(), xs.begin() + std::ptrdiff_t(n), day);
        return yAt(std::size_t(it - xs.begin()) - 1);
    }
    const auto it = std::lower_bound(xs.begin(), xs.begin() + std::ptrdiff_t(n), day);
    const std::size_t i = std::size_t(it - xs.begin());
    if (xs[i] == day || i == 0)
        return yAt(i);
    const double t = (day - xs[i - 1]) / (xs[i] - xs[i - 1]);
    return yAt(i - 1) + t * (yAt(i) - yAt(i - 1));
}

} // namespace lento::ui
