// Tick choice for the shared time axis (see dateaxisticks.h).
#include "dateaxisticks.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace lento::ui {

QList<AxisTick> DateAxisTicks::compute(double from, double to, int maxTicks, const QDate &origin)
{
    QList<AxisTick> ticks;
    const double span = to - from;
    maxTicks = std::max(2, maxTicks);
    if (!(span > 0.0))
        return ticks;
    const QLocale locale;

    if (!origin.isValid()) {
        static constexpr double steps[] = {0.25, 0.5, 1, 2, 5, 7, 14, 28, 56, 91, 182, 364, 728, 1456};
        double step = steps[std::size(steps) - 1];
        for (double s : steps)
            if (span / s <= maxTicks) {
                step = s;
                break;
            }
        for (double d = std::ceil(from / step) * step; d <= to + 1e-9; d += step)
            if (d > from)
                ticks.append({d, tr("day %1").arg(locale.toString(d, 'g', 6))});
        return ticks;
    }

    if (span / 14.0 <= maxTicks) {
        // Every day, every other day, weekly or fortnightly from the start date.
        static constexpr int steps[] = {1, 2, 7, 14};
        int step = 14;
        for (int s : steps)
            if (span / s <= maxTicks) {
                step = s;
                break;
            }
        const QString format = tr("d MMM", "date format for day ticks");
        for (double d = std::ceil(from / step) * step; d <= to + 1e-9; d += step)
            if (d > from)
                ticks.append({d, locale.toString(origin.addDays(qint64(d)), format)});
        return ticks;
    }

    // The first of every 1, 2, 3 or 6 months (counted from January), or of every January.
    static constexpr int steps[] = {1, 2, 3, 6, 12, 24, 60};
    int step = 60;
    for (int s : steps)
        if (span / (30.44 * s) <= maxTicks) {
            step = s;
            break;
        }
    const QString monthFormat = tr("MMM yyyy", "date format for month ticks");
    const QString yearFormat = tr("yyyy", "date format for year ticks");
    const QDate first = origin.addDays(qint64(std::floor(from)));
    QDate date(first.year(), 1, 1);
    const int stride = std::min(step, 12);
    while (date <= first)
        date = date.addMonths(stride);
    if (step > 12) // whole years: keep to multiples of the step
        while (date.year() % (step / 12) != 0)
            date = date.addYears(1);
    for (;; date = date.addMonths(step)) {
        const double d = double(origin.daysTo(date));
        if (d > to + 1e-9)
            break;
        if (d > from)
            ticks.append({d, locale.toString(date, step >= 12 ? yearFormat : monthFormat)});
    }
    return ticks;
}

} // namespace lento::ui
