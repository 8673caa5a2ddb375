// Exact transition of the linear gut → parent → metabolite system (docs/model.md §2) over a time
// step with no doses. Every coefficient is a (divided-difference) convolution of exponentials
// evaluated in a form that stays accurate when rates coincide (ka = ke, km = ke, km = ka).
#pragma once

namespace lento {

// The amounts (mg) in the three compartments of one drug.
struct DrugState
{
    double gut = 0.0;
    double parent = 0.0;
    double metabolite = 0.0;
};

// x(t + h) = T(h) x(t) for a lower-triangular T.
struct Transition
{
    double gg = 1.0; // G <- G
    double pg = 0.0, pp = 1.0; // P <- G, P
    double mg = 0.0, mp = 0.0, mm = 1.0; // M <- G, P, M

    DrugState apply(const DrugState &x) const
    {
        return {gg * x.gut, pg * x.gut + pp * x.parent, mg * x.gut + mp * x.parent + mm * x.metabolite};
    }
};

namespace kinetics {

// (e^{-a t} − e^{-b t}) / (b − a), with the limit t·e^{-a t} for a = b.
double convolve2(double a, double b, double t);
// Convolution of e^{-a t}, e^{-b t}, e^{-c t}: the second divided difference of e^{-λ t}.
double convolve3(double a, double b, double c, double t);

// Transition over h hours for rates ka, ke, km (1/h) and metabolite fraction fm.
Transition transition(double ka, double ke, double km, double fm, double h);

} // namespace kinetics

} // namespace lento
