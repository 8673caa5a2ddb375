// The planner settings a new plan starts from: strategy, pace, equivalence source, region,
// product forms, cut order and the model's hypothesis parameters. The window keeps them in its
// settings (Settings dialog) and fills the planner form and new plans from them.
#pragma once

#include "plan.h"
#include "planner.h"
#include "pressureband.h"
#include "rounding.h"

#include <QString>

namespace lento {

struct PlannerDefaults
{
    Strategy strategy = Strategy::Percent;
    double percent = 10.0; // Percent: % of the current dose per step
    double linearMg = 0.0; // Linear: mg/day per step (0 = 10 % of the start dose)
    double maxDropPoints = 5.0; // Occupancy: max drop per step, percentage points
    double maxPressure = kModerateBandFrom; // Guided: cap on modelled shown pressure (top of the low band)
    int everyDays = 14; // nominal interval between reductions
    QString equivalence = QStringLiteral("ashton");
    QString region = QStringLiteral("uk");
    FormsAllowed forms = FormsAllowed::Tablets;
    CutOrder cutOrder = CutOrder::DaytimeFirst;
    ModelParams model; // L50, τR, Hill coefficient

    bool operator==(const PlannerDefaults &) const = default;
};

} // namespace lento
