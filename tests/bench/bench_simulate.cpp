// Engine benchmarks: two-year simulations at fine sampling (issue goals: ≤ 2 ms and ≤ 3 ms).
// Drugs are defined inline (diazepam-like with an active metabolite, alprazolam-like) so the
// figures do not move when catalogue values are revised.
#include "benchharness.h"

#include "simulator.h"

#include <cmath>

using namespace lento;

namespace {

DrugParams diazepam()
{
    DrugParams d;
    d.id = QStringLiteral("diazepam");
    d.halfLife = Hours(48);
    d.tmax = Hours(1.25);
    d.bioavailability = 1.0;
    d.vdLPerKg = 1.2;
    d.diazepamEqMg = 10;
    d.metabolite.fractionFormed = 0.6;
    d.metabolite.halfLife = Hours(100);
    d.metabolite.relativePotency = 1.0;
    return d;
}

DrugParams alprazolam()
{
    DrugParams d;
    d.id = QStringLiteral("alprazolam");
    d.halfLife = Hours(12);
    d.tmax = Hours(1.5);
    d.bioavailability = 0.88;
    d.vdLPerKg = 0.8;
    d.diazepamEqMg = 0.5;
    return d;
}

Dose dose(const QString &id, int hour, double mg)
{
    Dose d;
    d.drug = id;
    d.minuteOfDay = hour * 60;
    d.mg = Milligrams(mg);
    return d;
}

// Twice-daily diazepam from 20 mg/day, cut 10 % of the current dose every 14 days, to 0.5 mg/day.
QList<Step> diazepamTaper(int firstDay, double daily)
{
    QList<Step> steps;
    const QString id = QStringLiteral("diazepam");
    for (int day = firstDay; day < 730; day += 14) {
        Step s;
        s.day = day;
        const double rounded = std::round(daily * 4) / 4;
        if (rounded >= 0.5)
            s.doses = {dose(id, 8, rounded / 2), dose(id, 20, rounded / 2)};
        steps.append(s);
        if (s.doses.isEmpty())
            break;
        daily *= 0.9;
    }
    return steps;
}

} // namespace

LENTO_BENCH(simulate_730d_diazepam_10min, 2)
{
    ModelInput in;
    in.drugs = {diazepam()};
    in.current = {dose(QStringLiteral("diazepam"), 8, 10), dose(QStringLiteral("diazepam"), 20, 10)};
    in.steps = diazepamTaper(0, 20);
    SimulationOptions o;
    o.days = 730;
    o.stepMinutes = 10;
    bench.measure(
        [&] {
            const auto r = simulate(in, o);
            lento::bench::doNotOptimize(&r);
        },
        20, 1.0);
    bench.setNote(QStringLiteral("%1 steps, %2 samples").arg(in.steps.size()).arg(730 * 144 + 1));
}

LENTO_BENCH(simulate_730d_crossover_15min, 3)
{
    const QString alp = QStringLiteral("alprazolam"), dzp = QStringLiteral("diazepam");
    ModelInput in;
    in.drugs = {alprazolam(), diazepam()};
    in.current = {dose(alp, 8, 1), dose(alp, 14, 1), dose(alp, 22, 1)};
    Step s1, s2, s3;
    s1.day = 0;
    s1.doses = {dose(alp, 8, 1), dose(alp, 14, 1), dose(dzp, 22, 20)};
    s2.day = 7;
    s2.doses = {dose(alp, 8, 1), dose(dzp, 14, 20), dose(dzp, 22, 20)};
    s3.day = 14;
    s3.doses = {dose(dzp, 8, 20), dose(dzp, 14, 20), dose(dzp, 22, 20)};
    in.steps = {s1, s2, s3};
    in.steps.append(diazepamTaper(28, 60));
    SimulationOptions o;
    o.days = 730;
    o.stepMinutes = 15;
    bench.measure(
        [&] {
            const auto r = simulate(in, o);
            lento::bench::doNotOptimize(&r);
        },
        20, 1.0);
    bench.setNote(QStringLiteral("%1 steps, %2 samples").arg(in.steps.size()).arg(730 * 96 + 1));
}

// Baseline for reading the two figures above on a shared machine: the cheapest possible
// "simulation" of the same length — one exponential recurrence per sample writing the same eight
// output columns. Ratios against it are stable where absolute times are not.
LENTO_BENCH(baseline_recurrence_105k_8cols, 0)
{
    const size_t n = 730 * 144 + 1;
    bench.measure(
        [&] {
            std::vector<double> cols[8];
            for (auto &c : cols)
                c.resize(n);
            double y = 1.0;
            const double k = std::exp(-1.0 / 144.0);
            for (size_t i = 0; i < n; ++i) {
                y = y * k + 0.01;
                for (auto &c : cols)
                    c[i] = y;
            }
            lento::bench::doNotOptimize(cols);
        },
        20, 1.0);
}
