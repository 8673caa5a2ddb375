// Builds a taper plan from a validated request: the crossover stages (one dose time at a time),
// the reductions by the chosen strategy with rounding to real products, hold and stop steps,
// optional micro-tapering, then the lento-plan/1 document with its annotations.
#pragma once

#include "catalogue.h"
#include "expected.h"
#include "modelinput.h"
#include "plan.h"
#include "planner.h"
#include "plannerdraft.h"
#include "plannerregimen.h"
#include "rounding.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <memory>

namespace lento {

class TaperRule;

class PlanBuilder
{
public:
    // `exploreAlternatives`: when the products cannot follow the rule, build the alternatives
    // (each without exploring further) and record them under "planner"."feasibility".
    PlanBuilder(const PlannerRequest &request, const Catalogue &catalogue, bool exploreAlternatives = true);
    ~PlanBuilder();

    Expected<Plan> build();
    // After build(): the steps that break the rule and a stop from more than a small dose
    // ({"step", "kind": "pace"|"stop", "from_mg", "to_mg", "cut_pct", "hold_days", "needed_days",
    // "from_mg_deq"}); empty when the plan follows its rule.
    const QJsonArray &problems() const { return m_problems; }
    // The plan's length in days (the last step's day) after build().
    int lastDay() const { return m_steps.isEmpty() ? 0 : m_steps.last().day; }

private:
    Expected<bool> prepare();
    void buildCrossover();
    Expected<bool> buildRuleReductions();
    Expected<bool> buildGuidedReductions();
    void addHoldIfRequested(int reductionIndex, int *day);
    void applyMicroTaper();
    Plan skeleton() const;

    QList<Dose> dosesFor(const QList<double> &amounts) const;
    QList<double> regimenOf(const DraftStep &step) const;
    double deqPerMg(const QString &drug) const;
    QString liquidHint() const;
    void noteLargeStop();
    void slowForPatient();
    void consolidateDoses();
    bool mergeTokenDoses(QList<double> *doses) const;
    void collectProblems();
    QString mg(double v) const;

    PlannerRequest m_req; // a copy: forms follow the products given
    const Catalogue &m_cat;
    const DrugParams *m_drug = nullptr; // the tapered drug (after any crossover)
    DoseRounder m_rounder;
    std::unique_ptr<RegimenCutter> m_cutter;
    std::unique_ptr<TaperRule> m_rule;
    QList<int> m_minutes; // dose times (sorted)
    QList<double> m_regimen; // tapered drug per time when reductions begin
    int m_reductionStartDay = 0;
    double m_floorMg = 0.0;
    double m_startMg = 0.0; // the tapered drug's daily dose when the rule starts
    QList<DraftStep> m_steps;
    QStringList m_planNotes;
    bool m_explore = true;
    QJsonArray m_problems;
    double m_guidedBaseline = 0.0, m_guidedCap = 0.0;
};

} // namespace lento
