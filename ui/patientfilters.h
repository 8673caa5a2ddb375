// Where each patient stands (no plan, planned, tapering, follow-up after the taper, finished)
// and whether a visit is overdue, for the patient list's filters: active taper, completed,
// follow-up and visit overdue (interval configurable). classify() is pure; status() reads
// what it needs from the store (plans, each plan's newest version, visit dates).
#pragma once

#include "plan.h"
#include "records.h"
#include "storeresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace lento::store {
class Store;
}

namespace lento::ui {

enum class PatientPhase {
    NoPlan, // no plan, or only abandoned or archived ones
    Planned, // a draft plan, or an active plan that starts later
    Tapering, // an active plan between its start and its last step
    FollowUp, // the taper ended (last step reached, or plan completed) less than followUpMonths ago
    Finished, // the taper ended longer ago than that
};

enum class PatientFilter { All, ActiveTaper, Completed, FollowUp, VisitOverdue };

struct PatientFilterSettings
{
    int taperVisitIntervalDays = 28; // during a taper a visit is due this long after the last one
    int followUpVisitIntervalDays = 91; // during follow-up
    int followUpMonths = 12; // how long the post-taper follow-up lasts

    bool operator==(const PatientFilterSettings &) const = default;
};

// One plan's dates, as classify() needs them.
struct PlanTiming
{
    lento::store::RecordId planId = 0;
    lento::store::PlanStatus status = lento::store::PlanStatus::Draft;
    bool archived = false;
    QDate start; // the plan's start date (invalid when the document has none)
    QDate end; // the first day of its last step (the stop), or the day it was marked completed if earlier
    QDateTime modified;
};

struct PatientStatus
{
    PatientPhase phase = PatientPhase::NoPlan;
    lento::store::RecordId planId = 0; // the plan the phase comes from
    QDate taperStart;
    QDate taperEnd; // invalid while unknown
    QDate lastVisit;
    QDate visitDue; // invalid when no visit is expected (no taper, finished)
    bool visitOverdue = false;
    int daysOverdue = 0;
};

class PatientFilters
{
    Q_DECLARE_TR_FUNCTIONS(PatientFilters)
public:
    // The timing of one plan from its record and its newest version's plan.
    static PlanTiming timing(const lento::store::PlanRecord &record, const lento::Plan &plan);

    // Pure: the phase of a patient with these plans and visit dates on `today`. The plan used is
    // the newest active one, else the newest completed one, else the newest draft.
    static PatientStatus classify(const QList<PlanTiming> &plans, const QList<QDate> &visitDates, const QDate &today,
        const PatientFilterSettings &settings);

    static bool matches(PatientFilter filter, const PatientStatus &status);

    // Reads the patient's plans, their newest versions and visit dates from `store`.
    static lento::store::Result<PatientStatus> status(const lento::store::Store &store,
        lento::store::RecordId patientId, const QDate &today, const PatientFilterSettings &settings);
    // The ids among `patientIds` that match `filter` (patients that cannot be read are left out).
    static QList<lento::store::RecordId> matching(const lento::store::Store &store,
        const QList<lento::store::RecordId> &patientIds, PatientFilter filter, const QDate &today,
        const PatientFilterSettings &settings);

    // Translated names for a filter combo box and a status column.
    static QList<PatientFilter> filters();
    static QString filterName(PatientFilter filter);
    static QString phaseName(PatientPhase phase);
    static QString planStatusName(lento::store::PlanStatus status); // "Draft", "Active", ...
    // The plan a patient list shows the status of: the newest active plan, else the newest
    // completed, draft, then abandoned one (archived plans left out); nullptr when none.
    static const lento::store::PlanRecord *shownPlan(const QList<lento::store::PlanRecord> &plans);
    // "Visit overdue by 12 days", "Next visit due 3 May 2025", or empty.
    static QString visitText(const PatientStatus &status);
};

} // namespace lento::ui
