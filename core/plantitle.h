// The title the planner gives a plan when the prescriber typed none, and whether a plan still
// carries that title. The form uses it to tell a typed title (kept) from a generated one
// (which follows the request: another strategy, pace or crossover gives another title).
#pragma once

#include "plan.h"
#include "planner.h"

#include <QString>

namespace lento {

class Catalogue;

class PlanTitle
{
public:
    // E.g. "Alprazolam to diazepam, 10 % of the current dose every 14 days"; `rule` is the rule's
    // own description. Empty when the request has no current dose or names an unknown drug.
    static QString generated(const PlannerRequest &request, const Catalogue &catalogue, const QString &rule);
    // The generated title for the request stored in the plan (its "planner" key); empty if none.
    static QString generatedFor(const Plan &plan, const Catalogue &catalogue);
    // True when the plan's title is the one the planner generated for it (or it has none).
    static bool isGenerated(const Plan &plan, const Catalogue &catalogue);
};

} // namespace lento
