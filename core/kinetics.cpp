// Closed-form transitions of the three-compartment kinetic chain (docs/model.md §2).
#include "kinetics.h"

#include <algorithm>
#include <cmath>

namespace lento::kinetics {

namespace {

// (1 − e^{-x}) / x, equal to 1 at x = 0; accurate for every x ≥ 0.
double oneMinusExpOverX(double x)
{
    if (x < 1e-8)
        return 1.0 - 0.5 * x;
    return -std::expm1(-x) / x;
}

} // namespace

double convolve2(double a, double b, double t)
{
    if (t <= 0.0)
        return 0.0;
    const double lo = std::min(a, b);
    const double hi = std::max(a, b);
    return std::exp(-lo * t) * t * oneMinusExpOverX((hi - lo) * t);
}

double convolve3(double a, double b, double c, double t)
{
    if (t <= 0.0)
        return 0.0;
    double r[3] = {a, b, c};
    std::sort(r, r + 3);
    const double span = (r[2] - r[0]) * t;
    if (span > 1e-3) {
        // Divide by the widest gap so the subtraction loses at most ~3 digits.
        return (convolve2(r[0], r[1], t) - convolve2(r[1], r[2], t)) / (r[2] - r[0]);
    }
    // All three rates (nearly) equal: Taylor series of the divided difference about the mean m,
    // g[a,b,c] = Σ_k g^{(k+2)}(m)/(k+2)! · h_k(d), g(λ) = e^{-λt}, d = rates − m, h_1(d) = 0.
    const double m = (r[0] + r[1] + r[2]) / 3.0;
    const double d0 = (r[0] - m) * t, d1 = (r[1] - m) * t, d2 = (r[2] - m) * t;
    const double h2 = d0 * d0 + d1 * d1 + d2 * d2 + d0 * d1 + d0 * d2 + d1 * d2;
    const double h3 = d0 * d0 * d0 + d1 * d1 * d1 + d2 * d2 * d2 + d0 * d0 * (d1 + d2) + d1 * d1 * (d0 + d2)
        + d2 * d2 * (d0 + d1) + d0 * d1 * d2;
    return std::exp(-m * t) * t * t * (0.5 + h2 / 24.0 - h3 / 120.0);
}

Transition transition(double ka, double ke, double km, double fm, double h)
{
    Transition tr;
    tr.gg = std::exp(-ka * h);
    tr.pp = std::exp(-ke * h);
    tr.pg = ka * convolve2(ka, ke, h);
    if (fm > 0.0) {
        tr.mm = std::exp(-km * h);
        tr.mp = fm * ke * convolve2(ke, km, h);
        tr.mg = fm * ke * ka * convolve3(ka, ke, km, h);
    } else {
        tr.mm = 1.0;
        tr.mp = 0.0;
        tr.mg = 0.0;
    }
    return tr;
}

} // namespace lento::kinetics
