// Adherence figures from a planned and a taken day-by-day dose series (see adherence.h for
// the definitions). Every figure is a count of calendar days; nothing is interpolated.
#include "adherence.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lento {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double tolerance(double planned, const AdherenceOptions &o)
{
    return std::max(o.absoluteMg, o.relative * std::abs(planned));
}

QDate minDate(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

} // namespace

double DailyDoseSeries::at(const QDate &date) const
{
    if (isEmpty() || !date.isValid())
        return kNaN;
    const qint64 i = first.daysTo(date);
    if (i < 0 || i >= qint64(mg.size()))
        return kNaN;
    return mg[std::size_t(i)];
}

bool DailyDoseSeries::known(const QDate &date) const
{
    return !std::isnan(at(date));
}

QDate DailyDoseSeries::firstKnown() const
{
    for (std::size_t i = 0; i < mg.size(); ++i) {
        if (!std::isnan(mg[i]))
            return first.addDays(qint64(i));
    }
    return {};
}

QDate DailyDoseSeries::lastKnown() const
{
    for (std::size_t i = mg.size(); i > 0; --i) {
        if (!std::isnan(mg[i - 1]))
            return first.addDays(qint64(i - 1));
    }
    return {};
}

namespace Adherence {

bool onPlan(double planned, double taken, const AdherenceOptions &options)
{
    return std::abs(taken - planned) <= tolerance(planned, options) + 1e-12;
}

AdherenceSummary compute(
    const DailyDoseSeries &planned, const DailyDoseSeries &taken, const QDate &until, const AdherenceOptions &options)
{
    AdherenceSummary s;
    const QDate takenFirst = taken.firstKnown();
    const QDate takenLast = minDate(taken.lastKnown(), until);

    // Day counts over the recorded period.
    if (takenFirst.isValid() && takenLast.isValid() && takenFirst <= takenLast) {
        s.from = takenFirst;
        s.to = takenLast;
        for (QDate d = takenFirst; d <= takenLast; d = d.addDays(1)) {
            const double p = planned.at(d);
            if (std::isnan(p))
                continue;
            ++s.daysCompared;
            const double t = taken.at(d);
            if (std::isnan(t))
                ++s.daysNotRecorded;
            else if (onPlan(p, t, options))
                ++s.daysOnPlan;
            else if (t > p)
                ++s.daysHeld;
            else
                ++s.daysBelow;
        }
    }

    // Planned reductions up to `until`.
    const QDate plannedFirst = planned.firstKnown();
    const QDate plannedLast = minDate(planned.lastKnown(), until);
    if (!plannedFirst.isValid() || !plannedLast.isValid())
        return s;
    QDate windowStart = plannedFirst;
    for (QDate d = plannedFirst.addDays(1); d <= plannedLast; d = d.addDays(1)) {
        const double before = planned.at(d.addDays(-1));
        const double now = planned.at(d);
        if (std::isnan(before) || std::isnan(now) || !(now < before - 1e-9))
            continue;
        StepTiming step;
        step.plannedDate = d;
        step.previousMg = before;
        step.plannedMg = now;
        const double limit = now + tolerance(now, options) + 1e-12;
        bool seenAbove = false; // a record in the window still above the step's dose
        for (QDate r = windowStart; takenLast.isValid() && r <= takenLast; r = r.addDays(1)) {
            const double t = taken.at(r);
            if (std::isnan(t))
                continue;
            if (t <= limit) {
                step.reachedDate = r;
                break;
            }
            seenAbove = true;
        }
        if (step.reachedDate.isValid()) {
            step.delayDays = int(d.daysTo(step.reachedDate));
            if (step.delayDays < -options.stepDays)
                step.timing = StepTiming::Timing::Faster;
            else if (!seenAbove && step.reachedDate > windowStart)
                step.timing = StepTiming::Timing::Undetermined; // reached before the first record
            else if (step.delayDays > options.stepDays)
                step.timing = StepTiming::Timing::Slower;
            else
                step.timing = StepTiming::Timing::OnTime;
        } else if (takenLast.isValid() && seenAbove && d.daysTo(takenLast) > options.stepDays) {
            step.delayDays = int(d.daysTo(takenLast));
            step.timing = StepTiming::Timing::Slower;
        }
        switch (step.timing) {
        case StepTiming::Timing::Faster:
            ++s.stepsFaster;
            break;
        case StepTiming::Timing::OnTime:
            ++s.stepsOnTime;
            break;
        case StepTiming::Timing::Slower:
            ++s.stepsSlower;
            break;
        case StepTiming::Timing::Undetermined:
            ++s.stepsUndetermined;
            break;
        }
        s.steps.append(step);
        windowStart = d;
    }
    return s;
}

} // namespace Adherence

} // namespace lento
