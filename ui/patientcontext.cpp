// Patient record -> planner and check inputs (see patientcontext.h).
#include "patientcontext.h"

#include "plandocument.h"

#include <QLocale>

#include <algorithm>

namespace lento::ui {

std::optional<int> PatientContext::ageYears(const QDate &dateOfBirth, const QDate &today)
{
    if (!dateOfBirth.isValid() || !today.isValid() || dateOfBirth > today)
        return std::nullopt;
    int years = today.year() - dateOfBirth.year();
    if (today.month() < dateOfBirth.month()
        || (today.month() == dateOfBirth.month() && today.day() < dateOfBirth.day()))
        --years;
    return years;
}

lento::PatientParams PatientContext::patientParams(const lento::store::PatientRecord &patient)
{
    lento::PatientParams p;
    if (patient.weight && patient.weight->value() > 0.0)
        p.weightKg = patient.weight->value();
    p.priorAbruptWithdrawals = std::max(0, patient.risks.priorAbruptWithdrawals);
    return p;
}

lento::CheckContext PatientContext::checkContext(const lento::store::PatientRecord &patient,
    const QList<lento::store::MedicationRecord> &medications, const QDate &today)
{
    lento::CheckContext c;
    c.ageYears = ageYears(patient.dateOfBirth, today);
    c.liverImpairment = patient.risks.liverImpairment;
    c.seizureHistory = patient.risks.seizureHistory;
    c.opioidCoPrescription = patient.risks.opioidCoPrescription;
    c.priorAbruptWithdrawals = std::max(0, patient.risks.priorAbruptWithdrawals);
    c.pregnant = patient.risks.pregnant;
    c.alcohol = patient.risks.alcohol == lento::store::AlcoholUse::Moderate
        || patient.risks.alcohol == lento::store::AlcoholUse::Heavy;
    // The indication is free text; an epilepsy indication is recognised in English or Chinese.
    for (const auto &m : medications) {
        const QString indication = m.indication.toLower();
        if (indication.contains(QLatin1String("epilep")) || indication.contains(QStringLiteral("癫痫"))
            || indication.contains(QLatin1String("seizure")))
            c.epilepsyIndication = true;
    }
    return c;
}

QList<lento::Dose> PatientContext::doses(const lento::store::MedicationRecord &medication)
{
    QList<lento::Dose> doses;
    for (const auto &m : medication.doses) {
        lento::Dose d;
        d.drug = medication.drug;
        d.minuteOfDay = m.minuteOfDay;
        d.mg = m.mg;
        doses.append(d);
    }
    sortDoses(&doses);
    return doses;
}

QList<lento::store::MedicationDose> PatientContext::medicationDoses(const QList<lento::Dose> &doses)
{
    QList<lento::store::MedicationDose> out;
    for (const lento::Dose &d : doses) {
        lento::store::MedicationDose m;
        m.minuteOfDay = d.minuteOfDay;
        m.mg = d.mg;
        out.append(m);
    }
    std::stable_sort(
        out.begin(), out.end(), [](const auto &a, const auto &b) { return a.minuteOfDay < b.minuteOfDay; });
    return out;
}

QString PatientContext::regimenText(const QList<lento::store::MedicationDose> &doses)
{
    QList<lento::Dose> plain;
    for (const auto &m : doses) {
        lento::Dose d;
        d.minuteOfDay = m.minuteOfDay;
        d.mg = m.mg;
        plain.append(d);
    }
    return regimenText(plain);
}

lento::PlannerRequest PatientContext::plannerRequest(const PlannerDefaults &defaults, const QList<lento::Dose> &current,
    const lento::PatientParams &patient, const QDate &start)
{
    lento::PlannerRequest r;
    r.current = current;
    r.strategy = defaults.strategy;
    r.percent = defaults.percent;
    r.linearMg = lento::Milligrams(defaults.linearMg);
    r.maxDropPoints = defaults.maxDropPoints;
    r.maxPressure = defaults.maxPressure;
    r.everyDays = defaults.everyDays;
    r.equivalence = defaults.equivalence;
    r.region = defaults.region;
    r.forms = defaults.forms;
    r.cutOrder = defaults.cutOrder;
    r.startDate = start;
    r.patient = patient;
    r.model = defaults.model;
    return r;
}

lento::Plan PatientContext::emptyPlan(
    const PlannerDefaults &defaults, const lento::PatientParams &patient, const QDate &start)
{
    lento::Plan plan;
    plan.startDate = start;
    plan.patient = patient;
    plan.hasPatient = true;
    plan.model = defaults.model;
    plan.hasModel = !(defaults.model == lento::ModelParams());
    return plan;
}

QString PatientContext::regimenText(const QList<lento::Dose> &doses)
{
    QStringList parts;
    for (const lento::Dose &d : doses)
        parts << QString::number(d.mg.value(), 'g', 6) + QStringLiteral(" mg ")
                + lento::PlanDocument::formatTime(d.minuteOfDay);
    return parts.join(QStringLiteral(", "));
}

void PatientContext::sortDoses(QList<lento::Dose> *doses)
{
    std::stable_sort(doses->begin(), doses->end(),
        [](const lento::Dose &a, const lento::Dose &b) { return a.minuteOfDay < b.minuteOfDay; });
}

} // namespace lento::ui
