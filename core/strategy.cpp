// Factory for the taper rules.
#include "strategy.h"

#include "strategylinear.h"
#include "strategyoccupancy.h"
#include "strategypercent.h"

namespace lento {

std::unique_ptr<TaperRule> makeRule(const PlannerRequest &request, double deqPerMg, double startMg)
{
    switch (request.strategy) {
    case Strategy::Percent:
        return std::make_unique<PercentRule>(request.percent);
    case Strategy::Linear: {
        const double mg = request.linearMg.value() > 0.0 ? request.linearMg.value() : 0.1 * startMg;
        return std::make_unique<LinearRule>(mg);
    }
    case Strategy::Occupancy:
        return std::make_unique<OccupancyRule>(request.maxDropPoints, deqPerMg, request.model);
    case Strategy::Guided:
        // ASAM 2025: the pace should typically not exceed 25 % every 2 weeks.
        return std::make_unique<PercentRule>(25.0, Strategy::Guided);
    }
    return std::make_unique<PercentRule>(request.percent);
}

} // namespace lento
