// The demo patient (see demopatient.h).
#include "demopatient.h"

#include "catalogue.h"
#include "patientcontext.h"
#include "plandocument.h"
#include "planner.h"
#include "rounding.h"
#include "store.h"

namespace lento::ui {

namespace {
const auto kDrug = QStringLiteral("alprazolam");
}

double DemoPatient::doseMg(const lento::Catalogue &catalogue, const PlannerDefaults &defaults)
{
    const lento::DrugParams *drug = catalogue.find(kDrug);
    if (!drug)
        return 1.0;
    const lento::DoseRounder rounder(kDrug, lento::productsFor(*drug, defaults.region, defaults.forms));
    if (rounder.isEmpty())
        return 1.0;
    const double mg = rounder.floorAmount(lento::Milligrams(1.0)).value();
    return mg > 0.0 ? mg : 1.0;
}

lento::store::Result<DemoPatient::Created> DemoPatient::create(
    lento::store::Store &store, const lento::Catalogue &catalogue, const PlannerDefaults &defaults, const QDate &today)
{
    using namespace lento::store;
    PatientRecord patient;
    for (int n = 1;; ++n) {
        patient.identifier = QStringLiteral("DEMO-%1").arg(n);
        const auto existing = store.patientByIdentifier(patient.identifier);
        if (!existing.ok() && existing.kind() == ErrorKind::NotFound)
            break;
        if (!existing.ok())
            return existing.failure<Created>();
    }
    patient.name = tr("Alex Morgan (demo)");
    patient.dateOfBirth = today.addYears(-54).addMonths(-4);
    patient.sex = Sex::Female;
    patient.weight = lento::Kilograms(64.0);
    patient.risks.priorAbruptWithdrawals = 1;
    patient.risks.alcohol = AlcoholUse::None;
    patient.notes = tr("Demonstration record. Alprazolam three times a day for panic disorder for three years. "
                       "Stopped abruptly once, about eighteen months ago, with rebound anxiety, insomnia and "
                       "tremor; restarted after five days. Wants to come off slowly.");

    const double mg = doseMg(catalogue, defaults);
    QList<lento::Dose> current;
    for (int minute : {8 * 60, 14 * 60, 22 * 60}) {
        lento::Dose d;
        d.drug = kDrug;
        d.minuteOfDay = minute;
        d.mg = lento::Milligrams(mg);
        current.append(d);
    }

    lento::PlannerRequest request
        = PatientContext::plannerRequest(defaults, current, PatientContext::patientParams(patient), today);
    request.title = tr("Alprazolam taper (demo)");
    const auto plan = lento::makePlan(request, catalogue);
    if (!plan.ok())
        return Result<Created>(plan.error(), ErrorKind::Invalid);

    const auto added = store.addPatient(patient);
    if (!added.ok())
        return added.failure<Created>();

    MedicationRecord medication;
    medication.patientId = added->id;
    medication.drug = kDrug;
    medication.doses = PatientContext::medicationDoses(current);
    medication.since = today.addYears(-3);
    medication.indication = tr("Panic disorder");
    if (const auto m = store.addMedication(medication); !m.ok())
        return m.failure<Created>();

    const auto version
        = store.createPlan(added->id, lento::PlanDocument::write(plan.value()), tr("Generated demo plan"));
    if (!version.ok())
        return version.failure<Created>();
    return Created {added.value(), version.value()};
}

} // namespace lento::ui
