// A taper rule: the pace a prescriber chose (percent of the current dose, a fixed mg cut, or a
// maximum drop in modelled occupancy per step). The planner asks it for the ideal next dose and
// measures every realised (rounded) cut against it. The guided strategy has its own search
// (strategyguided.h) but reports against the same interface.
#pragma once

#include "planner.h"

#include <QString>

#include <memory>

namespace lento {

class TaperRule
{
public:
    virtual ~TaperRule() = default;

    virtual Strategy strategy() const = 0;
    // Ideal (unrounded) next daily dose, mg of the tapered drug, one nominal interval on.
    virtual double next(double dailyMg) const = 0;
    // A realised cut relative to the rule for one step: 1 = exactly the rule, > 1 = beyond it.
    virtual double ratio(double fromMg, double toMg) const = 0;
    // Days to hold after a realised cut so the average pace keeps to the rule
    // (P % per N days compounds; mg and occupancy points scale linearly).
    virtual double daysForPace(double fromMg, double toMg, int nominalDays) const = 0;
    // "10 % of the current dose every 14 days" (English).
    virtual QString describe(int everyDays) const = 0;
    // True when the rule is judged per step (occupancy points), not by pace.
    virtual bool perStepRule() const { return false; }
};

// Builds the rule for `request` (percent, linear or occupancy; guided uses the ASAM ceiling of
// 25 % per step as its rule). `deqPerMg` converts the tapered drug to diazepam-equivalent mg;
// `startMg` is its daily dose when the reductions begin (default linear cut: 10 % of it).
std::unique_ptr<TaperRule> makeRule(const PlannerRequest &request, double deqPerMg, double startMg);

} // namespace lento
