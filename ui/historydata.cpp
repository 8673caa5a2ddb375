// Building the patient history: which plan version was followed on each day, the day-by-day
// planned and taken doses, visit scores, the modelled pressure of the version in force, the
// phase and the adherence figures.
//
// The plan followed on a day is the plan named by the first visit on or after that day (a
// visit records the plan followed since the previous one); after the last such visit, that
// visit's plan; with no visit naming a plan, the newest active plan, else the newest completed
// one, else the newest plan. The version in force is that plan's newest version saved on or
// before the day (its first version before any was saved).
#include "historydata.h"

#include "catalogue.h"
#include "modelinput.h"
#include "plandocument.h"
#include "simulator.h"
#include "store.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace lento::ui {

using lento::store::PlanRecord;
using lento::store::PlanStatus;
using lento::store::RecordId;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QDate localDate(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().date() : QDate();
}

// The doses of `plan` on calendar day `date` (the current regimen before the first step).
const QList<Dose> &dosesOn(const Plan &plan, const QDate &date)
{
    const qint64 k = plan.startDate.daysTo(date);
    auto it = std::upper_bound(
        plan.steps.cbegin(), plan.steps.cend(), k, [](qint64 day, const Step &s) { return day < s.day; });
    if (it == plan.steps.cbegin())
        return plan.current;
    return std::prev(it)->doses;
}

// The plan each day follows, as the file comment describes.
QList<RecordId> followedPlans(const store::PatientHistory &h, const QDate &first, int days)
{
    QList<const store::VisitRecord *> linked;
    for (const store::VisitRecord &v : h.visits) {
        if (v.planId && v.date.isValid())
            linked.append(&v);
    }
    std::stable_sort(linked.begin(), linked.end(),
        [](const store::VisitRecord *a, const store::VisitRecord *b) { return a->date < b->date; });
    RecordId fallback = 0;
    if (linked.isEmpty()) {
        const PlanRecord *best = nullptr;
        auto rank = [](const PlanRecord &p) {
            return p.status == PlanStatus::Active ? 3 : p.status == PlanStatus::Completed ? 2 : p.archived ? 0 : 1;
        };
        for (const PlanRecord &p : h.plans) {
            if (!best || rank(p) > rank(*best) || (rank(p) == rank(*best) && p.modified > best->modified))
                best = &p;
        }
        fallback = best ? best->id : 0;
    }
    QList<RecordId> plans(days, fallback);
    if (linked.isEmpty())
        return plans;
    int v = 0;
    for (int i = 0; i < days; ++i) {
        const QDate d = first.addDays(i);
        while (v < linked.size() && linked[v]->date < d)
            ++v;
        plans[i] = v < linked.size() ? linked[v]->planId : linked.last()->planId;
    }
    return plans;
}

// mg of a drug -> the history's dose unit; NaN when it cannot be converted.
class DoseUnit
{
public:
    DoseUnit(const QList<HistoryVersion> &versions, const store::PatientHistory &h, const Catalogue &catalogue)
    {
        std::set<QString> ids;
        for (const HistoryVersion &v : versions) {
            if (!v.plan || !v.inForceFrom.isValid())
                continue;
            for (const Dose &d : v.plan->current)
                ids.insert(d.drug);
            for (const Step &s : v.plan->steps) {
                for (const Dose &d : s.doses)
                    ids.insert(d.drug);
            }
        }
        for (const store::VisitRecord &visit : h.visits) {
            for (const store::ActualDose &d : visit.actualDoses)
                ids.insert(d.drug);
        }
        if (ids.size() == 1) {
            m_single = *ids.begin();
            m_factor.insert(m_single, 1.0);
            return;
        }
        for (const QString &id : ids) {
            double factor = kNaN;
            if (const DrugParams *drug = catalogue.find(id)) {
                factor = 10.0 / drug->diazepamEqMg;
            } else {
                for (const HistoryVersion &v : versions) {
                    if (!v.plan || !v.plan->drugs.contains(id))
                        continue;
                    const Expected<DrugParams> drug = resolveDrug(id, *v.plan, catalogue);
                    if (drug && drug->diazepamEqMg > 0) {
                        factor = 10.0 / drug->diazepamEqMg;
                        break;
                    }
                }
            }
            m_factor.insert(id, factor);
        }
    }
    QString single() const { return m_single; }
    double factor(const QString &drug) const { return m_factor.value(drug, kNaN); }
    double daily(const QList<Dose> &doses, QStringList *failed) const
    {
        double sum = 0.0;
        for (const Dose &d : doses) {
            const double f = factor(d.drug);
            if (std::isnan(f)) {
                if (failed && !failed->contains(d.drug))
                    failed->append(d.drug);
                continue;
            }
            sum += d.mg.value() * f;
        }
        return sum;
    }

private:
    QString m_single;
    QHash<QString, double> m_factor;
};

} // namespace

HistoryData HistoryData::build(const store::PatientHistory &history, const QHash<RecordId, QByteArray> &documents,
    const QList<HistoryStatusChange> &statusChanges, const Catalogue &catalogue, const QDate &today,
    const HistoryOptions &options)
{
    HistoryData h;
    h.history = history;
    h.statusChanges = statusChanges;
    h.today = today;
    h.options = options;

    QHash<RecordId, QString> titles;
    for (const PlanRecord &p : history.plans)
        titles.insert(p.id, p.title);

    // Versions with their documents parsed.
    for (const store::PlanVersion &record : history.versions) {
        HistoryVersion v;
        v.record = record;
        if (v.record.document.isEmpty())
            v.record.document = documents.value(record.id);
        v.planTitle = titles.value(record.planId, record.title);
        const Expected<Plan> plan = PlanDocument::parse(v.record.document);
        if (plan)
            v.plan = plan.value();
        else
            v.parseError = plan.error().text();
        h.versions.append(v);
    }
    for (HistoryStatusChange &c : h.statusChanges)
        c.planTitle = titles.value(c.planId);

    // The date range: the first plan start, visit or save to the later of today and the last visit.
    QDate first, last = today;
    auto widen = [&](const QDate &d) {
        if (!d.isValid())
            return;
        if (!first.isValid() || d < first)
            first = d;
        if (d > last)
            last = d;
    };
    for (const HistoryVersion &v : h.versions) {
        widen(localDate(v.record.savedAt));
        if (v.plan && v.plan->startDate.isValid() && v.plan->startDate <= last)
            widen(v.plan->startDate);
    }
    for (const store::VisitRecord &visit : history.visits) {
        widen(visit.date);
        for (const store::ActualDose &d : visit.actualDoses)
            widen(d.from);
    }
    if (!first.isValid())
        first = today;
    h.first = first;
    h.last = last;
    const int days = int(first.daysTo(last)) + 1;

    // The version in force, day by day.
    const QList<RecordId> plans = followedPlans(history, first, days);
    QHash<RecordId, QList<int>> byPlan; // plan id -> version indexes, oldest first
    for (int i = 0; i < h.versions.size(); ++i)
        byPlan[h.versions[i].record.planId].append(i);
    for (QList<int> &list : byPlan) {
        std::stable_sort(list.begin(), list.end(),
            [&](int a, int b) { return h.versions[a].record.savedAt < h.versions[b].record.savedAt; });
    }
    // Local calendar day of each save, converted once: a local-time conversion reads the time
    // zone each call, and the loop below asks for every day of every version.
    QList<QDate> savedOn(h.versions.size());
    for (qsizetype i = 0; i < h.versions.size(); ++i)
        savedOn[i] = localDate(h.versions[i].record.savedAt);
    h.m_forceIndex.fill(-1, days);
    for (int i = 0; i < days; ++i) {
        const auto it = byPlan.constFind(plans[i]);
        if (it == byPlan.constEnd() || it->isEmpty())
            continue;
        const QDate d = first.addDays(i);
        int chosen = it->first();
        for (int idx : *it) {
            if (savedOn[idx] <= d)
                chosen = idx;
        }
        h.m_forceIndex[i] = chosen;
        HistoryVersion &v = h.versions[chosen];
        if (!v.inForceFrom.isValid())
            v.inForceFrom = d;
        v.inForceTo = d;
    }

    // Planned and taken doses, day by day, in one unit.
    const DoseUnit unit(h.versions, history, catalogue);
    h.doseDrug = unit.single();
    h.planned.first = first;
    h.planned.mg.assign(std::size_t(days), kNaN);
    for (int i = 0; i < days; ++i) {
        const int idx = h.m_forceIndex[i];
        if (idx < 0 || !h.versions[idx].plan || !h.versions[idx].plan->startDate.isValid())
            continue;
        h.planned.mg[std::size_t(i)]
            = unit.daily(dosesOn(*h.versions[idx].plan, first.addDays(i)), &h.unconvertedDrugs);
    }

    h.taken.first = first;
    h.taken.mg.assign(std::size_t(days), kNaN);
    QList<const store::VisitRecord *> ordered;
    for (const store::VisitRecord &v : history.visits)
        ordered.append(&v);
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const store::VisitRecord *a, const store::VisitRecord *b) { return a->date < b->date; });
    QHash<RecordId, QPair<QDate, QDate>> spans;
    QDate previous;
    for (const store::VisitRecord *visit : ordered) {
        QDate spanStart = previous.isValid() ? previous.addDays(1) : visit->date;
        if (!previous.isValid()) {
            for (const store::ActualDose &d : visit->actualDoses) {
                if (d.from.isValid() && d.from < spanStart)
                    spanStart = d.from;
            }
        }
        spans.insert(visit->id, {spanStart, visit->date});
        previous = visit->date;
        if (visit->actualDoses.isEmpty())
            continue;
        auto index = [&](const QDate &d) { return first.daysTo(d); };
        // Days this visit covers without a dose entry were days nothing was taken.
        for (QDate d = spanStart; d <= visit->date; d = d.addDays(1)) {
            const qint64 i = index(d);
            if (i >= 0 && i < days && std::isnan(h.taken.mg[std::size_t(i)]))
                h.taken.mg[std::size_t(i)] = 0.0;
        }
        for (const store::ActualDose &dose : visit->actualDoses) {
            const double f = unit.factor(dose.drug);
            if (std::isnan(f)) {
                if (!h.unconvertedDrugs.contains(dose.drug))
                    h.unconvertedDrugs.append(dose.drug);
                continue;
            }
            const QDate from = dose.from.isValid() ? dose.from : spanStart;
            const QDate to = dose.to.isValid() ? dose.to : visit->date;
            for (QDate d = from; d <= to; d = d.addDays(1)) {
                const qint64 i = index(d);
                if (i < 0 || i >= days)
                    continue;
                double &cell = h.taken.mg[std::size_t(i)];
                cell = (std::isnan(cell) ? 0.0 : cell) + dose.mg.value() * f;
            }
        }
    }

    // Visits with their scores.
    for (const store::VisitRecord &record : history.visits) {
        HistoryVisit v;
        v.record = record;
        if (record.ciwaB) {
            const auto s = WithdrawalScales::score(WithdrawalScale::CiwaB, *record.ciwaB, options.ciwaBandSet);
            if (s)
                v.ciwaB = s.value();
        }
        if (record.bwsq) {
            const auto s = WithdrawalScales::score(WithdrawalScale::Bwsq, *record.bwsq, options.bwsqBandSet);
            if (s)
                v.bwsq = s.value();
        }
        v.versionIndex = h.versionInForce(record.date);
        v.plannedMg = h.planned.at(record.date);
        const auto span = spans.value(record.id);
        double sum = 0.0, plannedSum = 0.0;
        int known = 0;
        for (QDate d = span.first; span.first.isValid() && d <= span.second; d = d.addDays(1)) {
            const double t = h.taken.at(d);
            const double p = h.planned.at(d);
            if (!std::isnan(t) && !std::isnan(p)) {
                sum += t;
                plannedSum += p;
                ++known;
            }
        }
        if (known > 0 && !record.actualDoses.isEmpty()) {
            v.takenMg = sum / known;
            v.plannedMg = plannedSum / known;
        }
        h.visits.append(v);
    }

    // Modelled pressure: simulate each version over the days it was in force (daily peaks).
    h.pressure.assign(std::size_t(days), kNaN);
    QHash<int, int> lastDay; // version index -> last day index in force
    for (int i = 0; i < days; ++i) {
        if (h.m_forceIndex[i] >= 0)
            lastDay[h.m_forceIndex[i]] = i;
    }
    for (auto it = lastDay.cbegin(); it != lastDay.cend(); ++it) {
        const HistoryVersion &v = h.versions[it.key()];
        if (!v.plan || !v.plan->startDate.isValid())
            continue;
        const qint64 horizon = v.plan->startDate.daysTo(first.addDays(it.value())) + 1;
        if (horizon < 1)
            continue;
        const Expected<ModelInput> input = resolve(*v.plan, catalogue);
        if (!input)
            continue;
        SimulationOptions so;
        so.days = int(horizon);
        so.stepMinutes = options.pressureStepMinutes;
        const Expected<SimulationResult> result = simulate(*input, so);
        if (!result)
            continue;
        const qint64 offset = first.daysTo(v.plan->startDate); // chart index of plan day 0
        const Series &t = result->tH;
        const Series &w = result->withdrawalShown;
        for (std::size_t k = 0; k < t.size() && k < w.size(); ++k) {
            const qint64 i = offset + qint64(std::floor(t[k] / 24.0));
            if (i < 0 || i >= days || h.m_forceIndex[int(i)] != it.key())
                continue;
            double &cell = h.pressure[std::size_t(i)];
            cell = std::isnan(cell) ? w[k] : std::max(cell, w[k]);
        }
    }

    // Phase (the patient list's rules) and adherence.
    QList<PlanTiming> timings;
    for (const PlanRecord &p : history.plans) {
        if (p.status == PlanStatus::Abandoned)
            continue;
        const int idx = h.versionIndex(p.headVersionId);
        timings.append(PatientFilters::timing(p, idx >= 0 && h.versions[idx].plan ? *h.versions[idx].plan : Plan()));
    }
    QList<QDate> visitDates;
    for (const store::VisitRecord &v : history.visits)
        visitDates.append(v.date);
    h.status = PatientFilters::classify(timings, visitDates, today, options.phases);
    h.adherence = Adherence::compute(h.planned, h.taken, today, options.adherence);
    return h;
}

store::Result<HistoryData> HistoryData::load(const store::Store &store, RecordId patientId, const Catalogue &catalogue,
    const QDate &today, const HistoryOptions &options)
{
    const auto history = store.history(patientId);
    if (!history)
        return history.failure<HistoryData>();
    QHash<RecordId, QByteArray> documents;
    for (const PlanRecord &plan : history->plans) {
        const auto versions = store.versions(plan.id, true);
        if (!versions)
            return versions.failure<HistoryData>();
        for (const store::PlanVersion &v : *versions)
            documents.insert(v.id, v.document);
    }
    store::AuditQuery query;
    query.table = QStringLiteral("plans");
    query.patientId = patientId;
    query.limit = 10000;
    const auto audit = store.audit(query);
    if (!audit)
        return audit.failure<HistoryData>();
    QList<HistoryStatusChange> changes;
    for (const store::AuditEntry &e : *audit) {
        const QJsonObject status = e.changes.value(QStringLiteral("status")).toObject();
        if (e.action != QStringLiteral("update") || !status.contains(QStringLiteral("new")))
            continue;
        HistoryStatusChange c;
        c.planId = e.recordId;
        c.when = e.when;
        c.who = e.who;
        if (!store::fromText(status.value(QStringLiteral("old")).toString(), &c.from)
            || !store::fromText(status.value(QStringLiteral("new")).toString(), &c.to))
            continue;
        changes.prepend(c); // the log is newest first
    }
    return build(*history, documents, changes, catalogue, today, options);
}

int HistoryData::versionInForce(const QDate &date) const
{
    const qint64 i = first.isValid() ? first.daysTo(date) : -1;
    return i >= 0 && i < m_forceIndex.size() ? m_forceIndex[int(i)] : -1;
}

int HistoryData::versionIndex(RecordId versionId) const
{
    for (int i = 0; i < versions.size(); ++i) {
        if (versions[i].record.id == versionId)
            return i;
    }
    return -1;
}

const HistoryVisit *HistoryData::visit(RecordId visitId) const
{
    for (const HistoryVisit &v : visits) {
        if (v.record.id == visitId)
            return &v;
    }
    return nullptr;
}

const Plan *HistoryData::planInForce(const QDate &date) const
{
    int idx = versionInForce(date);
    if (idx < 0 && !versions.isEmpty() && date > last)
        idx = versionInForce(last);
    return idx >= 0 && versions[idx].plan ? &*versions[idx].plan : nullptr;
}

const HistoryVisit *HistoryData::visitBefore(const QDate &date) const
{
    const HistoryVisit *best = nullptr;
    for (const HistoryVisit &v : visits) {
        if (v.record.date < date && (!best || v.record.date >= best->record.date))
            best = &v;
    }
    return best;
}

} // namespace lento::ui
