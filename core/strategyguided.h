// Model-guided strategy: the fastest schedule whose simulated shown withdrawal pressure
// (docs/model.md §4, kindling included) stays under a cap. Each step takes the largest cut (at most
// 25 % of the dose, the ASAM 2025 ceiling) whose look-ahead simulation stays under the cap; where
// even the smallest cut would break it, the interval lengthens. Look-ahead runs the engine over a
// window (the last few adaptation time constants, started from the steady state of the regimen
// then in effect) to stay fast; the finished plan is verified over its whole length and the
// search is repeated with a tighter internal cap if the verification finds the cap exceeded.
// A short-acting drug's own interdose swings can exceed the cap before any cut; then the cap is
// applied on top of that baseline and the plan recommends a crossover.
#pragma once

#include "expected.h"
#include "modelinput.h"
#include "planner.h"
#include "plannerdraft.h"
#include "plannerregimen.h"

#include <QList>
#include <QString>

#include <vector>

namespace lento {

class GuidedSearch
{
public:
    struct Settings
    {
        double cap = 0.05; // shown pressure
        int everyDays = 14;
        int minIntervalDays = 7;
        int maxIntervalDays = 56;
        double maxCutFraction = 0.25;
        double firstCutFraction = 0.10; // the first reduction (ASAM 2025 initial pace: 5–10 %)
        double floorMg = 0.5; // stop from this daily dose
        double targetMg = -1.0; // maintenance dose (< 0: stop)
        RoundingMode rounding = RoundingMode::NeverBeyondRule;
        QList<HoldSpec> holds;
    };

    // `base` holds the resolved drugs, patient, model settings and the current regimen.
    GuidedSearch(ModelInput base, const RegimenCutter &cutter, QString drug, Settings settings);

    // Steps after `prefix` (crossover stages already decided), starting from `regimen` (doses per
    // cutter time) on `startDay`. Each step carries "peak_pressure" (verified, modelled) in extra.
    Expected<QList<DraftStep>> run(const QList<Step> &prefix, const QList<double> &regimen, int startDay);

    // Verified peak shown pressure within each step of `steps` (from its day to the next step's,
    // the last to the end of the look-ahead), simulating the whole plan at 60-minute samples.
    Expected<std::vector<double>> stepPeaks(const QList<Step> &steps) const;

    int simulations() const { return m_simulations; }
    // Modelled peak pressure of simply holding the starting regimen (interdose swings of a
    // short-acting drug), and the cap actually applied: when the baseline alone reaches half the
    // cap, the cap applies on top of it (cap + baseline) and the plan says so.
    double baselinePeak() const { return m_baseline; }
    double effectiveCap() const { return m_cap; }

private:
    Expected<QList<DraftStep>> search(
        const QList<Step> &prefix, const QList<double> &regimen, int startDay, double cap);
    // Peak shown pressure from `fromDay` to `fromDay + lookahead` if `steps` are followed.
    Expected<double> lookAhead(const QList<Step> &steps, int fromDay);
    QList<Dose> dosesFor(const QList<double> &amounts) const;

    ModelInput m_base;
    const RegimenCutter &m_cutter;
    QString m_drug;
    Settings m_settings;
    int m_lookaheadDays = 28;
    int m_historyDays = 56;
    int m_simulations = 0;
    double m_baseline = 0.0;
    double m_cap = 0.05;
};

} // namespace lento
