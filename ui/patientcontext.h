// What the planner and the checks need from a stored patient: the model's patient parameters
// (weight, earlier abrupt withdrawals), the check context (age, liver, seizures, opioid, epilepsy
// indication), the current regimen from the medication list's structured doses, and the
// planner request a new plan starts from.
#pragma once

#include "checks.h"
#include "plan.h"
#include "planner.h"
#include "plannerdefaults.h"
#include "records.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace lento::ui {

class PatientContext
{
public:
    // Whole years between `dateOfBirth` and `today`; none if the date is not recorded or later.
    static std::optional<int> ageYears(const QDate &dateOfBirth, const QDate &today);

    static lento::PatientParams patientParams(const lento::store::PatientRecord &patient);
    static lento::CheckContext checkContext(const lento::store::PatientRecord &patient,
        const QList<lento::store::MedicationRecord> &medications, const QDate &today);

    // A medication's structured doses as plan doses of its drug, in time order.
    static QList<lento::Dose> doses(const lento::store::MedicationRecord &medication);
    // Plan doses (from the regimen editor) as a medication's doses, in time order.
    static QList<lento::store::MedicationDose> medicationDoses(const QList<lento::Dose> &doses);
    // The current regimen of every medication whose drug is known to `isKnownDrug`, in time
    // order. A medication marked for review is left out until a prescriber has checked it.
    template <typename Pred>
    static QList<lento::Dose> currentDoses(const QList<lento::store::MedicationRecord> &medications, Pred isKnownDrug)
    {
        QList<lento::Dose> doses;
        for (const auto &m : medications)
            if (!m.needsReview && isKnownDrug(m.drug))
                doses += PatientContext::doses(m);
        sortDoses(&doses);
        return doses;
    }
    // A planner request for `current` with the prescriber's defaults, starting `start`.
    static lento::PlannerRequest plannerRequest(const PlannerDefaults &defaults, const QList<lento::Dose> &current,
        const lento::PatientParams &patient, const QDate &start);
    // An empty plan for a patient without one (no regimen known): the editor's form fills it.
    static lento::Plan emptyPlan(
        const PlannerDefaults &defaults, const lento::PatientParams &patient, const QDate &start);

    // The language-neutral form written for a regimen: "1 mg 08:00, 1 mg 14:00".
    static QString regimenText(const QList<lento::Dose> &doses);
    static QString regimenText(const QList<lento::store::MedicationDose> &doses);

private:
    static void sortDoses(QList<lento::Dose> *doses);
};

} // namespace lento::ui
