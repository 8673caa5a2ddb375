// Percent-of-current-dose rule: cut P % of the dose taken now every N days (exponential taper;
// the source document's 10 % every 2 weeks, ASAM 2025's 5–10 % every 2–4 weeks).
#pragma once

#include "strategy.h"

namespace lento {

class PercentRule : public TaperRule
{
public:
    explicit PercentRule(double percent, Strategy reportAs = Strategy::Percent);

    Strategy strategy() const override { return m_reportAs; }
    double next(double dailyMg) const override;
    double ratio(double fromMg, double toMg) const override;
    double daysForPace(double fromMg, double toMg, int nominalDays) const override;
    QString describe(int everyDays) const override;

private:
    double m_fraction;
    Strategy m_reportAs;
};

} // namespace lento
