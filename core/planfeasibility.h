// When the products cannot follow a plan's rule (a cut beyond it at the longest interval, or a
// stop from more than a small dose), says so and tries what would work instead: a liquid of the
// region, a compounded strength, a longer-acting drug suited to the patient, longer holds. Each
// alternative is planned in full and reported with whether it keeps to the rule.
#pragma once

#include "catalogue.h"
#include "planner.h"
#include "rounding.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lento {

class PlanFeasibility
{
public:
    PlanFeasibility(const PlannerRequest &request, const Catalogue &catalogue, const DrugParams &tapered,
        const DoseRounder &rounder);

    // The "planner"."feasibility" object (planner.h) for the problems PlanBuilder found.
    QJsonObject assess(const QJsonArray &problems, const QString &ruleText) const;

private:
    QJsonObject tryRequest(
        const PlannerRequest &request, const QString &kind, const QString &flags, const QString &text) const;
    QString problemText(const QJsonObject &problem) const;

    const PlannerRequest &m_req;
    const Catalogue &m_cat;
    const DrugParams &m_drug;
    const DoseRounder &m_rounder;
};

} // namespace lento
