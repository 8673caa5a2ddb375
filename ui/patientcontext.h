// What the planner and the checks need from a stored patient: the model's patient parameters
// (weight, earlier abrupt withdrawals), the check context (age, liver, seizures, opioid, epilepsy
// indication), the current regimen read from the medication list, and the planner request a
// new plan starts from.
#pragma once

#include "checks.h"
#include "plan.h"
#include "planeditor.h"
#include "planner.h"
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

    // Reads "1 mg 08:00, 0.5 mg 22:00" (also "1 mg at 08:00", "1@08:00") from a medication's
    // regimen text. Returns an empty list when the text has no dose with a clock time.
    static QList<lento::Dose> dosesFromRegimen(const QString &drug, const QString &regimen);
    // The current regimen of every medication whose drug is known to `isKnownDrug` and whose
    // regimen text could be read, in time order.
    template <typename Pred>
    static QList<lento::Dose> currentDoses(const QList<lento::store::MedicationRecord> &medications, Pred isKnownDrug)
    {
        QList<lento::Dose> doses;
        for (const auto &m : medications)
            if (isKnownDrug(m.drug))
                doses += dosesFromRegimen(m.drug, m.regimen);
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

private:
    static void sortDoses(QList<lento::Dose> *doses);
};

} // namespace lento::ui
