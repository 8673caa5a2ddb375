// The Lento model engine (docs/model.md §2–§7).
// Kinetics advance exactly between events (doses and samples); the diazepam-equivalent level L
// is a linear read-out of the compartments; adaptation A, which has no closed form, is advanced
// as A(t+h) = A·e^{-h/τ} + (1/τ)∫ e^{-(h-s)/τ} E(s) ds with 3-point Gauss–Legendre quadrature
// on sub-steps of at most 15 minutes that never straddle a dose.
#include "simulator.h"

#include "kinetics.h"

#include <QStringBuilder>

#include <algorithm>
#include <cmath>
#include <limits>

#if defined(__SSE2__)
#include <xmmintrin.h>
#endif

#if defined(__GNUC__)
#define LENTO_ALWAYS_INLINE __attribute__((always_inline))
#else
#define LENTO_ALWAYS_INLINE
#endif

namespace lento {

namespace {

constexpr double kLn2 = 0.69314718055994530942;
constexpr double kMaxSubstepMinutes = 15.0;
constexpr double kSteadyStateSubstepMinutes = 5.0;
constexpr qint64 kMaxSamples = 20'000'000;

// Gauss–Legendre 3-point nodes on [0, 1] and weights (summing to 1).
constexpr double kGlNode[3] = {0.5 - 0.38729833462074168852, 0.5, 0.5 + 0.38729833462074168852};
constexpr double kGlWeight[3] = {5.0 / 18.0, 8.0 / 18.0, 5.0 / 18.0};

// Amounts that decay for months after a drug is stopped reach the subnormal range (below
// 1e-308 mg), where x86 arithmetic is ~100× slower. Such amounts mean nothing physically, so the
// engine runs with flush-to-zero / denormals-are-zero and restores the caller's mode afterwards.
class FlushDenormals
{
public:
#if defined(__SSE2__)
    FlushDenormals() : m_saved(_mm_getcsr())
    {
        _mm_setcsr(m_saved | 0x8040);
    }
    ~FlushDenormals()
    {
        _mm_setcsr(m_saved);
    }

private:
    unsigned int m_saved;
#endif
};

// One drug's constants for a simulation.
struct DrugModel
{
    DrugRates rates;
    double fm = 0.0;
    double rho = 0.0;
    double bioavailability = 1.0;
    double levelScale = 0.0; // L per mg of active amount: (10 / Deq) / N
    double concScale = 0.0; // ng/mL per mg in the parent compartment
    double metabScale = 0.0; // ng/mL per mg in the metabolite compartment
};

// A dose event within a day: minute of day, drug index, amount entering the gut (F·D).
struct DayDose
{
    int minute;
    int drug;
    double gutMg;
};

// Coefficients reading L at an offset s from the state at the start of a sub-step.
struct LevelRow
{
    double g, p, m;
};

// Everything needed to advance all drugs by h and integrate A over it.
struct SubstepKernel
{
    double h = 0.0; // hours
    std::vector<Transition> transitions; // per drug, over h
    std::vector<LevelRow> nodeRows; // [node * drugs + drug]
    double decay = 1.0; // e^{-h/τ}
    double nodeWeight[3] = {0, 0, 0}; // (h/τ)·w_i·e^{-(h - s_i)/τ}
};

class Engine
{
public:
    Engine(const ModelInput &input, std::vector<DrugModel> models)
        : m_input(input), m_models(std::move(models)), m_n(int(m_models.size()))
    {
        m_tauH = input.model.tauRDays * 24.0;
        m_l50 = input.model.l50Mg;
        m_hill = input.model.hill;
        m_l50h = std::pow(m_l50, m_hill);
    }

    double effect(double level) const
    {
        if (level <= 0.0)
            return 0.0;
        if (m_hill == 1.0)
            return level / (level + m_l50);
        const double lh = std::pow(level, m_hill);
        return lh / (lh + m_l50h);
    }

    double level(const std::vector<DrugState> &x) const
    {
        double l = 0.0;
        for (int d = 0; d < m_n; ++d)
            l += m_models[size_t(d)].levelScale
                * (x[size_t(d)].parent + m_models[size_t(d)].rho * x[size_t(d)].metabolite);
        return l;
    }

    const SubstepKernel &kernel(double hHours)
    {
        for (const SubstepKernel &k : m_kernels)
            if (k.h == hHours)
                return k;
        SubstepKernel k;
        k.h = hHours;
        k.transitions.reserve(size_t(m_n));
        k.nodeRows.resize(size_t(3 * m_n));
        for (int d = 0; d < m_n; ++d) {
            const DrugModel &dm = m_models[size_t(d)];
            k.transitions.push_back(kinetics::transition(dm.rates.ka, dm.rates.ke, dm.rates.km, dm.fm, hHours));
            for (int i = 0; i < 3; ++i) {
                const Transition t
                    = kinetics::transition(dm.rates.ka, dm.rates.ke, dm.rates.km, dm.fm, kGlNode[i] * hHours);
                k.nodeRows[size_t(i * m_n + d)] = {dm.levelScale * (t.pg + dm.rho * t.mg),
                    dm.levelScale * (t.pp + dm.rho * t.mp), dm.levelScale * dm.rho * t.mm};
            }
        }
        k.decay = std::exp(-hHours / m_tauH);
        for (int i = 0; i < 3; ++i)
            k.nodeWeight[i] = hHours / m_tauH * kGlWeight[i] * std::exp(-(1.0 - kGlNode[i]) * hHours / m_tauH);
        m_kernels.push_back(std::move(k));
        m_last = nullptr; // the vector may have moved
        return m_kernels.back();
    }

    // Advances the state by one sub-step and returns its contribution to A, (1/τ)∫e^{-(h-s)/τ}E ds.
    // Optionally accumulates ∫E ds and the extremes of L at the quadrature nodes.
    double substep(const SubstepKernel &k, std::vector<DrugState> &x, double *integralE, double *minL, double *maxL)
    {
        double acc = 0.0;
        for (int i = 0; i < 3; ++i) {
            const LevelRow *row = &k.nodeRows[size_t(i * m_n)];
            double l = 0.0;
            for (int d = 0; d < m_n; ++d)
                l += row[d].g * x[size_t(d)].gut + row[d].p * x[size_t(d)].parent + row[d].m * x[size_t(d)].metabolite;
            const double e = effect(l);
            acc += k.nodeWeight[i] * e;
            if (integralE)
                *integralE += kGlWeight[i] * k.h * e;
            if (minL) {
                *minL = std::min(*minL, l);
                *maxL = std::max(*maxL, l);
            }
        }
        for (int d = 0; d < m_n; ++d)
            x[size_t(d)] = k.transitions[size_t(d)].apply(x[size_t(d)]);
        return acc;
    }

    // Advances x (and A) over `minutes` with no dose inside, in equal sub-steps of at most maxSub.
    void advance(double minutes, double maxSub, std::vector<DrugState> &x, double &a, double *integralE = nullptr,
        double *minL = nullptr, double *maxL = nullptr)
    {
        if (minutes <= 0.0)
            return;
        const int pieces = std::max(1, int(std::ceil(minutes / maxSub - 1e-9)));
        const SubstepKernel &k = kernel(minutes / pieces / 60.0);
        for (int p = 0; p < pieces; ++p) {
            const double contribution = substep(k, x, integralE, minL, maxL);
            a = a * k.decay + contribution;
        }
    }

    // The hot path of run(): the same as advance() without the optional accumulators, with the
    // drug count N (0 = any) and the Hill exponent (1 or not) fixed at compile time.
    template <int N, bool Hill1> void advanceFast(double minutes, double maxSub, DrugState *x, double &a)
    {
        const int n = N > 0 ? N : m_n;
        const int pieces = minutes <= maxSub ? 1 : int(std::ceil(minutes / maxSub - 1e-9));
        const double h = minutes / pieces / 60.0;
        if (!m_last || m_last->h != h)
            m_last = &kernel(h);
        const SubstepKernel &k = *m_last;
        const Transition *tr = k.transitions.data();
        const LevelRow *rows = k.nodeRows.data();
        for (int p = 0; p < pieces; ++p) {
            double acc = 0.0;
            for (int i = 0; i < 3; ++i) {
                const LevelRow *row = rows + i * n;
                double l = 0.0;
                for (int d = 0; d < n; ++d)
                    l += row[d].g * x[d].gut + row[d].p * x[d].parent + row[d].m * x[d].metabolite;
                double e;
                if constexpr (Hill1) {
                    e = l / (l + m_l50);
                } else {
                    e = effect(l);
                }
                acc += k.nodeWeight[i] * e;
            }
            for (int d = 0; d < n; ++d)
                x[d] = tr[d].apply(x[d]);
            a = a * k.decay + acc;
        }
    }

    // `count` sample intervals of `stepMin` minutes, none containing a dose: advances the state
    // and A over each and calls record(k) at its end. For a fixed drug count the state is kept in
    // locals, and with h = 1 the three node effects share one division.
    template <int N, bool Hill1, class Record>
    void runStretch(qint64 count, int stepMin, double maxSub, DrugState *x, double &a, Record &record, qint64 first)
    {
        const int pieces = stepMin <= maxSub ? 1 : int(std::ceil(stepMin / maxSub - 1e-9));
        const double h = double(stepMin) / pieces / 60.0;
        if (!m_last || m_last->h != h)
            m_last = &kernel(h);
        const SubstepKernel &k = *m_last;
        if constexpr (N == 0) {
            for (qint64 j = 0; j < count; ++j) {
                advanceFast<N, Hill1>(double(stepMin), maxSub, x, a);
                record(first + j);
            }
        } else {
            Transition tr[N];
            LevelRow rows[3 * N];
            for (int d = 0; d < N; ++d)
                tr[d] = k.transitions[size_t(d)];
            for (int i = 0; i < 3 * N; ++i)
                rows[i] = k.nodeRows[size_t(i)];
            const double w0 = k.nodeWeight[0], w1 = k.nodeWeight[1], w2 = k.nodeWeight[2];
            const double decay = k.decay;
            const double l50 = m_l50;
            DrugState xs[N];
            for (int d = 0; d < N; ++d)
                xs[d] = x[d];
            double acc = a;
            for (qint64 j = 0; j < count; ++j) {
                for (int p = 0; p < pieces; ++p) {
                    double l0 = 0.0, l1 = 0.0, l2 = 0.0;
                    for (int d = 0; d < N; ++d) {
                        l0 += rows[d].g * xs[d].gut + rows[d].p * xs[d].parent + rows[d].m * xs[d].metabolite;
                        l1 += rows[N + d].g * xs[d].gut + rows[N + d].p * xs[d].parent
                            + rows[N + d].m * xs[d].metabolite;
                        l2 += rows[2 * N + d].g * xs[d].gut + rows[2 * N + d].p * xs[d].parent
                            + rows[2 * N + d].m * xs[d].metabolite;
                    }
                    double contribution;
                    if constexpr (Hill1) {
                        // Σ wᵢ·lᵢ/(lᵢ + L50) over one common denominator.
                        const double d0 = l0 + l50, d1 = l1 + l50, d2 = l2 + l50;
                        contribution
                            = (w0 * l0 * (d1 * d2) + w1 * l1 * (d0 * d2) + w2 * l2 * (d0 * d1)) / (d0 * d1 * d2);
                    } else {
                        contribution = w0 * effect(l0) + w1 * effect(l1) + w2 * effect(l2);
                    }
                    for (int d = 0; d < N; ++d)
                        xs[d] = tr[d].apply(xs[d]);
                    acc = acc * decay + contribution;
                }
                for (int d = 0; d < N; ++d)
                    x[d] = xs[d];
                a = acc;
                record(first + j);
            }
        }
    }

    template <int N> double levelFast(const DrugState *x) const
    {
        const int n = N > 0 ? N : m_n;
        double l = 0.0;
        for (int d = 0; d < n; ++d)
            l += m_models[size_t(d)].levelScale * (x[d].parent + m_models[size_t(d)].rho * x[d].metabolite);
        return l;
    }

    std::vector<DayDose> dayDoses(const QList<Dose> &regimen) const
    {
        std::vector<DayDose> out;
        for (const Dose &d : regimen) {
            const int idx = m_input.drugIndex(d.drug);
            if (idx < 0)
                continue;
            out.push_back({d.minuteOfDay, idx, m_models[size_t(idx)].bioavailability * d.mg.value()});
        }
        std::stable_sort(
            out.begin(), out.end(), [](const DayDose &l, const DayDose &r) { return l.minute < r.minute; });
        return out;
    }

    // Periodic steady state at 00:00 (before that minute's doses) of a daily regimen (§5).
    std::vector<DrugState> steadyState(const std::vector<DayDose> &doses) const
    {
        std::vector<DrugState> b(static_cast<size_t>(m_n));
        for (const DayDose &dd : doses) {
            const DrugModel &dm = m_models[size_t(dd.drug)];
            const Transition t
                = kinetics::transition(dm.rates.ka, dm.rates.ke, dm.rates.km, dm.fm, 24.0 - dd.minute / 60.0);
            const DrugState contribution = t.apply({dd.gutMg, 0.0, 0.0});
            DrugState &s = b[size_t(dd.drug)];
            s.gut += contribution.gut;
            s.parent += contribution.parent;
            s.metabolite += contribution.metabolite;
        }
        std::vector<DrugState> x(static_cast<size_t>(m_n));
        for (int d = 0; d < m_n; ++d) {
            const DrugModel &dm = m_models[size_t(d)];
            const Transition t = kinetics::transition(dm.rates.ka, dm.rates.ke, dm.rates.km, dm.fm, 24.0);
            const DrugState &bd = b[size_t(d)];
            DrugState &xd = x[size_t(d)];
            xd.gut = bd.gut / (1.0 - t.gg);
            xd.parent = (bd.parent + t.pg * xd.gut) / (1.0 - t.pp);
            xd.metabolite = dm.fm > 0.0 ? (bd.metabolite + t.mg * xd.gut + t.mp * xd.parent) / (1.0 - t.mm) : 0.0;
        }
        return x;
    }

    struct DayProfile
    {
        double meanE = 0.0;
        double meanL = 0.0;
        double minL = 0.0;
        double maxL = 0.0;
    };

    // Walks one steady-state day of a regimen: time-average of E (for A(0)) and the swing of L.
    DayProfile profileDay(const std::vector<DayDose> &doses, std::vector<DrugState> x)
    {
        DayProfile profile;
        double integralE = 0.0;
        double minL = level(x), maxL = minL;
        // Integral of L is linear in the state: accumulate it with the same nodes.
        double integralL = 0.0;
        int t = 0;
        size_t next = 0;
        while (t < 1440) {
            while (next < doses.size() && doses[next].minute == t) {
                x[size_t(doses[next].drug)].gut += doses[next].gutMg;
                ++next;
            }
            const int until = next < doses.size() ? doses[next].minute : 1440;
            const double minutes = until - t;
            const int pieces = std::max(1, int(std::ceil(minutes / kSteadyStateSubstepMinutes - 1e-9)));
            const SubstepKernel &k = kernel(minutes / pieces / 60.0);
            for (int p = 0; p < pieces; ++p) {
                for (int i = 0; i < 3; ++i) {
                    const LevelRow *row = &k.nodeRows[size_t(i * m_n)];
                    double l = 0.0;
                    for (int d = 0; d < m_n; ++d)
                        l += row[d].g * x[size_t(d)].gut + row[d].p * x[size_t(d)].parent
                            + row[d].m * x[size_t(d)].metabolite;
                    integralL += kGlWeight[i] * k.h * l;
                }
                substep(k, x, &integralE, &minL, &maxL);
                const double l = level(x);
                minL = std::min(minL, l);
                maxL = std::max(maxL, l);
            }
            t = until;
        }
        profile.meanE = integralE / 24.0;
        profile.meanL = integralL / 24.0;
        profile.minL = minL;
        profile.maxL = maxL;
        return profile;
    }

    // Finer swing estimate: samples L every minute of the steady-state day.
    double swing(const std::vector<DayDose> &doses)
    {
        if (doses.empty())
            return 0.0;
        std::vector<DrugState> x = steadyState(doses);
        const DayProfile p = profileDay(doses, x);
        if (p.meanL <= 0.0)
            return 0.0;
        // Refine extremes on a one-minute grid (the GL nodes can miss a sharp peak).
        double minL = p.minL, maxL = p.maxL;
        size_t next = 0;
        double a = 0.0;
        for (int t = 0; t < 1440; ++t) {
            while (next < doses.size() && doses[next].minute == t) {
                x[size_t(doses[next].drug)].gut += doses[next].gutMg;
                ++next;
            }
            advance(1.0, 1.0, x, a);
            const double l = level(x);
            minL = std::min(minL, l);
            maxL = std::max(maxL, l);
        }
        return (maxL - minL) / p.meanL;
    }

    Expected<SimulationResult> run(const SimulationOptions &options);

private:
    const ModelInput &m_input;
    std::vector<DrugModel> m_models;
    int m_n = 0;
    double m_tauH = 336.0;
    double m_l50 = 24.7;
    double m_hill = 1.0;
    double m_l50h = 24.7;
    std::vector<SubstepKernel> m_kernels;
    const SubstepKernel *m_last = nullptr;

    template <int N, bool Hill1>
    void walk(const std::vector<DayDose> &currentDoses, const std::vector<std::vector<DayDose>> &stepDoses,
        std::vector<DrugState> &x, double &a, SimulationResult &result, const SimulationOptions &options,
        qint64 sampleCount);
};

Expected<SimulationResult> Engine::run(const SimulationOptions &options)
{
    const int days = options.days;
    const int stepMin = options.stepMinutes;
    const qint64 totalMinutes = qint64(days) * 1440;
    const qint64 sampleCount = totalMinutes / stepMin + 1;

    SimulationResult result;
    const bool keep = options.keepSeries;
    if (keep) {
        result.tH.resize(size_t(sampleCount));
        result.level.resize(size_t(sampleCount));
        result.effect.resize(size_t(sampleCount));
        result.adaptation.resize(size_t(sampleCount));
        result.withdrawal.resize(size_t(sampleCount));
        result.withdrawalShown.resize(size_t(sampleCount));
        result.drugs.resize(size_t(m_n));
        for (int d = 0; d < m_n; ++d) {
            result.drugs[size_t(d)].id = m_input.drugs[d].id;
            result.drugs[size_t(d)].concNgMl.resize(size_t(sampleCount));
            result.drugs[size_t(d)].metaboliteNgMl.resize(size_t(sampleCount));
        }
    }

    // Start state (§5).
    const std::vector<DayDose> currentDoses = dayDoses(m_input.current);
    std::vector<DrugState> x = steadyState(currentDoses);
    double a = 0.0;
    if (!currentDoses.empty()) {
        const DayProfile p = profileDay(currentDoses, x);
        a = p.meanE;
    }
    result.summary.currentSwing = swing(currentDoses);

    // Regimen per step, precomputed.
    std::vector<std::vector<DayDose>> stepDoses;
    stepDoses.reserve(size_t(m_input.steps.size()));
    for (const Step &s : m_input.steps)
        stepDoses.push_back(dayDoses(s.doses));

    const bool hill1 = m_hill == 1.0;
    switch (m_n) {
    case 1:
        hill1 ? walk<1, true>(currentDoses, stepDoses, x, a, result, options, sampleCount)
              : walk<1, false>(currentDoses, stepDoses, x, a, result, options, sampleCount);
        break;
    case 2:
        hill1 ? walk<2, true>(currentDoses, stepDoses, x, a, result, options, sampleCount)
              : walk<2, false>(currentDoses, stepDoses, x, a, result, options, sampleCount);
        break;
    default:
        hill1 ? walk<0, true>(currentDoses, stepDoses, x, a, result, options, sampleCount)
              : walk<0, false>(currentDoses, stepDoses, x, a, result, options, sampleCount);
        break;
    }
    return result;
}

template <int N, bool Hill1>
void Engine::walk(const std::vector<DayDose> &currentDoses, const std::vector<std::vector<DayDose>> &stepDoses,
    std::vector<DrugState> &x, double &a, SimulationResult &result, const SimulationOptions &options,
    qint64 sampleCount)
{
    const int stepMin = options.stepMinutes;
    const bool keep = options.keepSeries;
    const double kindling = kindlingFactor(m_input.patient.priorAbruptWithdrawals);
    SimulationSummary &sum = result.summary;
    sum.days = options.days;
    const double sampleDays = stepMin / 1440.0;

    // Output columns as raw pointers (filled in order; the vectors were sized by run()).
    double *outT = keep ? result.tH.data() : nullptr;
    double *outL = keep ? result.level.data() : nullptr;
    double *outE = keep ? result.effect.data() : nullptr;
    double *outA = keep ? result.adaptation.data() : nullptr;
    double *outW = keep ? result.withdrawal.data() : nullptr;
    double *outS = keep ? result.withdrawalShown.data() : nullptr;
    std::vector<double *> outC, outM;
    std::vector<double> concScale, metabScale;
    for (int d = 0; d < m_n && keep; ++d) {
        outC.push_back(result.drugs[size_t(d)].concNgMl.data());
        outM.push_back(result.drugs[size_t(d)].metaboliteNgMl.data());
    }
    for (int d = 0; d < m_n; ++d) {
        concScale.push_back(m_models[size_t(d)].concScale);
        metabScale.push_back(m_models[size_t(d)].metabScale);
    }
    // Samples at or above each band's lower edge (moderate, high, severe); band times follow by
    // differences, which keeps the per-sample work in registers.
    qint64 atLeast1 = 0, atLeast2 = 0, atLeast3 = 0;
    double lastShown = 0.0;
    double peak = -1.0;
    qint64 peakSample = 0;
    qint64 firstBelow = -1;

    auto record = [&](qint64 k) LENTO_ALWAYS_INLINE {
        const DrugState *xs = x.data();
        const double l = levelFast<N>(xs);
        const double e = Hill1 ? l / (l + m_l50) : effect(l);
        const double w = std::max(0.0, a - e);
        const double shown = w * kindling;
        if (keep) {
            outT[k] = double(k) * stepMin / 60.0;
            outL[k] = l;
            outE[k] = e;
            outA[k] = a;
            outW[k] = w;
            outS[k] = shown;
            const int n = N > 0 ? N : m_n;
            for (int d = 0; d < n; ++d) {
                outC[size_t(d)][k] = concScale[size_t(d)] * xs[d].parent;
                outM[size_t(d)][k] = metabScale[size_t(d)] * xs[d].metabolite;
            }
        }
        if (shown > peak) {
            peak = shown;
            peakSample = k;
        }
        atLeast1 += shown >= kModerateBandFrom;
        atLeast2 += shown >= kHighBandFrom;
        atLeast3 += shown >= kSevereBandFrom;
        lastShown = shown;
        if (firstBelow < 0 && l < 1.0)
            firstBelow = k;
    };

    // One pass over merged events: samples (every stepMin minutes), doses, and day boundaries
    // where the regimen may change. A sample at the same minute as a dose is recorded first
    // (only the gut amount differs, and it is not an output).
    constexpr qint64 never = std::numeric_limits<qint64>::max();
    const double maxSub = std::min<double>(kMaxSubstepMinutes, stepMin);
    qint64 nextSample = 0;
    qint64 now = 0;
    qint64 dayStart = 0;
    int day = 0;
    int stepIdx = -1;
    const std::vector<DayDose> *doses = nullptr;
    size_t di = 0;
    auto enterDay = [&]() {
        while (stepIdx + 1 < m_input.steps.size() && m_input.steps[stepIdx + 1].day <= day)
            ++stepIdx;
        doses = stepIdx >= 0 ? &stepDoses[size_t(stepIdx)] : &currentDoses;
        di = 0;
    };
    enterDay();
    while (nextSample < sampleCount) {
        const qint64 sampleAt = nextSample * stepMin;
        if (sampleAt == now) {
            record(nextSample++);
            // Most of the horizon is whole sample intervals with no dose and no day boundary
            // inside: run those in one tight loop.
            const qint64 doseAt = di < doses->size() ? dayStart + (*doses)[di].minute : never;
            const qint64 boundary = std::min(doseAt, dayStart + 1440);
            const qint64 stretch = std::min((boundary - now) / stepMin, sampleCount - nextSample);
            if (stretch > 0) {
                runStretch<N, Hill1>(stretch, stepMin, maxSub, x.data(), a, record, nextSample);
                nextSample += stretch;
                now += stretch * stepMin;
                if (now == dayStart + 1440) {
                    ++day;
                    dayStart = now;
                    enterDay();
                }
            }
            continue;
        }
        const qint64 doseAt = di < doses->size() ? dayStart + (*doses)[di].minute : never;
        if (doseAt == now) {
            x[size_t((*doses)[di].drug)].gut += (*doses)[di].gutMg;
            ++di;
            continue;
        }
        const qint64 dayEnd = dayStart + 1440;
        const qint64 target = std::min({sampleAt, doseAt, dayEnd});
        advanceFast<N, Hill1>(double(target - now), maxSub, x.data(), a);
        now = target;
        if (now == dayEnd) {
            ++day;
            dayStart = dayEnd;
            enterDay();
        }
    }
    sum.peakShown = std::max(peak, 0.0);
    sum.peakDay = double(peakSample) * stepMin / 1440.0;
    // Each sample stands for the interval after it, so the last one does not count.
    atLeast1 -= lastShown >= kModerateBandFrom;
    atLeast2 -= lastShown >= kHighBandFrom;
    atLeast3 -= lastShown >= kSevereBandFrom;
    const qint64 intervals = sampleCount - 1;
    const qint64 bandSamples[4] = {intervals - atLeast1, atLeast1 - atLeast2, atLeast2 - atLeast3, atLeast3};
    for (int b = 0; b < 4; ++b)
        sum.daysInBand[size_t(b)] = double(bandSamples[b]) * sampleDays;
    if (firstBelow >= 0)
        sum.firstDayBelow1 = double(firstBelow) * stepMin / 1440.0;
}

Expected<std::vector<DrugModel>> buildModels(const ModelInput &input)
{
    std::vector<DrugModel> models;
    const double weight = input.patient.weightKg;
    for (const DrugParams &d : input.drugs) {
        const Expected<DrugRates> rates = ratesFor(d);
        if (!rates)
            return Error {
                QStringLiteral("drugs.") + d.id + QStringLiteral(".") + rates.error().path, rates.error().message};
        DrugModel m;
        m.rates = *rates;
        m.fm = d.metabolite.present() ? d.metabolite.fractionFormed : 0.0;
        m.rho = m.fm > 0.0 ? d.metabolite.relativePotency : 0.0;
        m.bioavailability = d.bioavailability;
        m.levelScale = (10.0 / d.diazepamEqMg) / m.rates.norm;
        m.concScale = 1000.0 / (d.vdLPerKg * weight);
        const double vdm = d.metabolite.vdLPerKg > 0.0 ? d.metabolite.vdLPerKg : d.vdLPerKg;
        m.metabScale = m.fm > 0.0 ? 1000.0 / (vdm * weight) : 0.0;
        models.push_back(m);
    }
    return models;
}

} // namespace

double kindlingFactor(int n)
{
    return 1.0 + 0.25 * std::min(std::max(n, 0), 4);
}

double blissCombinedDepression(const std::vector<double> &fractions)
{
    double remaining = 1.0;
    for (double r : fractions)
        remaining *= 1.0 - std::clamp(r, 0.0, 1.0);
    return 1.0 - remaining;
}

double effectOf(double level, const ModelParams &model)
{
    if (level <= 0.0)
        return 0.0;
    const double lh = std::pow(level, model.hill);
    return lh / (lh + std::pow(model.l50Mg, model.hill));
}

double occupancyPercent(double dailyMgDeq, const ModelParams &model)
{
    if (dailyMgDeq <= 0.0)
        return 0.0;
    return 100.0 * dailyMgDeq / (dailyMgDeq + model.l50Mg);
}

Expected<double> absorptionRate(Hours halfLife, Hours tmax)
{
    if (!(halfLife.value() > 0.0) || !std::isfinite(halfLife.value()))
        return Error {QStringLiteral("half_life_h"), QStringLiteral("must be > 0")};
    if (!(tmax.value() > 0.0) || !std::isfinite(tmax.value()))
        return Error {QStringLiteral("tmax_h"), QStringLiteral("must be > 0")};
    const double ke = kLn2 / halfLife.value();
    const double x = ke * tmax.value(); // ln(r)/(r − 1) with r = ka/ke > 1 lies in (0, 1)
    if (std::abs(x - 1.0) <= 1e-12)
        return ke; // limit ka = ke
    if (x > 1.0)
        return Error {QStringLiteral("tmax_h"),
            QStringLiteral("must be at most half_life_h / ln 2 (%1 h)").arg(halfLife.value() / kLn2, 0, 'g', 6)};
    // Solve u / (e^u − 1) = x for u = ln r > 0 by bisection (monotone decreasing in u).
    auto f = [x](double u) { return u / std::expm1(u) - x; };
    double lo = 0.0, hi = 1.0;
    while (f(hi) > 0.0)
        hi *= 2.0;
    for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        (f(mid) > 0.0 ? lo : hi) = mid;
    }
    return ke * std::exp(0.5 * (lo + hi));
}

Expected<DrugRates> ratesFor(const DrugParams &drug)
{
    const Expected<double> ka = absorptionRate(drug.halfLife, drug.tmax);
    if (!ka)
        return ka.error();
    DrugRates r;
    r.ka = *ka;
    r.ke = kLn2 / drug.halfLife.value();
    const bool metabolite = drug.metabolite.present();
    if (metabolite) {
        if (!(drug.metabolite.halfLife.value() > 0.0))
            return Error {QStringLiteral("metabolite.half_life_h"), QStringLiteral("must be > 0")};
        r.km = kLn2 / drug.metabolite.halfLife.value();
    } else {
        r.km = 0.0;
    }
    if (!(drug.bioavailability > 0.0))
        return Error {QStringLiteral("bioavailability"), QStringLiteral("must be > 0")};
    if (!(drug.diazepamEqMg > 0.0))
        return Error {QStringLiteral("diazepam_eq_mg"), QStringLiteral("must be > 0")};
    const double rhoFmOverKm
        = metabolite ? drug.metabolite.relativePotency * drug.metabolite.fractionFormed / r.km : 0.0;
    // N uses the catalogue's half-lives (ke₀ = ke·m, km₀ = km·m): both half-lives were scaled by the
    // same patient multiplier m, so N is the patient's value divided by m.
    const double m = drug.halfLifeMultiplier > 0.0 ? drug.halfLifeMultiplier : 1.0;
    r.norm = drug.bioavailability * (1.0 / r.ke + rhoFmOverKm) / 24.0 / m;
    return r;
}

static Expected<int> checkOptions(const ModelInput &input, const SimulationOptions &options)
{
    const int days = options.days < 0 ? input.lastStepDay() + 60 : options.days;
    if (days > 36500)
        return Error {QStringLiteral("days"), QStringLiteral("must be at most 36500")};
    if (options.stepMinutes <= 0 || options.stepMinutes > 1440)
        return Error {QStringLiteral("step_minutes"), QStringLiteral("must be between 1 and 1440")};
    if (qint64(days) * 1440 / options.stepMinutes + 1 > kMaxSamples)
        return Error {
            QStringLiteral("step_minutes"), QStringLiteral("too many samples; use a longer step or fewer days")};
    if (!(input.patient.weightKg > 0.0))
        return Error {QStringLiteral("patient.weight_kg"), QStringLiteral("must be > 0")};
    if (!(input.model.tauRDays > 0.0))
        return Error {QStringLiteral("model.tau_r_days"), QStringLiteral("must be > 0")};
    if (!(input.model.l50Mg > 0.0))
        return Error {QStringLiteral("model.l50_mg"), QStringLiteral("must be > 0")};
    if (!(input.model.hill > 0.0))
        return Error {QStringLiteral("model.hill"), QStringLiteral("must be > 0")};
    return days;
}

Expected<SimulationResult> simulate(const ModelInput &input, const SimulationOptions &options)
{
    const Expected<int> days = checkOptions(input, options);
    if (!days)
        return days.error();
    Expected<std::vector<DrugModel>> models = buildModels(input);
    if (!models)
        return models.error();
    const FlushDenormals flush;
    Engine engine(input, std::move(models).value());
    SimulationOptions o = options;
    o.days = *days;
    return engine.run(o);
}

Expected<double> interdoseSwing(const ModelInput &input, const QList<Dose> &regimen)
{
    for (int i = 0; i < regimen.size(); ++i)
        if (input.drugIndex(regimen[i].drug) < 0)
            return Error {
                QStringLiteral("regimen[%1].drug").arg(i), QStringLiteral("unknown drug \"%1\"").arg(regimen[i].drug)};
    Expected<std::vector<DrugModel>> models = buildModels(input);
    if (!models)
        return models.error();
    Engine engine(input, std::move(models).value());
    return engine.swing(engine.dayDoses(regimen));
}

} // namespace lento
