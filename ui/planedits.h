// The edits a prescriber can make to a plan, as pure functions from one plan to the next.
// Each validates its input and returns an error naming the field ("Step 4, duration (days):
// must be between 1 and 365") without touching anything; on success the result has its step
// annotations re-derived (StepAnnotator). Undo commands (plancommands.h) wrap these.
#pragma once

#include "catalogue.h"
#include "expected.h"
#include "plan.h"
#include "planner.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace lento::ui {

class StepAnnotator;

class PlanEdits
{
    Q_DECLARE_TR_FUNCTIONS(PlanEdits)
public:
    struct Context
    {
        const lento::Catalogue *catalogue = nullptr;
        lento::PlannerRequest fallback; // region, forms, equivalence when the plan has no "planner" key
        int defaultDays = 14; // length of inserted steps
    };

    static constexpr double kMaxDoseMg = 1000.0;
    static constexpr int kMaxStepDays = 365;

    // Amount of `drug` at `minuteOfDay` in step `step`; 0 removes that dose, a new pair adds one.
    // Amounts the products cannot make are rounded to the nearest that they can (`note` says so).
    static Expected<lento::Plan> setDoseAmount(const lento::Plan &plan, const Context &ctx, int step,
        const QString &drug, int minuteOfDay, double mg, QString *note = nullptr);
    // Replaces dose `doseIndex` of step `step` (drug, time and amount; amount > 0).
    static Expected<lento::Plan> setDose(const lento::Plan &plan, const Context &ctx, int step, int doseIndex,
        const lento::Dose &dose, QString *note = nullptr);
    static Expected<lento::Plan> addDose(
        const lento::Plan &plan, const Context &ctx, int step, const lento::Dose &dose, QString *note = nullptr);
    static Expected<lento::Plan> removeDose(const lento::Plan &plan, const Context &ctx, int step, int doseIndex);

    // Days step `step` is held before the next one; later steps move with it.
    static Expected<lento::Plan> setStepLength(const lento::Plan &plan, const Context &ctx, int step, int days);
    // A new step after `after` (-1 = before the first): halfway between its neighbours' doses
    // (rounded to products) or a copy when there is no next step; held ctx.defaultDays.
    static Expected<lento::Plan> insertStep(const lento::Plan &plan, const Context &ctx, int after);
    // Stay on step `after`'s doses (-1: the current regimen) `days` longer, as a step of its own.
    static Expected<lento::Plan> insertHold(const lento::Plan &plan, const Context &ctx, int after, int days);
    // Removes a step; the steps after it move earlier by its length.
    static Expected<lento::Plan> deleteStep(const lento::Plan &plan, const Context &ctx, int step);
    // Two steps with the same doses, each held half as long (the first gets the shorter half).
    static Expected<lento::Plan> splitStep(const lento::Plan &plan, const Context &ctx, int step);
    // Step `step` absorbs the next one (keeps its own doses, holds for both lengths).
    static Expected<lento::Plan> mergeWithNext(const lento::Plan &plan, const Context &ctx, int step);
    static Expected<lento::Plan> setNote(const lento::Plan &plan, int step, const QString &note);
    static Expected<lento::Plan> setStartDate(const lento::Plan &plan, const QDate &date);
    // Keeps steps 0..step and replaces the rest with what the planner makes from step `step`'s
    // doses with `request`'s strategy and pace.
    static Expected<lento::Plan> regenerateFrom(
        const lento::Plan &plan, const Context &ctx, int step, const lento::PlannerRequest &request);
    // A whole new plan from the planner.
    static Expected<lento::Plan> generate(const Context &ctx, const lento::PlannerRequest &request);

    // Length of step `step` in days, or -1 for the last step (it lasts to the end of the plan).
    static int stepLength(const lento::Plan &plan, int step);
    static QString stepField(int step, const QString &field); // "Step 4, duration (days)"

private:
    static Error stepError(const lento::Plan &plan, int step);
    static void shiftFrom(lento::Plan &plan, int first, int delta);
    static void normaliseDoses(QList<lento::Dose> &doses);
    static bool knownDrug(const lento::Plan &plan, const Context &ctx, const QString &drug);
    static Expected<lento::Dose> checkedDose(const lento::Plan &plan, const Context &ctx, int step,
        const lento::Dose &dose, const StepAnnotator &annotator, QString *note);
    static Expected<lento::Plan> withDoses(
        const lento::Plan &plan, const Context &ctx, int step, QList<lento::Dose> doses);
};

} // namespace lento::ui
