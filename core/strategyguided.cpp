// Model-guided strategy: greedy look-ahead search with the engine, then whole-plan verification.
#include "strategyguided.h"

#include "numberformat.h"
#include "simulator.h"

#include <algorithm>
#include <cmath>

namespace lento {

namespace {

constexpr double kEps = 1e-9;
constexpr int kMaxSteps = 400;
constexpr int kSampleMinutes = 60;
constexpr int kBisections = 5;

double peakFrom(const SimulationResult &r, double fromHour, double toHour)
{
    double peak = 0.0;
    for (size_t i = 0; i < r.tH.size(); ++i)
        if (r.tH[i] >= fromHour - 1e-9 && r.tH[i] <= toHour + 1e-9)
            peak = std::max(peak, r.withdrawalShown[i]);
    return peak;
}

} // namespace

GuidedSearch::GuidedSearch(ModelInput base, const RegimenCutter &cutter, QString drug, Settings settings)
    : m_base(std::move(base)), m_cutter(cutter), m_drug(std::move(drug)), m_settings(std::move(settings))
{
    // Look-ahead: long enough for a cut's pressure to peak (the slowest drug or metabolite time
    // constant, three times over, plus a week); history: four adaptation time constants, or five
    // of the slowest kinetic time constants, so the truncated start state has faded.
    double slowestH = 0.0;
    for (const DrugParams &d : std::as_const(m_base.drugs)) {
        slowestH = std::max(slowestH, d.halfLife.value());
        if (d.metabolite.present())
            slowestH = std::max(slowestH, d.metabolite.halfLife.value());
    }
    const double tauDays = slowestH / std::log(2.0) / 24.0;
    m_lookaheadDays = std::clamp(int(std::ceil(3.0 * tauDays)) + 7, 21, 120);
    m_historyDays = std::clamp(int(std::ceil(std::max(4.0 * m_base.model.tauRDays, 5.0 * tauDays))), 28, 365);
}

QList<Dose> GuidedSearch::dosesFor(const QList<double> &amounts) const
{
    QList<Dose> out;
    for (qsizetype i = 0; i < amounts.size(); ++i)
        if (amounts[i] > kEps)
            out.append(Dose {m_drug, m_cutter.minutes()[i], Milligrams(std::round(amounts[i] * 1e5) / 1e5), {}});
    return out;
}

Expected<double> GuidedSearch::lookAhead(const QList<Step> &steps, int fromDay)
{
    // Start the window at the last step at least `m_historyDays` before `fromDay`, from the
    // steady state of its regimen.
    ModelInput in = m_base;
    int t0 = 0;
    int j = -1;
    for (int i = 0; i < steps.size(); ++i)
        if (steps[i].day <= fromDay - m_historyDays)
            j = i;
    if (j >= 0) {
        t0 = steps[j].day;
        in.current = steps[j].doses;
        in.steps.clear();
        for (int i = j + 1; i < steps.size(); ++i) {
            Step s = steps[i];
            s.day -= t0;
            in.steps.append(s);
        }
    } else {
        in.steps = steps;
    }
    SimulationOptions o;
    o.days = fromDay - t0 + m_lookaheadDays;
    o.stepMinutes = kSampleMinutes;
    o.keepSeries = true;
    ++m_simulations;
    const Expected<SimulationResult> r = simulate(in, o);
    if (!r)
        return r.error();
    return peakFrom(r.value(), 24.0 * (fromDay - t0), 24.0 * o.days);
}

Expected<std::vector<double>> GuidedSearch::stepPeaks(const QList<Step> &steps) const
{
    ModelInput in = m_base;
    in.steps = steps;
    SimulationOptions o;
    o.days = (steps.isEmpty() ? 0 : steps.last().day) + m_lookaheadDays;
    o.stepMinutes = kSampleMinutes;
    o.keepSeries = true;
    const Expected<SimulationResult> r = simulate(in, o);
    if (!r)
        return r.error();
    std::vector<double> peaks;
    for (int i = 0; i < steps.size(); ++i) {
        const double from = 24.0 * steps[i].day;
        const double to = i + 1 < steps.size() ? 24.0 * steps[i + 1].day - 1e-6 : 24.0 * o.days;
        peaks.push_back(peakFrom(r.value(), from, to));
    }
    return peaks;
}

Expected<QList<DraftStep>> GuidedSearch::search(
    const QList<Step> &prefix, const QList<double> &regimen, int startDay, double cap)
{
    QList<DraftStep> out;
    QList<Step> steps = prefix;
    QList<double> doses = regimen;
    int base = startDay; // earliest day for the next change
    int reductions = 0;
    const bool toTarget = m_settings.targetMg >= 0.0;
    const int every = m_settings.everyDays;
    const int increment = std::max(1, std::min(7, every / 2));

    auto evaluate = [&](const QList<double> &cand, int day) -> Expected<double> {
        QList<Step> trial = steps;
        trial.append(Step {day, dosesFor(cand), {}, {}, {}});
        return lookAhead(trial, day);
    };

    for (int guard = 0; guard < kMaxSteps; ++guard) {
        const double daily = RegimenCutter::total(doses);
        if (toTarget && daily <= m_settings.targetMg + kEps) {
            if (!out.isEmpty())
                out.last().notes << QStringLiteral("Maintenance dose reached (%1 mg/day).").arg(formatNumber(daily));
            return out;
        }
        const bool stopNow = !toTarget && daily <= m_settings.floorMg + kEps;

        // Candidate regimens: the largest allowed cut, the smallest possible one.
        const double maxCut = reductions == 0 ? std::min(m_settings.firstCutFraction, m_settings.maxCutFraction)
                                              : m_settings.maxCutFraction;
        QList<double> largest, smallest;
        if (stopNow) {
            largest = smallest = QList<double>(doses.size(), 0.0);
        } else {
            double ideal = daily * (1.0 - maxCut);
            if (toTarget)
                ideal = std::max(ideal, m_settings.targetMg);
            largest = m_cutter.apply(doses, ideal, RoundingMode::NeverBeyondRule);
            const std::optional<QList<double>> lower = m_cutter.nextLower(doses);
            if (!lower)
                largest = smallest = QList<double>(doses.size(), 0.0);
            else
                smallest = *lower;
            if (toTarget && RegimenCutter::total(smallest) < m_settings.targetMg - kEps)
                smallest = m_cutter.apply(doses, m_settings.targetMg, RoundingMode::NeverBeyondRule);
            if (RegimenCutter::total(largest) >= daily - kEps
                || RegimenCutter::total(largest) > RegimenCutter::total(smallest))
                largest = smallest;
        }

        QList<double> chosen;
        int chosenDay = -1;
        double chosenPeak = 0.0;
        bool overCap = false;
        for (int wait = 0;; wait += increment) {
            const int day = base + wait;
            const bool last = wait >= std::max(0, m_settings.maxIntervalDays - every);
            Expected<double> pl = evaluate(largest, day);
            if (!pl)
                return pl.error();
            if (*pl <= cap) {
                chosen = largest, chosenDay = day, chosenPeak = *pl;
                break;
            }
            if (smallest == largest) {
                if (last) {
                    chosen = largest, chosenDay = day, chosenPeak = *pl, overCap = true;
                    break;
                }
                continue;
            }
            Expected<double> ps = evaluate(smallest, day);
            if (!ps)
                return ps.error();
            if (*ps > cap) {
                if (last) {
                    chosen = smallest, chosenDay = day, chosenPeak = *ps, overCap = true;
                    break;
                }
                continue;
            }
            // Bisect on the ideal daily dose between the smallest (fits) and the largest cut.
            chosen = smallest, chosenDay = day, chosenPeak = *ps;
            double lo = RegimenCutter::total(smallest), hi = RegimenCutter::total(largest);
            for (int b = 0; b < kBisections && lo - hi > kEps; ++b) {
                const double mid = 0.5 * (lo + hi);
                const QList<double> cand = m_cutter.apply(doses, mid, RoundingMode::NeverBeyondRule);
                const double c = RegimenCutter::total(cand);
                if (c >= RegimenCutter::total(chosen) - kEps) {
                    lo = mid; // rounds back to what already fits
                    continue;
                }
                Expected<double> pm = evaluate(cand, day);
                if (!pm)
                    return pm.error();
                if (*pm <= cap) {
                    chosen = cand, chosenPeak = *pm;
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            break;
        }

        DraftStep s;
        s.day = chosenDay;
        s.doses = dosesFor(chosen);
        const double next = RegimenCutter::total(chosen);
        s.kind = next <= kEps ? QStringLiteral("stop") : QStringLiteral("reduction");
        s.ruleRatio = daily > 0.0 ? ((daily - next) / daily) / maxCut : 0.0;
        s.forced = s.kind != QStringLiteral("stop") && s.ruleRatio > 1.0 + 1e-6;
        if (overCap)
            s.extra.insert(QStringLiteral("pressure_cap_exceeded"), true);
        s.extra.insert(QStringLiteral("lookahead_peak_pressure"), std::round(chosenPeak * 1e5) / 1e5);
        const int waited = chosenDay - base;
        if (s.kind == QStringLiteral("stop"))
            s.notes << QStringLiteral("Stop from %1 mg/day.").arg(formatNumber(daily));
        else
            s.notes << QStringLiteral(
                "Largest cut (at most %1 %) that keeps the modelled pressure under the plan's cap.")
                           .arg(formatNumber(maxCut * 100.0));
        if (s.forced)
            s.notes << QStringLiteral("The products cannot make a smaller cut: %1 → %2 mg/day is %3 %, above the %4 % "
                                      "this step of the guided strategy allows.")
                           .arg(formatNumber(daily), formatNumber(next),
                               formatNumber(100.0 * (daily - next) / daily, 1), formatNumber(maxCut * 100.0));
        if (waited > 0)
            s.notes << QStringLiteral(
                "Interval lengthened by %1 days: an earlier cut would take the modelled pressure above the cap.")
                           .arg(waited);
        if (overCap)
            s.notes << QStringLiteral(
                "Even the smallest cut after the longest interval takes the modelled pressure to %1, above the cap.")
                           .arg(formatNumber(chosenPeak));
        out.append(s);
        steps.append(Step {chosenDay, s.doses, {}, {}, {}});
        if (s.kind == QStringLiteral("stop"))
            return out;
        ++reductions;
        doses = chosen;
        base = chosenDay + every;
        for (const HoldSpec &h : std::as_const(m_settings.holds)) {
            if (h.afterReduction != reductions || h.days <= 0)
                continue;
            DraftStep hold;
            hold.day = base;
            hold.kind = QStringLiteral("hold");
            hold.doses = s.doses;
            hold.notes << QStringLiteral("Hold: no change for %1 days.").arg(h.days);
            out.append(hold);
            steps.append(Step {base, s.doses, {}, {}, {}});
            base += h.days;
        }
    }
    return Error {QStringLiteral("maxPressure"),
        QStringLiteral("the plan would need more than %1 steps; raise the cap").arg(kMaxSteps)};
}

Expected<QList<DraftStep>> GuidedSearch::run(const QList<Step> &prefix, const QList<double> &regimen, int startDay)
{
    // Baseline: the starting regimen held unchanged.
    QList<Step> held = prefix;
    held.append(Step {startDay, dosesFor(regimen), {}, {}, {}});
    const Expected<double> baseline = lookAhead(held, startDay);
    if (!baseline)
        return baseline.error();
    m_baseline = *baseline;
    m_cap = m_settings.cap;
    if (m_baseline > 0.5 * m_settings.cap)
        m_cap = m_settings.cap + m_baseline;
    double cap = m_cap * 0.98; // margin for the windowed look-ahead
    Expected<QList<DraftStep>> result = Error {QString(), QString()};
    for (int attempt = 0; attempt < 3; ++attempt) {
        result = search(prefix, regimen, startDay, cap);
        if (!result)
            return result;
        QList<Step> all = prefix;
        for (const DraftStep &s : result.value())
            all.append(Step {s.day, s.doses, {}, {}, {}});
        const Expected<std::vector<double>> peaks = stepPeaks(all);
        if (!peaks)
            return peaks.error();
        double worst = 0.0;
        for (int i = 0; i < result.value().size(); ++i) {
            const double p = (*peaks)[size_t(prefix.size() + i)];
            result.value()[i].extra.insert(QStringLiteral("peak_pressure"), std::round(p * 1e5) / 1e5);
            if (!result.value()[i].extra.value(QStringLiteral("pressure_cap_exceeded")).toBool(false))
                worst = std::max(worst, p);
        }
        if (worst <= m_cap + 1e-9)
            break;
        cap -= (worst - m_cap) + 0.002;
        if (cap <= 0.0)
            break;
    }
    return result;
}

} // namespace lento
