// Linear rule: a fixed mg cut of the daily dose every N days (NHS Scotland's 1 mg diazepam
// steps). The percentage cut grows as the dose falls; the checks flag where it breaks ASAM 2025.
#pragma once

#include "strategy.h"

namespace lento {

class LinearRule : public TaperRule
{
public:
    explicit LinearRule(double mgPerStep);

    Strategy strategy() const override { return Strategy::Linear; }
    double next(double dailyMg) const override;
    double ratio(double fromMg, double toMg) const override;
    double daysForPace(double fromMg, double toMg, int nominalDays) const override;
    QString describe(int everyDays) const override;

private:
    double m_mg;
};

} // namespace lento
