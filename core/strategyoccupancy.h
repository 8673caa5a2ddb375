// Occupancy-step (hyperbolic) rule: each step lowers the modelled receptor occupancy
// D/(D + L50) (D in mg/day diazepam-equivalent) by at most X percentage points (Maudsley
// Deprescribing Guidelines: about 5, 2.5 and 1.3 points). Late steps become small in mg.
#pragma once

#include "plan.h"
#include "strategy.h"

namespace lento {

class OccupancyRule : public TaperRule
{
public:
    OccupancyRule(double maxDropPoints, double deqPerMg, const ModelParams &model);

    Strategy strategy() const override { return Strategy::Occupancy; }
    double next(double dailyMg) const override;
    double ratio(double fromMg, double toMg) const override;
    double daysForPace(double fromMg, double toMg, int nominalDays) const override;
    QString describe(int everyDays) const override;
    bool perStepRule() const override { return true; }

    double occupancy(double dailyMg) const; // percent
    double dropPoints(double fromMg, double toMg) const;

private:
    double m_points;
    double m_deqPerMg;
    ModelParams m_model;
};

} // namespace lento
