// How closely the doses a patient actually took followed the plan in force: days on plan,
// days held above the planned dose, days below it, and for every planned reduction whether it
// was reached earlier or later than planned. Pure arithmetic over two day-by-day dose series
// in one unit (mg of one drug, or mg diazepam-equivalent); building them is the caller's job.
#pragma once

#include <QDate>
#include <QList>

#include <vector>

namespace lento {

// One daily dose per calendar day from `first`; NaN = unknown (no plan / nothing recorded).
struct DailyDoseSeries
{
    QDate first;
    std::vector<double> mg;

    bool isEmpty() const { return mg.empty() || !first.isValid(); }
    QDate last() const { return isEmpty() ? QDate() : first.addDays(qint64(mg.size()) - 1); }
    double at(const QDate &date) const; // NaN outside the series
    bool known(const QDate &date) const;
    // The first and last day with a known value (invalid when none).
    QDate firstKnown() const;
    QDate lastKnown() const;
};

struct AdherenceOptions
{
    // A day is on plan when |taken − planned| ≤ max(absoluteMg, relative · planned).
    double relative = 0.05;
    double absoluteMg = 0.1;
    // A planned reduction reached within ±stepDays of its date counts as on time.
    int stepDays = 3;
};

// One planned reduction: from `plannedDate` the planned daily dose falls to `plannedMg`.
struct StepTiming
{
    enum class Timing { Faster, OnTime, Slower, Undetermined };

    QDate plannedDate;
    double previousMg = 0.0;
    double plannedMg = 0.0;
    QDate reachedDate; // first recorded day at or below plannedMg (within tolerance); invalid if none
    int delayDays = 0; // reached − planned; when not reached, last recorded day − planned
    Timing timing = Timing::Undetermined; // the records do not tell (yet)
};

struct AdherenceSummary
{
    QDate from; // the compared period: first to last recorded day (capped at `until`)
    QDate to;
    int daysCompared = 0; // days in the period with a planned dose
    int daysOnPlan = 0;
    int daysHeld = 0; // took more than planned (stayed on an earlier, higher dose)
    int daysBelow = 0; // took less than planned (went down sooner or further)
    int daysNotRecorded = 0; // days in the period with a planned dose but no record
    QList<StepTiming> steps; // planned reductions up to `until`, oldest first
    int stepsFaster = 0;
    int stepsOnTime = 0;
    int stepsSlower = 0;
    int stepsUndetermined = 0;

    double onPlanPercent() const
    {
        const int recorded = daysOnPlan + daysHeld + daysBelow;
        return recorded > 0 ? 100.0 * daysOnPlan / recorded : 0.0;
    }
};

namespace Adherence {

// Compares `taken` with `planned` for days up to and including `until` (normally today).
AdherenceSummary compute(const DailyDoseSeries &planned, const DailyDoseSeries &taken, const QDate &until,
    const AdherenceOptions &options = {});

// True when `taken` is within tolerance of `planned`.
bool onPlan(double planned, double taken, const AdherenceOptions &options);

} // namespace Adherence

} // namespace lento
