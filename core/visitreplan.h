// Re-planning after a visit whose decision was to hold, slow down or step back: from the visit
// day the patient either stays on the dose actually taken and the rest of the taper is generated
// again with a longer interval, or returns to the previous step's doses for that step's length
// before the remaining steps follow, later. Pure functions over a plan; the caller decides
// whether to apply the result (the window does it as one undoable edit).
#pragma once

#include "expected.h"
#include "plan.h"
#include "planner.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace lento {

class Catalogue;

class VisitReplan
{
    Q_DECLARE_TR_FUNCTIONS(VisitReplan)
public:
    // Index of the step in force on `date` (-1 before the first step or without a start date).
    static int stepOn(const Plan &plan, const QDate &date);
    // The interval used when slowing down from an interval of `days`: half as long again, at
    // least a week longer.
    static int slowerInterval(int days);

    // From `date` the patient takes `taken` (the step's doses when empty); the rest of the taper
    // is generated again from those doses with slowerInterval() of the current step's length,
    // using `request` for everything else (strategy, pace, products). Steps before `date` are kept.
    static Expected<Plan> slowerFrom(const Plan &plan, const QDate &date, const QList<Dose> &taken,
        const PlannerRequest &request, const Catalogue &catalogue);
    // From `date` the previous step's doses again for that step's length; the step in force and
    // every later one follow, moved later by as much.
    static Expected<Plan> previousStep(const Plan &plan, const QDate &date);
    // Appends `generated`'s steps from `first` on, `offset` days later, with the drugs they use
    // and the planner request they were made with: the remainder of a plan made again.
    static void appendRemainder(Plan *out, const Plan &generated, qsizetype first, int offset);
};

} // namespace lento
