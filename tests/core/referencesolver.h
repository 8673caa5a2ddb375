// An independent reference for the model tests: the docs/model.md equations integrated as one ODE
// system with classical fourth-order Runge–Kutta at 15-second steps, doses as impulses,
// the periodic start state found from the numerically integrated one-day map, and A(0) from a
// numerically integrated day of E. Shares no code with the engine.
#pragma once

#include "modelinput.h"

#include <cmath>
#include <vector>

namespace lento::reference {

struct RefDrug
{
    double ka, ke, km, fm, rho, F, levelScale, concScale, metabScale;
};

inline double solveKa(double halfLife, double tmax)
{
    const double ke = std::log(2.0) / halfLife;
    if (std::abs(tmax * ke - 1.0) < 1e-12)
        return ke;
    // tmax(ka) = ln(ka/ke)/(ka − ke) decreases from 1/ke towards 0 as ka grows: bisect on ka.
    auto tm = [ke](double ka) { return std::log(ka / ke) / (ka - ke); };
    double lo = ke * (1.0 + 1e-9), hi = ke * 2.0;
    while (tm(hi) > tmax)
        hi *= 2.0;
    for (int i = 0; i < 300; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (tm(mid) > tmax)
            lo = mid;
        else
            hi = mid;
    }
    return 0.5 * (lo + hi);
}

struct Output
{
    std::vector<double> level, effect, adaptation, withdrawal, shown;
    std::vector<std::vector<double>> conc, metab;
};

class Solver
{
public:
    explicit Solver(const ModelInput &in) : m_in(in)
    {
        for (const DrugParams &d : in.drugs) {
            RefDrug r {};
            r.ke = std::log(2.0) / d.halfLife.value();
            r.ka = solveKa(d.halfLife.value(), d.tmax.value());
            r.fm = d.metabolite.fractionFormed;
            // Without a metabolite M stays 0; any positive km keeps the one-day map invertible.
            r.km = r.fm > 0 ? std::log(2.0) / d.metabolite.halfLife.value() : 1.0;
            r.rho = r.fm > 0 ? d.metabolite.relativePotency : 0.0;
            r.F = d.bioavailability;
            // The normaliser keeps the catalogue's half-lives: the plan's patient multiplier undone.
            const double m = in.patient.halfLifeMultiplier;
            const double ke0 = std::log(2.0) / (d.halfLife.value() / m);
            const double km0 = r.fm > 0 ? std::log(2.0) / (d.metabolite.halfLife.value() / m) : 1.0;
            const double n = r.F * (1.0 / ke0 + (r.fm > 0 ? r.rho * r.fm / km0 : 0.0)) / 24.0;
            r.levelScale = 10.0 / d.diazepamEqMg / n;
            r.concScale = 1000.0 / (d.vdLPerKg * in.patient.weightKg);
            const double vdm = d.metabolite.vdLPerKg > 0 ? d.metabolite.vdLPerKg : d.vdLPerKg;
            r.metabScale = 1000.0 / (vdm * in.patient.weightKg);
            m_drugs.push_back(r);
        }
        m_tau = in.model.tauRDays * 24.0;
    }

    static constexpr int kStepsPerMinute = 4; // 15-second steps
    static constexpr double kH = 1.0 / 60.0 / kStepsPerMinute;

    double level(const std::vector<double> &y) const
    {
        double l = 0;
        for (size_t d = 0; d < m_drugs.size(); ++d)
            l += m_drugs[d].levelScale * (y[3 * d + 1] + m_drugs[d].rho * y[3 * d + 2]);
        return l;
    }
    double effect(double l) const
    {
        if (l <= 0)
            return 0;
        const double lh = std::pow(l, m_in.model.hill);
        return lh / (lh + std::pow(m_in.model.l50Mg, m_in.model.hill));
    }

    // y = [G, P, M per drug..., A, ∫E]
    void deriv(const std::vector<double> &y, std::vector<double> &dy) const
    {
        const size_t n = m_drugs.size();
        for (size_t d = 0; d < n; ++d) {
            const RefDrug &r = m_drugs[d];
            const double g = y[3 * d], p = y[3 * d + 1], m = y[3 * d + 2];
            dy[3 * d] = -r.ka * g;
            dy[3 * d + 1] = r.ka * g - r.ke * p;
            dy[3 * d + 2] = r.fm * r.ke * p - r.km * m;
        }
        const double e = effect(level(y));
        dy[3 * n] = (e - y[3 * n]) / m_tau;
        dy[3 * n + 1] = e;
    }

    void rk4(std::vector<double> &y) const
    {
        const size_t s = y.size();
        std::vector<double> k1(s), k2(s), k3(s), k4(s), t(s);
        deriv(y, k1);
        for (size_t i = 0; i < s; ++i)
            t[i] = y[i] + 0.5 * kH * k1[i];
        deriv(t, k2);
        for (size_t i = 0; i < s; ++i)
            t[i] = y[i] + 0.5 * kH * k2[i];
        deriv(t, k3);
        for (size_t i = 0; i < s; ++i)
            t[i] = y[i] + kH * k3[i];
        deriv(t, k4);
        for (size_t i = 0; i < s; ++i)
            y[i] += kH / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    }

    void applyDoses(std::vector<double> &y, const QList<Dose> &regimen, int minute) const
    {
        for (const Dose &d : regimen) {
            if (d.minuteOfDay != minute)
                continue;
            const int idx = m_in.drugIndex(d.drug);
            y[3 * size_t(idx)] += m_drugs[size_t(idx)].F * d.mg.value();
        }
    }

    // Integrates one day of a regimen from y (minute resolution events).
    void day(std::vector<double> &y, const QList<Dose> &regimen) const
    {
        for (int minute = 0; minute < 1440; ++minute) {
            applyDoses(y, regimen, minute);
            for (int k = 0; k < kStepsPerMinute; ++k)
                rk4(y);
        }
    }

    std::vector<double> startState() const
    {
        const size_t n = m_drugs.size();
        std::vector<double> y(3 * n + 2, 0.0);
        if (m_in.current.isEmpty())
            return y;
        // One-day map x -> Φx + b for the kinetic part (A does not feed back into kinetics).
        std::vector<double> b(3 * n + 2, 0.0);
        day(b, m_in.current);
        std::vector<std::vector<double>> phi(3 * n, std::vector<double>(3 * n, 0.0));
        for (size_t j = 0; j < 3 * n; ++j) {
            std::vector<double> u(3 * n + 2, 0.0);
            u[j] = 1.0;
            day(u, QList<Dose> {});
            for (size_t i = 0; i < 3 * n; ++i)
                phi[i][j] = u[i];
        }
        // Solve (I − Φ) x = b by Gaussian elimination with partial pivoting.
        const size_t m = 3 * n;
        std::vector<std::vector<double>> a(m, std::vector<double>(m + 1));
        for (size_t i = 0; i < m; ++i) {
            for (size_t j = 0; j < m; ++j)
                a[i][j] = (i == j ? 1.0 : 0.0) - phi[i][j];
            a[i][m] = b[i];
        }
        for (size_t c = 0; c < m; ++c) {
            size_t piv = c;
            for (size_t r = c + 1; r < m; ++r)
                if (std::abs(a[r][c]) > std::abs(a[piv][c]))
                    piv = r;
            std::swap(a[c], a[piv]);
            for (size_t r = 0; r < m; ++r) {
                if (r == c || a[r][c] == 0.0)
                    continue;
                const double f = a[r][c] / a[c][c];
                for (size_t k = c; k <= m; ++k)
                    a[r][k] -= f * a[c][k];
            }
        }
        for (size_t i = 0; i < m; ++i)
            y[i] = a[i][m] / a[i][i];
        // A(0): mean of E over the steady-state day.
        std::vector<double> w = y;
        w[3 * n + 1] = 0.0;
        day(w, m_in.current);
        y[3 * n] = w[3 * n + 1] / 24.0;
        return y;
    }

    Output run(int days, int stepMinutes) const
    {
        const size_t n = m_drugs.size();
        Output out;
        out.conc.resize(n);
        out.metab.resize(n);
        std::vector<double> y = startState();
        const double kindling = 1.0 + 0.25 * std::min(m_in.patient.priorAbruptWithdrawals, 4);
        auto record = [&]() {
            const double l = level(y), e = effect(l), a = y[3 * n], w = std::max(0.0, a - e);
            out.level.push_back(l);
            out.effect.push_back(e);
            out.adaptation.push_back(a);
            out.withdrawal.push_back(w);
            out.shown.push_back(w * kindling);
            for (size_t d = 0; d < n; ++d) {
                out.conc[d].push_back(m_drugs[d].concScale * y[3 * d + 1]);
                out.metab[d].push_back(m_drugs[d].fm > 0 ? m_drugs[d].metabScale * y[3 * d + 2] : 0.0);
            }
        };
        const long total = long(days) * 1440;
        for (long minute = 0; minute <= total; ++minute) {
            if (minute % stepMinutes == 0)
                record();
            if (minute == total)
                break;
            const int dayIdx = int(minute / 1440);
            const QList<Dose> *regimen = &m_in.current;
            for (const Step &s : m_in.steps)
                if (s.day <= dayIdx)
                    regimen = &s.doses;
            applyDoses(y, *regimen, int(minute % 1440));
            for (int k = 0; k < kStepsPerMinute; ++k)
                rk4(y);
        }
        return out;
    }

private:
    const ModelInput &m_in;
    std::vector<RefDrug> m_drugs;
    double m_tau = 336.0;
};

} // namespace lento::reference
