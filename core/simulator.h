// The Lento model (docs/model.md): exact piecewise-analytic kinetics for every drug, the
// diazepam-equivalent level L, effect E, adaptation A (integrated with Gauss–Legendre
// quadrature on an exactly decaying kernel), withdrawal pressure W and derived figures.
#pragma once

#include "modelinput.h"
#include "pressureband.h"
#include "units.h"

#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

namespace lento {

// docs/model.md §4 kindling: W·(1 + 0.25·min(n, 4)).
double kindlingFactor(int priorAbruptWithdrawals);
// docs/model.md §7 Bliss independence: remaining drive = Π(1 − rᵢ); returns the combined depression.
double blissCombinedDepression(const std::vector<double> &fractionalDepressions);
// docs/model.md §4 effect: L^h / (L^h + L50^h).
double effectOf(double levelMgDeq, const ModelParams &model);
// Maudsley receptor occupancy D/(D + L50) for a daily diazepam-equivalent dose (percent 0..100).
double occupancyPercent(double dailyMgDeq, const ModelParams &model);

struct SimulationOptions
{
    int days = -1; // horizon; -1 = last step's day + 60
    int stepMinutes = 60; // sample spacing
    bool keepSeries = true; // false: only the summary is computed (planner look-ahead)
};

// An allocator that leaves elements default-initialised: resize() of a long output column does
// not first write zeros the engine overwrites at once.
template <class T> struct DefaultInitAllocator : std::allocator<T>
{
    using std::allocator<T>::allocator;
    template <class U> struct rebind
    {
        using other = DefaultInitAllocator<U>;
    };
    template <class U> void construct(U *p) noexcept(std::is_nothrow_default_constructible_v<U>)
    {
        ::new (static_cast<void *>(p)) U;
    }
    template <class U, class... Args> void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};

// One output column of a simulation, one value per sample.
using Series = std::vector<double, DefaultInitAllocator<double>>;

struct DrugSeries
{
    QString id;
    Series concNgMl;
    Series metaboliteNgMl;
};

struct SimulationSummary
{
    double peakShown = 0.0; // peak kindling-adjusted pressure
    double peakDay = 0.0; // day (fractional) at which it occurs
    std::array<double, 4> daysInBand {}; // time-weighted days in each band (by sample spacing)
    double currentSwing = 0.0; // interdose swing of the current regimen ((max-min)/mean of L)
    std::optional<double> firstDayBelow1; // first sample day with L < 1 mg/day
    double days = 0.0; // horizon simulated
};

struct SimulationResult
{
    Series tH;
    Series level; // L, mg/day diazepam-equivalent
    Series effect; // E
    Series adaptation; // A
    Series withdrawal; // W
    Series withdrawalShown; // W with kindling
    std::vector<DrugSeries> drugs;
    SimulationSummary summary;
};

// Derived per-drug constants (docs/model.md §1), exposed for tests and for "show calculations".
struct DrugRates
{
    double ka = 0.0, ke = 0.0, km = 0.0;
    double norm = 0.0; // N = F·(1/ke + ρ·fm/km)/24
};
// Root ka > ke of tmax = ln(ka/ke)/(ka − ke); tmax = 1/ke gives ka = ke. Error if tmax > 1/ke.
Expected<double> absorptionRate(Hours halfLife, Hours tmax);
Expected<DrugRates> ratesFor(const DrugParams &drug);

Expected<SimulationResult> simulate(const ModelInput &input, const SimulationOptions &options);

// Interdose swing of a daily regimen at steady state (docs/model.md §7).
Expected<double> interdoseSwing(const ModelInput &input, const QList<Dose> &regimen);

} // namespace lento
