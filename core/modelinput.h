// A plan resolved against the catalogue: the exact numbers the engine will use.
// resolve() applies the plan's "drugs" overrides to catalogue entries (or takes complete
// definitions for unknown ids), applies the patient's half-life multiplier, and checks that
// every dose names a known drug. Errors name the JSON path.
#pragma once

#include "catalogue.h"
#include "drug.h"
#include "expected.h"
#include "plan.h"

#include <QList>

namespace lento {

struct ModelInput
{
    QList<DrugParams> drugs; // only the drugs the plan uses, half-life multiplier applied
    PatientParams patient;
    ModelParams model;
    QList<Dose> current;
    QList<Step> steps;

    int drugIndex(const QString &id) const;
    int lastStepDay() const { return steps.isEmpty() ? 0 : steps.last().day; }
};

// The drug as the plan sees it: catalogue entry with the plan's overrides applied
// (no half-life multiplier). `path` prefixes error paths (normally "drugs.<id>").
Expected<DrugParams> resolveDrug(const QString &id, const Plan &plan, const Catalogue &catalogue);

Expected<ModelInput> resolve(const Plan &plan, const Catalogue &catalogue);

// JSON paths of keys in the plan's "drugs" entries that the model does not read (a misspelt
// "half_lfe_h", say): they are kept in the document but change nothing.
QStringList unusedDrugKeys(const Plan &plan);

} // namespace lento
