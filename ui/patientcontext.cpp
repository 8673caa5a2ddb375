// Patient record -> planner and check inputs (see patientcontext.h).
#include "patientcontext.h"

#include "plandocument.h"

#include <QLocale>
#include <QRegularExpression>

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

QList<lento::Dose> PatientContext::dosesFromRegimen(const QString &drug, const QString &regimen)
{
    // "<number> mg [at] HH:MM" or "<number>@HH:MM"; a decimal comma is accepted.
    static const QRegularExpression item(
        QStringLiteral(R"((\d+(?:[.,]\d+)?)\s*(?:mg\s*(?:at\s*|@\s*)?|@\s*)(\d{1,2}:\d{2}))"),
        QRegularExpression::CaseInsensitiveOption);
    QList<lento::Dose> doses;
    auto it = item.globalMatch(regimen);
    while (it.hasNext()) {
        const auto match = it.next();
        QString number = match.captured(1);
        number.replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        const double mg = number.toDouble(&ok);
        const int minute = lento::PlanDocument::parseTime(match.captured(2).rightJustified(5, QLatin1Char('0')));
        if (!ok || mg <= 0.0 || minute < 0)
            continue;
        lento::Dose d;
        d.drug = drug;
        d.minuteOfDay = minute;
        d.mg = lento::Milligrams(mg);
        doses.append(d);
    }
    sortDoses(&doses);
    return doses;
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
