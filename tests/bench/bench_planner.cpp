// Planner benchmarks: the model-guided strategy (engine look-ahead) from 60 mg/day diazepam to
// zero, and a percent plan with crossover and rounding for comparison.
#include "benchharness.h"

#include "catalogue.h"
#include "planner.h"

using namespace lento;

namespace {

PlannerRequest diazepam60()
{
    PlannerRequest r;
    r.current = {Dose {QStringLiteral("diazepam"), 8 * 60, Milligrams(30.0), {}},
        Dose {QStringLiteral("diazepam"), 22 * 60, Milligrams(30.0), {}}};
    r.region = QStringLiteral("uk");
    return r;
}

} // namespace

LENTO_BENCH(plan_guided_60mg, 200)
{
    const Catalogue &cat = Catalogue::shared();
    PlannerRequest r = diazepam60();
    r.strategy = Strategy::Guided;
    int steps = 0;
    bench.measure([&] {
        const Expected<Plan> p = makePlan(r, cat);
        if (!p)
            qFatal("plan_guided_60mg: %s", qPrintable(p.error().text()));
        steps = int(p->steps.size());
        bench::doNotOptimize(&p.value());
    });
    bench.setNote(QStringLiteral("%1 steps").arg(steps));
}

LENTO_BENCH(plan_percent_alprazolam_crossover, 50)
{
    const Catalogue &cat = Catalogue::shared();
    PlannerRequest r;
    r.current = {Dose {QStringLiteral("alprazolam"), 8 * 60, Milligrams(1.0), {}},
        Dose {QStringLiteral("alprazolam"), 14 * 60, Milligrams(1.0), {}},
        Dose {QStringLiteral("alprazolam"), 22 * 60, Milligrams(1.0), {}}};
    r.switchTo = QStringLiteral("diazepam");
    r.forms = FormsAllowed::TabletsAndLiquid;
    bench.measure([&] {
        const Expected<Plan> p = makePlan(r, cat);
        if (!p)
            qFatal("plan_percent: %s", qPrintable(p.error().text()));
        bench::doNotOptimize(&p.value());
    });
}
