// Patient phases and visit-overdue flags for the patient list's filters.
#include "patientfilters.h"

#include "plandocument.h"
#include "store.h"

#include <QLocale>

#include <algorithm>

namespace lento::ui {

using lento::store::PlanStatus;
using lento::store::RecordId;

PlanTiming PatientFilters::timing(const lento::store::PlanRecord &record, const lento::Plan &plan)
{
    PlanTiming t;
    t.planId = record.id;
    t.status = record.status;
    t.archived = record.archived;
    t.modified = record.modified;
    t.start = plan.startDate;
    if (plan.startDate.isValid() && !plan.steps.isEmpty())
        t.end = plan.startDate.addDays(plan.steps.last().day);
    if (record.status == PlanStatus::Completed && record.modified.isValid()) {
        const QDate marked = record.modified.toLocalTime().date();
        if (!t.end.isValid() || marked < t.end)
            t.end = marked;
    }
    return t;
}

PatientStatus PatientFilters::classify(const QList<PlanTiming> &plans, const QList<QDate> &visitDates,
    const QDate &today, const PatientFilterSettings &settings)
{
    PatientStatus s;
    for (const QDate &d : visitDates) {
        if (d.isValid() && (!s.lastVisit.isValid() || d > s.lastVisit))
            s.lastVisit = d;
    }

    auto newest = [&](PlanStatus status) -> const PlanTiming * {
        const PlanTiming *best = nullptr;
        for (const PlanTiming &p : plans) {
            if (p.archived || p.status != status)
                continue;
            if (!best || p.modified > best->modified || (p.modified == best->modified && p.planId > best->planId))
                best = &p;
        }
        return best;
    };
    const PlanTiming *plan = newest(PlanStatus::Active);
    if (!plan)
        plan = newest(PlanStatus::Completed);
    if (!plan)
        plan = newest(PlanStatus::Draft);
    if (!plan)
        return s;

    s.planId = plan->planId;
    s.taperStart = plan->start;
    bool ended = false;
    if (plan->status == PlanStatus::Draft) {
        s.phase = PatientPhase::Planned;
    } else if (plan->status == PlanStatus::Completed) {
        ended = true;
        s.taperEnd = plan->end.isValid() ? plan->end : plan->modified.toLocalTime().date();
    } else if (plan->start.isValid() && today < plan->start) {
        s.phase = PatientPhase::Planned;
    } else if (plan->end.isValid() && plan->end <= today) {
        ended = true;
        s.taperEnd = plan->end;
    } else {
        s.phase = PatientPhase::Tapering;
        s.taperEnd = plan->end;
    }
    if (ended) {
        const bool following = !s.taperEnd.isValid() || today < s.taperEnd.addMonths(settings.followUpMonths);
        s.phase = following ? PatientPhase::FollowUp : PatientPhase::Finished;
    }

    QDate reference;
    int interval = 0;
    if (s.phase == PatientPhase::Tapering) {
        reference = s.lastVisit;
        if (s.taperStart.isValid() && (!reference.isValid() || reference < s.taperStart))
            reference = s.taperStart;
        interval = settings.taperVisitIntervalDays;
    } else if (s.phase == PatientPhase::FollowUp) {
        reference = s.lastVisit.isValid() ? s.lastVisit : s.taperEnd;
        interval = settings.followUpVisitIntervalDays;
    }
    if (reference.isValid() && interval > 0) {
        s.visitDue = reference.addDays(interval);
        if (today > s.visitDue) {
            s.visitOverdue = true;
            s.daysOverdue = int(s.visitDue.daysTo(today));
        }
    }
    return s;
}

bool PatientFilters::matches(PatientFilter filter, const PatientStatus &status)
{
    switch (filter) {
    case PatientFilter::All:
        return true;
    case PatientFilter::ActiveTaper:
        return status.phase == PatientPhase::Tapering;
    case PatientFilter::Completed:
        return status.phase == PatientPhase::FollowUp || status.phase == PatientPhase::Finished;
    case PatientFilter::FollowUp:
        return status.phase == PatientPhase::FollowUp;
    case PatientFilter::VisitOverdue:
        return status.visitOverdue;
    }
    return false;
}

lento::store::Result<PatientStatus> PatientFilters::status(
    const lento::store::Store &store, RecordId patientId, const QDate &today, const PatientFilterSettings &settings)
{
    const auto plans = store.plans(patientId, false);
    if (!plans)
        return plans.failure<PatientStatus>();
    QList<PlanTiming> timings;
    for (const lento::store::PlanRecord &record : *plans) {
        if (record.status == PlanStatus::Abandoned || !record.headVersionId)
            continue;
        const auto version = store.version(record.headVersionId);
        if (!version)
            return version.failure<PatientStatus>();
        const Expected<lento::Plan> plan = lento::PlanDocument::parse(version->document);
        timings.append(timing(record, plan ? plan.value() : lento::Plan()));
    }
    const auto visits = store.visits(patientId);
    if (!visits)
        return visits.failure<PatientStatus>();
    QList<QDate> dates;
    dates.reserve(visits->size());
    for (const lento::store::VisitRecord &v : *visits)
        dates.append(v.date);
    return classify(timings, dates, today, settings);
}

QList<RecordId> PatientFilters::matching(const lento::store::Store &store, const QList<RecordId> &patientIds,
    PatientFilter filter, const QDate &today, const PatientFilterSettings &settings)
{
    QList<RecordId> ids;
    for (RecordId id : patientIds) {
        if (filter == PatientFilter::All) {
            ids.append(id);
            continue;
        }
        const auto s = status(store, id, today, settings);
        if (s && matches(filter, *s))
            ids.append(id);
    }
    return ids;
}

QList<PatientFilter> PatientFilters::filters()
{
    return {PatientFilter::All, PatientFilter::ActiveTaper, PatientFilter::Completed, PatientFilter::FollowUp,
        PatientFilter::VisitOverdue};
}

QString PatientFilters::filterName(PatientFilter filter)
{
    switch (filter) {
    case PatientFilter::All:
        return tr("All patients");
    case PatientFilter::ActiveTaper:
        return tr("Active taper");
    case PatientFilter::Completed:
        return tr("Taper completed");
    case PatientFilter::FollowUp:
        return tr("In follow-up");
    case PatientFilter::VisitOverdue:
        return tr("Visit overdue");
    }
    return {};
}

QString PatientFilters::phaseName(PatientPhase phase)
{
    switch (phase) {
    case PatientPhase::NoPlan:
        return tr("No plan");
    case PatientPhase::Planned:
        return tr("Planned");
    case PatientPhase::Tapering:
        return tr("Tapering");
    case PatientPhase::FollowUp:
        return tr("Follow-up after the taper");
    case PatientPhase::Finished:
        return tr("Follow-up finished");
    }
    return {};
}

QString PatientFilters::planStatusName(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Draft:
        return tr("Draft");
    case PlanStatus::Active:
        return tr("Active");
    case PlanStatus::Completed:
        return tr("Completed");
    case PlanStatus::Abandoned:
        return tr("Abandoned");
    }
    return {};
}

const lento::store::PlanRecord *PatientFilters::shownPlan(const QList<lento::store::PlanRecord> &plans)
{
    for (const PlanStatus status :
        {PlanStatus::Active, PlanStatus::Completed, PlanStatus::Draft, PlanStatus::Abandoned}) {
        const lento::store::PlanRecord *best = nullptr;
        for (const auto &p : plans)
            if (!p.archived && p.status == status
                && (!best || p.modified > best->modified || (p.modified == best->modified && p.id > best->id)))
                best = &p;
        if (best)
            return best;
    }
    return nullptr;
}

QString PatientFilters::visitText(const PatientStatus &status)
{
    if (status.visitOverdue)
        return status.daysOverdue == 1 ? tr("Visit overdue by 1 day")
                                       : tr("Visit overdue by %1 days").arg(status.daysOverdue);
    if (status.visitDue.isValid())
        return tr("Next visit due %1").arg(QLocale().toString(status.visitDue, QLocale::ShortFormat));
    return {};
}

} // namespace lento::ui
