// What the handout's safety wording depends on in the plan itself: a last step from more than a
// small dose (accepted by the prescriber, so the handout must not contradict its own calendar),
// high doses of a drug switched to (drowsiness, driving), and the emergency number of the region.
#pragma once

#include "catalogue.h"
#include "plan.h"

#include <QString>

namespace lento::report {

struct HandoutSafety
{
    bool largeFinalStop = false; // the calendar ends with a stop from more than a small dose
    double drowsyFromMgPerDay = 0.0; // > 0: warn about drowsiness from this daily dose of drowsyDrug
    QString drowsyDrug;

    static HandoutSafety of(const Plan &plan, const Catalogue &catalogue);
    // The ambulance number of the plan's region ("planner"."region", else `region`, else the UK's):
    // 120 in China, 999 in the UK, 911 in the US, 112 in the EU.
    static QString emergencyNumber(const Plan &plan, const QString &region);
};

} // namespace lento::report
