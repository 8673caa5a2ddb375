// Writes the planner's explanations into each step's "annotations" object (keys documented in
// planner.h): daily doses per drug and in diazepam-equivalents, the realised cut after rounding
// (percent and modelled occupancy points), the interval, the product composition of every dose,
// and the notes gathered while building. Crossover plans also get the modelled interdose swing
// of the old and the new regimen.
#pragma once

#include "catalogue.h"
#include "expected.h"
#include "plan.h"
#include "planner.h"
#include "plannerdraft.h"
#include "rounding.h"

#include <QList>

namespace lento {

class TaperRule;

class PlanAnnotator
{
public:
    PlanAnnotator(
        const PlannerRequest &request, const Catalogue &catalogue, const DoseRounder &rounder, const TaperRule &rule);

    // `drafts` and plan->steps are parallel.
    Expected<bool> annotate(Plan *plan, const QList<DraftStep> &drafts) const;

    // Daily mg/day diazepam-equivalent of a list of doses with the plan's equivalences.
    static double dailyDeq(const QList<Dose> &doses, const Plan &plan, const Catalogue &catalogue);

private:
    QJsonArray compositions(const QList<Dose> &doses, const QMap<int, double> &tabletBase = {}) const;

    const PlannerRequest &m_req;
    const Catalogue &m_cat;
    const DoseRounder &m_rounder;
    const TaperRule &m_rule;
};

} // namespace lento
