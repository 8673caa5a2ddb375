// The clinical checks that depend on who the patient is and what the plan asks of them: a plan
// whose products cannot follow its own rule, older patients switched to a long-acting drug (Beers),
// Z-drugs (rebound insomnia, CBT-I), pregnancy, alcohol, and the crossover (modelled pressure peak,
// drowsiness at high doses). runChecks() adds these to the guideline checks.
#pragma once

#include "checks.h"

namespace lento {

QList<Check> clinicalChecks(const Plan &plan, const Catalogue &catalogue, const CheckContext &context);

// The diazepam-equivalent daily dose from which the handout warns about drowsiness and driving:
// the model's L50 (half the modelled receptor occupancy; 24.7 mg/day by default, Maudsley).
double highDoseSedationMgDeq(const Plan &plan);

} // namespace lento
