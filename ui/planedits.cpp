// Plan edits as pure functions (see planedits.h). Every function checks its arguments first and
// returns an Error naming the field; the plan it returns has its annotations re-derived.
#include "planedits.h"

#include "displaytext.h"
#include "plandocument.h"
#include "stepannotator.h"
#include "visitreplan.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lento::ui {

namespace {

bool sameRegimen(const QList<Dose> &a, const QList<Dose> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].drug != b[i].drug || a[i].minuteOfDay != b[i].minuteOfDay || a[i].mg != b[i].mg)
            return false;
    return true;
}

} // namespace

QString PlanEdits::stepField(int step, const QString &field)
{
    return tr("Step %1, %2").arg(step + 1).arg(field);
}

int PlanEdits::stepLength(const Plan &plan, int step)
{
    if (step < 0 || step + 1 >= plan.steps.size())
        return -1;
    return plan.steps[step + 1].day - plan.steps[step].day;
}

Error PlanEdits::stepError(const Plan &plan, int step)
{
    return Error {
        tr("Step"), tr("there is no step %1 (the plan has %n step(s))", nullptr, int(plan.steps.size())).arg(step + 1)};
}

void PlanEdits::shiftFrom(Plan &plan, int first, int delta)
{
    for (qsizetype i = first; i < plan.steps.size(); ++i)
        plan.steps[i].day += delta;
}

void PlanEdits::normaliseDoses(QList<Dose> &doses)
{
    // Doses of one drug at one clock time add up (docs/model.md §6): keep them as one entry.
    QList<Dose> out;
    for (const Dose &d : std::as_const(doses)) {
        auto it = std::find_if(
            out.begin(), out.end(), [&](const Dose &o) { return o.drug == d.drug && o.minuteOfDay == d.minuteOfDay; });
        if (it == out.end())
            out.append(d);
        else
            it->mg += d.mg;
    }
    std::stable_sort(
        out.begin(), out.end(), [](const Dose &a, const Dose &b) { return a.minuteOfDay < b.minuteOfDay; });
    doses = out;
}

bool PlanEdits::knownDrug(const Plan &plan, const Context &ctx, const QString &drug)
{
    return (ctx.catalogue && ctx.catalogue->contains(drug)) || plan.drugs.contains(drug);
}

Expected<Plan> PlanEdits::setDoseAmount(
    const Plan &plan, const Context &ctx, int step, const QString &drug, int minuteOfDay, double mg, QString *note)
{
    if (step < 0 || step >= plan.steps.size())
        return stepError(plan, step);
    const QString field = stepField(step,
        tr("%1 at %2 (mg)").arg(DisplayText::drugName(drug, ctx.catalogue), PlanDocument::formatTime(minuteOfDay)));
    if (!std::isfinite(mg) || mg < 0.0 || mg > kMaxDoseMg)
        return Error {field, tr("must be between 0 and %1 mg").arg(kMaxDoseMg)};
    if (minuteOfDay < 0 || minuteOfDay > 1439)
        return Error {field, tr("the time must be between 00:00 and 23:59")};
    if (!ctx.catalogue)
        return Error {field, tr("no drug catalogue is loaded")};
    if (!knownDrug(plan, ctx, drug))
        return Error {field, tr("\"%1\" is not a drug in the catalogue or the plan").arg(drug)};

    const StepAnnotator annotator(plan, *ctx.catalogue, ctx.fallback);
    Milligrams amount(mg);
    if (mg > 0.0) {
        amount = annotator.nearestAmount(drug, Milligrams(mg));
        if (note && std::fabs(amount.value() - mg) > 1e-9)
            *note = tr("%1 mg cannot be made from the selected products; rounded to %2 mg.")
                        .arg(QLocale().toString(mg, 'g', 6), QLocale().toString(amount.value(), 'g', 6));
    }
    QList<Dose> kept;
    Dose edited;
    edited.drug = drug;
    edited.minuteOfDay = minuteOfDay;
    bool found = false;
    for (const Dose &d : plan.steps[step].doses) {
        if (d.drug == drug && d.minuteOfDay == minuteOfDay) {
            if (!found)
                edited.extra = d.extra;
            found = true;
            continue;
        }
        kept.append(d);
    }
    if (amount.value() > 0.0) {
        edited.mg = amount;
        kept.append(edited);
    }
    return withDoses(plan, ctx, step, kept);
}

Expected<Dose> PlanEdits::checkedDose(
    const Plan &plan, const Context &ctx, int step, const Dose &dose, const StepAnnotator &annotator, QString *note)
{
    if (!knownDrug(plan, ctx, dose.drug))
        return Error {
            stepField(step, tr("drug")), tr("\"%1\" is not a drug in the catalogue or the plan").arg(dose.drug)};
    if (dose.minuteOfDay < 0 || dose.minuteOfDay > 1439)
        return Error {stepField(step, tr("time")), tr("must be between 00:00 and 23:59")};
    if (!std::isfinite(dose.mg.value()) || dose.mg.value() <= 0.0 || dose.mg.value() > kMaxDoseMg)
        return Error {stepField(step, tr("amount (mg)")),
            tr("must be more than 0 and at most %1 mg; use Remove dose to take a dose out").arg(kMaxDoseMg)};
    Dose d = dose;
    d.mg = annotator.nearestAmount(d.drug, d.mg);
    if (note && std::fabs(d.mg.value() - dose.mg.value()) > 1e-9)
        *note = tr("%1 mg cannot be made from the selected products; rounded to %2 mg.")
                    .arg(QLocale().toString(dose.mg.value(), 'g', 6), QLocale().toString(d.mg.value(), 'g', 6));
    return d;
}

Expected<Plan> PlanEdits::withDoses(const Plan &plan, const Context &ctx, int step, QList<Dose> doses)
{
    normaliseDoses(doses);
    if (sameRegimen(doses, plan.steps[step].doses))
        return plan;
    Plan out = plan;
    out.steps[step].doses = doses;
    StepAnnotator(out, *ctx.catalogue, ctx.fallback).annotate(out, step, step + 1, {step});
    return out;
}

Expected<Plan> PlanEdits::setDose(
    const Plan &plan, const Context &ctx, int step, int doseIndex, const Dose &dose, QString *note)
{
    if (step < 0 || step >= plan.steps.size())
        return stepError(plan, step);
    if (doseIndex < 0 || doseIndex >= plan.steps[step].doses.size())
        return Error {stepField(step, tr("dose")), tr("there is no dose %1 in this step").arg(doseIndex + 1)};
    if (!ctx.catalogue)
        return Error {stepField(step, tr("drug")), tr("no drug catalogue is loaded")};
    const StepAnnotator annotator(plan, *ctx.catalogue, ctx.fallback);
    auto d = checkedDose(plan, ctx, step, dose, annotator, note);
    if (!d.ok())
        return d.error();
    QList<Dose> doses = plan.steps[step].doses;
    doses[doseIndex] = d.value();
    return withDoses(plan, ctx, step, doses);
}

Expected<Plan> PlanEdits::addDose(const Plan &plan, const Context &ctx, int step, const Dose &dose, QString *note)
{
    if (step < 0 || step >= plan.steps.size())
        return stepError(plan, step);
    if (!ctx.catalogue)
        return Error {stepField(step, tr("drug")), tr("no drug catalogue is loaded")};
    const StepAnnotator annotator(plan, *ctx.catalogue, ctx.fallback);
    auto d = checkedDose(plan, ctx, step, dose, annotator, note);
    if (!d.ok())
        return d.error();
    QList<Dose> doses = plan.steps[step].doses;
    doses.append(d.value());
    return withDoses(plan, ctx, step, doses);
}

Expected<Plan> PlanEdits::removeDose(const Plan &plan, const Context &ctx, int step, int doseIndex)
{
    if (step < 0 || step >= plan.steps.size())
        return stepError(plan, step);
    if (doseIndex < 0 || doseIndex >= plan.steps[step].doses.size())
        return Error {stepField(step, tr("dose")), tr("there is no dose %1 in this step").arg(doseIndex + 1)};
    if (!ctx.catalogue)
        return Error {stepField(step, tr("dose")), tr("no drug catalogue is loaded")};
    QList<Dose> doses = plan.steps[step].doses;
    doses.removeAt(doseIndex);
    return withDoses(plan, ctx, step, doses);
}

Expected<Plan> PlanEdits::setStepLength(const Plan &plan, const Context &ctx, int step, int days)
{
    if (step < 0 || step >= plan.steps.size())
        return stepError(plan, step);
    const QString field = stepField(step, tr("duration (days)"));
    const int len = stepLength(plan, step);
    if (len < 0)
        return Error {field, tr("the last step has no length: it lasts to the end of the plan")};
    if (days < 1 || days > kMaxStepDays)
        return Error {field, tr("must be between 1 and %1").arg(kMaxStepDays)};
    if (!ctx.catalogue)
        return Error {field, tr("no drug catalogue is loaded")};
    if (days == len)
        return plan;
    Plan out = plan;
    shiftFrom(out, step + 1, days - len);
    StepAnnotator(out, *ctx.catalogue, ctx.fallback).annotate(out, step, step);
    return out;
}

Expected<Plan> PlanEdits::insertStep(const Plan &plan, const Context &ctx, int after)
{
    if (after < -1 || after >= plan.steps.size())
        return stepError(plan, after);
    if (!ctx.catalogue)
        return Error {tr("Step"), tr("no drug catalogue is loaded")};
    const int n = int(plan.steps.size());
    const int days = std::clamp(ctx.defaultDays, 1, kMaxStepDays);
    Plan out = plan;
    StepAnnotator annotator(out, *ctx.catalogue, ctx.fallback);
    const QList<Dose> &prev = after < 0 ? plan.current : plan.steps[after].doses;
    Step s;
    if (after < 0)
        s.day = n > 0 ? plan.steps[0].day : 0;
    else if (after + 1 < n)
        s.day = plan.steps[after + 1].day;
    else
        s.day = plan.steps[after].day + days;
    s.doses = prev;
    if (after + 1 < n) {
        // Halfway between the neighbours for every (drug, time) they share.
        const QList<Dose> &next = plan.steps[after + 1].doses;
        for (Dose &d : s.doses) {
            for (const Dose &nd : next) {
                if (nd.drug == d.drug && nd.minuteOfDay == d.minuteOfDay && nd.mg < d.mg) {
                    const Milligrams mid = annotator.nearestAmount(d.drug, (d.mg + nd.mg) / 2.0);
                    if (mid < d.mg && mid > nd.mg)
                        d.mg = mid;
                }
            }
        }
        shiftFrom(out, after + 1, days);
    }
    out.steps.insert(after + 1, s);
    annotator.annotate(out, after + 1, after + 2);
    return out;
}

Expected<Plan> PlanEdits::insertHold(const Plan &plan, const Context &ctx, int after, int days)
{
    if (after < -1 || after >= plan.steps.size())
        return stepError(plan, after);
    const QString field = tr("Hold (days)");
    if (days < 1 || days > kMaxStepDays)
        return Error {field, tr("must be between 1 and %1").arg(kMaxStepDays)};
    if (!ctx.catalogue)
        return Error {field, tr("no drug catalogue is loaded")};
    const int n = int(plan.steps.size());
    if (after + 1 >= n)
        return Error {
            field, tr("the last step already lasts to the end of the plan; lengthen the step before it instead")};
    Plan out = plan;
    Step s;
    s.day = after < 0 ? 0 : plan.steps[after + 1].day;
    if (after < 0 && plan.steps[0].day > 0)
        s.day = plan.steps[0].day;
    s.doses = after < 0 ? plan.current : plan.steps[after].doses;
    s.annotations.insert(QStringLiteral("kind"), QStringLiteral("hold"));
    shiftFrom(out, after + 1, days);
    out.steps.insert(after + 1, s);
    StepAnnotator(out, *ctx.catalogue, ctx.fallback).annotate(out, std::max(after, 0), after + 2);
    return out;
}

Expected<Plan> PlanEdits::deleteStep(const Plan &plan, const Context &ctx, int step)
{
    if (step < 0 || step >= plan.steps.size())
        return stepError(plan, step);
    if (!ctx.catalogue)
        return Error {tr("Step"), tr("no drug catalogue is loaded")};
    Plan out = plan;
    const int len = stepLength(plan, step);
    const int day = plan.steps[step].day;
    out.steps.removeAt(step);
    if (len > 0) {
        shiftFrom(out, step, -len);
        // The step that takes the deleted one's place starts where it started.
        if (step < out.steps.size())
            out.steps[step].day = std::max(out.steps[step].day, day);
    }
    StepAnnotator(out, *ctx.catalogue, ctx.fallback).annotate(out, step - 1, step);
    return out;
}

Expected<Plan> PlanEdits::splitStep(const Plan &plan, const Context &ctx, int step)
{
    if (step < 0 || step >= plan.steps.size())
        return stepError(plan, step);
    const QString field = stepField(step, tr("duration (days)"));
    const int len = stepLength(plan, step);
    if (len < 0)
        return Error {field,
            tr("the last step lasts to the end of the plan and cannot be split; insert a step after it instead")};
    if (len < 2)
        return Error {field, tr("a step of %n day(s) is too short to split", nullptr, len)};
    if (!ctx.catalogue)
        return Error {field, tr("no drug catalogue is loaded")};
    Plan out = plan;
    Step second;
    second.day = plan.steps[step].day + len / 2;
    second.doses = plan.steps[step].doses;
    out.steps.insert(step + 1, second);
    StepAnnotator(out, *ctx.catalogue, ctx.fallback).annotate(out, step, step + 2);
    return out;
}

Expected<Plan> PlanEdits::mergeWithNext(const Plan &plan, const Context &ctx, int step)
{
    if (step < 0 || step >= plan.steps.size())
        return stepError(plan, step);
    if (step + 1 >= plan.steps.size())
        return Error {stepField(step, tr("merge")), tr("the last step has no following step to merge with")};
    if (!ctx.catalogue)
        return Error {tr("Step"), tr("no drug catalogue is loaded")};
    Plan out = plan;
    out.steps.removeAt(step + 1);
    StepAnnotator(out, *ctx.catalogue, ctx.fallback).annotate(out, step, step + 1);
    return out;
}

Expected<Plan> PlanEdits::setNote(const Plan &plan, int step, const QString &note)
{
    if (step < 0 || step >= plan.steps.size())
        return stepError(plan, step);
    const QString text = note.trimmed();
    if (text.size() > 1000)
        return Error {stepField(step, tr("note")), tr("must be at most 1000 characters")};
    Plan out = plan;
    out.steps[step].note = text;
    return out;
}

Expected<Plan> PlanEdits::setStartDate(const Plan &plan, const QDate &date)
{
    if (!date.isValid())
        return Error {tr("Start date"), tr("is not a valid date")};
    Plan out = plan;
    out.startDate = date;
    return out;
}

Expected<Plan> PlanEdits::generate(const Context &ctx, const PlannerRequest &request)
{
    if (!ctx.catalogue)
        return Error {tr("Plan"), tr("no drug catalogue is loaded")};
    return makePlan(request, *ctx.catalogue);
}

Expected<Plan> PlanEdits::regenerateFrom(const Plan &plan, const Context &ctx, int step, const PlannerRequest &request)
{
    if (step < 0 || step >= plan.steps.size())
        return stepError(plan, step);
    const QString field = stepField(step, tr("re-generate"));
    if (!ctx.catalogue)
        return Error {field, tr("no drug catalogue is loaded")};
    const Step &from = plan.steps[step];
    if (from.doses.isEmpty())
        return Error {field, tr("nothing is taken at this step, so there is nothing left to taper")};
    PlannerRequest req = request;
    req.current = from.doses;
    req.startDate = plan.startDate.isValid() ? plan.startDate.addDays(from.day) : QDate();
    req.patient = plan.patient;
    req.model = plan.model;
    auto generated = makePlan(req, *ctx.catalogue);
    if (!generated.ok())
        return generated.error();
    const Plan &gen = generated.value();

    int firstKept = 0;
    while (firstKept < gen.steps.size() && sameRegimen(gen.steps[firstKept].doses, from.doses))
        ++firstKept;
    if (firstKept >= gen.steps.size())
        return Error {field, tr("the planner made no further steps from these doses")};

    const int len = stepLength(plan, step);
    const int offset = from.day + (len > 0 ? len : std::max(1, req.everyDays)) - gen.steps[firstKept].day;
    Plan out = plan;
    out.steps = plan.steps.mid(0, step + 1);
    // Also records the request (strategy and pace) the remainder was made with.
    VisitReplan::appendRemainder(&out, gen, firstKept, offset);
    StepAnnotator(out, *ctx.catalogue, ctx.fallback).annotate(out, step, step + 1);
    return out;
}

} // namespace lento::ui
