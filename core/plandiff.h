// What changed between two versions of a plan, for the patient history: steps added, removed,
// moved to another date or given other doses, and changes to the title, start date, current
// regimen and model sections. Steps are aligned so that a plan slowed down reads as "moved"
// steps and an inserted hold as one added step, not as every later step changed.
#pragma once

#include "plan.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace lento {

struct StepChange
{
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Changed;
    int oldIndex = -1; // index in the older plan's steps (-1 for Added)
    int newIndex = -1; // index in the newer plan's steps (-1 for Removed)
    Step oldStep; // empty for Added
    Step newStep; // empty for Removed
    QDate oldDate; // start date + day; invalid when the plan has no start date
    QDate newDate;
    // For Changed: what differs. A move is a different calendar date (or plan day when a
    // start date is missing); shiftDays is new − old.
    bool moved = false;
    bool dosesChanged = false;
    bool noteChanged = false;
    int shiftDays = 0;
};

struct PlanDiff
{
    bool titleChanged = false;
    QString oldTitle, newTitle;
    bool startDateChanged = false;
    QDate oldStart, newStart;
    bool currentChanged = false; // the regimen taken before the taper
    QList<Dose> oldCurrent, newCurrent;
    bool patientChanged = false; // "patient" section (weight, half-life multiplier, prior withdrawals)
    bool modelChanged = false; // "model" section
    bool drugsChanged = false; // drug overrides or definitions
    QList<StepChange> steps; // in plan order; unchanged steps are not listed
    int unchangedSteps = 0;
    int oldStepCount = 0;
    int newStepCount = 0;

    bool isEmpty() const
    {
        return !titleChanged && !startDateChanged && !currentChanged && !patientChanged && !modelChanged
            && !drugsChanged && steps.isEmpty();
    }
    int count(StepChange::Kind kind) const;
};

namespace PlanDiffer {

PlanDiff compare(const Plan &older, const Plan &newer);

// mg per day by drug id for a list of doses (a step's or the current regimen).
QMap<QString, double> dailyMg(const QList<Dose> &doses);
// True when two dose lists give the same doses at the same times (order and extra keys ignored).
bool sameDoses(const QList<Dose> &a, const QList<Dose> &b);

} // namespace PlanDiffer

} // namespace lento
