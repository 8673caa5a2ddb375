// Re-planning from a visit (see visitreplan.h).
#include "visitreplan.h"

#include "catalogue.h"

#include <algorithm>
#include <cmath>

namespace lento {

namespace {

bool sameDoses(QList<Dose> a, QList<Dose> b)
{
    if (a.size() != b.size())
        return false;
    const auto order = [](const Dose &x, const Dose &y) {
        return std::tie(x.drug, x.minuteOfDay) < std::tie(y.drug, y.minuteOfDay);
    };
    std::sort(a.begin(), a.end(), order);
    std::sort(b.begin(), b.end(), order);
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].drug != b[i].drug || a[i].minuteOfDay != b[i].minuteOfDay
            || std::abs(a[i].mg.value() - b[i].mg.value()) > 1e-9)
            return false;
    return true;
}

int stepLength(const Plan &plan, int step, int fallback)
{
    if (step + 1 < plan.steps.size())
        return plan.steps[step + 1].day - plan.steps[step].day;
    return fallback;
}

// The checks both re-plans share: a start date, a step in force on `date`, a taper not yet over.
Expected<int> stepToReplan(const Plan &plan, const QDate &date)
{
    if (!plan.startDate.isValid())
        return Error {VisitReplan::tr("start date"), VisitReplan::tr("the plan has no start date")};
    const int step = VisitReplan::stepOn(plan, date);
    if (step < 0)
        return Error {VisitReplan::tr("visit date"), VisitReplan::tr("the visit is before the plan starts")};
    if (plan.steps[step].doses.isEmpty())
        return Error {VisitReplan::tr("visit date"), VisitReplan::tr("the taper had already ended on the visit date")};
    return step;
}

// The plan's steps before `day`, then `doses` from `day` unless the last kept step has them.
Plan keepBefore(const Plan &plan, int day, const QList<Dose> &doses)
{
    Plan out = plan;
    out.steps.clear();
    for (const Step &s : plan.steps)
        if (s.day < day)
            out.steps.append(s);
    if (out.steps.isEmpty() || !sameDoses(out.steps.last().doses, doses)) {
        Step step;
        step.day = day;
        step.doses = doses;
        out.steps.append(step);
    }
    return out;
}

} // namespace

void VisitReplan::appendRemainder(Plan *out, const Plan &generated, qsizetype first, int offset)
{
    for (qsizetype i = first; i < generated.steps.size(); ++i) {
        Step s = generated.steps[i];
        s.day += offset;
        out->steps.append(s);
    }
    for (auto it = generated.drugs.cbegin(); it != generated.drugs.cend(); ++it)
        out->drugs.insert(it.key(), it.value());
    if (generated.extra.contains(QStringLiteral("planner")))
        out->extra.insert(QStringLiteral("planner"), generated.extra.value(QStringLiteral("planner")));
}

int VisitReplan::stepOn(const Plan &plan, const QDate &date)
{
    if (!plan.startDate.isValid() || !date.isValid())
        return -1;
    const qint64 day = plan.startDate.daysTo(date);
    int found = -1;
    for (int i = 0; i < plan.steps.size() && plan.steps[i].day <= day; ++i)
        found = i;
    return found;
}

int VisitReplan::slowerInterval(int days)
{
    return std::max(days + 7, int(std::lround(days * 1.5)));
}

Expected<Plan> VisitReplan::slowerFrom(const Plan &plan, const QDate &date, const QList<Dose> &taken,
    const PlannerRequest &request, const Catalogue &catalogue)
{
    const auto found = stepToReplan(plan, date);
    if (!found)
        return found.error();
    const int step = *found;
    const int day = int(plan.startDate.daysTo(date));
    const QList<Dose> from = taken.isEmpty() ? plan.steps[step].doses : taken;
    const int every = slowerInterval(stepLength(plan, step, std::max(1, request.everyDays)));

    PlannerRequest req = request;
    req.current = from;
    req.startDate = date;
    req.everyDays = every;
    req.minIntervalDays = std::min(req.minIntervalDays, every);
    req.maxIntervalDays = std::max(req.maxIntervalDays, every);
    req.holds.clear();
    req.patient = plan.patient;
    req.model = plan.model;
    const auto generated = makePlan(req, catalogue);
    if (!generated)
        return generated.error();
    const Plan &gen = *generated;
    int firstKept = 0;
    while (firstKept < gen.steps.size() && sameDoses(gen.steps[firstKept].doses, from))
        ++firstKept;
    if (firstKept >= gen.steps.size())
        return Error {tr("re-plan"), tr("the planner made no further steps from the doses taken")};

    Plan out = keepBefore(plan, day, from);
    appendRemainder(&out, gen, firstKept, day + every - gen.steps[firstKept].day);
    return out;
}

Expected<Plan> VisitReplan::previousStep(const Plan &plan, const QDate &date)
{
    const auto found = stepToReplan(plan, date);
    if (!found)
        return found.error();
    const int step = *found;
    if (step == 0)
        return Error {tr("visit date"), tr("the visit falls in the first step: there is no earlier dose to return to")};
    const int day = int(plan.startDate.daysTo(date));
    const QList<Dose> &previous = plan.steps[step - 1].doses;
    const int length = plan.steps[step].day - plan.steps[step - 1].day;

    Plan out = keepBefore(plan, day, previous);
    const int shift = day + length - plan.steps[step].day;
    for (qsizetype i = step; i < plan.steps.size(); ++i) {
        Step s = plan.steps[i];
        s.day += shift;
        out.steps.append(s);
    }
    return out;
}

} // namespace lento
