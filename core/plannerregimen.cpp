// Sharing a daily cut between dose times and rounding each dose to real products.
#include "plannerregimen.h"

#include <algorithm>
#include <cmath>

namespace lento {

namespace {
constexpr double kEps = 1e-9;
constexpr double kMaxSingleLiquidMl = 10.0; // one oral syringe measure
// Measures a dose made with a liquid is rounded to, coarsest first (mg).
constexpr double kMeasures[] = {10.0, 5.0, 2.0, 1.0, 0.5, 0.2, 0.1, 0.05};
// The measure may be at most this fraction of the dose (1 mg steps for 20-39 mg, 0.1 mg for 2-3.9 mg).
constexpr double kMeasureFraction = 0.05;

// Tablets only, or one liquid measure alone that an oral syringe takes at once.
bool oneForm(const Composition &c)
{
    if (!c.usesLiquid())
        return true;
    return c.pieces.size() == 1 && c.pieces.first().count <= kMaxSingleLiquidMl + kEps;
}
} // namespace

RegimenCutter::RegimenCutter(const DoseRounder *rounder, CutOrder order, QList<int> minutes)
    : m_rounder(rounder), m_order(order), m_minutes(std::move(minutes))
{
    QList<Product> tablets, liquids;
    for (const Product &p : m_rounder->products())
        (p.isLiquid() ? liquids : tablets) << p;
    if (!tablets.isEmpty() && !liquids.isEmpty()) {
        m_tablets = DoseRounder(m_rounder->drug(), tablets);
        m_liquids = DoseRounder(m_rounder->drug(), liquids);
    }
}

// One form per dose where the products allow: with tablets and a liquid, an amount made from
// tablets alone (or liquid alone) is preferred to a mixture when it still makes at least half
// the intended cut from `from` (so "12.14 mg = 1½ × 5 mg + 1 × 2 mg + 6.6 mL" becomes 12.5 mg of
// tablets). Never beyond the rule: the amount chosen is never below `amount`.
double RegimenCutter::singleForm(double amount, double from, double mixed) const
{
    if (m_tablets.isEmpty() || from <= amount + kEps)
        return mixed;
    const std::optional<Composition> c = m_rounder->compose(Milligrams(mixed));
    if (!c || !c->usesLiquid() || c->pieces.size() < 2)
        return mixed;
    // Tablets first; the liquid alone only for a volume an oral syringe measures at once.
    for (const DoseRounder *r : {&m_tablets, &m_liquids}) {
        const std::optional<Milligrams> up = r->ceilAmount(Milligrams(amount));
        if (!up)
            continue;
        const double v = up->value();
        const bool enoughCut = from - v >= 0.5 * (from - amount) - kEps;
        const std::optional<Composition> single = r->compose(Milligrams(v));
        double ml = 0.0;
        if (single)
            for (const Piece &p : single->pieces)
                ml += p.product.isLiquid() ? p.count : 0.0;
        if (enoughCut && v < from - kEps && ml <= kMaxSingleLiquidMl + kEps)
            return v;
    }
    return mixed;
}

// A dose that needs the liquid is rounded to a measure a patient and a pharmacist can read and
// check: a whole multiple of the coarsest of kMeasures that is at most 5 % of the dose (a 1.76 mg
// dose, 4.4 mL of 2 mg/5 mL, becomes one 2 mg tablet; 12.14 mg, 1½ × 5 mg + 1 × 2 mg + 6.6 mL,
// becomes 12.5 mg of tablets), tablets alone preferred, then the liquid alone, then both.
// `alreadyCut`: what other doses of the day already give up; with it this dose may also stay. The rounded dose still
// makes at least half the intended cut from `from` and is never below `amount` (never beyond the rule). Doses of
// tablets alone are kept: every piece is already a measure.
double RegimenCutter::practical(double amount, double from, double mixed, double alreadyCut) const
{
    const double chosen = singleForm(amount, from, mixed);
    if (from <= amount + kEps || !m_rounder->hasLiquid())
        return chosen;
    const std::optional<Composition> c = m_rounder->compose(Milligrams(chosen));
    if (!c || !c->usesLiquid())
        return chosen;
    double grid = 0.0;
    for (double g : kMeasures)
        if (g <= kMeasureFraction * amount + kEps) {
            grid = g;
            break;
        }
    if (grid <= 0.0)
        grid = kMeasures[std::size(kMeasures) - 1];
    const double limit = amount + 0.5 * (from - amount + alreadyCut);
    const double highest = alreadyCut > kEps ? from + kEps : from - kEps;
    // The smallest measure of each kind: tablets alone, the liquid alone, both.
    std::optional<double> best[3];
    for (long long k = (long long)std::ceil(amount / grid - 1e-9);; ++k) {
        const double v = std::round(double(k) * grid * 1e6) / 1e6;
        if (v > limit + kEps || v > highest)
            break;
        const std::optional<Composition> made = m_rounder->compose(Milligrams(v));
        if (!made)
            continue;
        const int kind = !made->usesLiquid() ? 0 : oneForm(*made) ? 1 : 2;
        if (!best[kind])
            best[kind] = v;
    }
    if (best[0] || best[1])
        return best[0] ? *best[0] : *best[1];
    return oneForm(*c) || !best[2] ? chosen : *best[2];
}

double RegimenCutter::total(const QList<double> &doses)
{
    double t = 0.0;
    for (double d : doses)
        t += d;
    return t;
}

QList<int> RegimenCutter::cutOrder(const QList<double> &doses) const
{
    const int n = int(doses.size());
    QList<int> daytime;
    for (int i = 0; i + 1 < n; ++i)
        daytime.append(i);
    // Largest daytime dose first keeps the day balanced; on a tie the later dose goes first.
    std::stable_sort(daytime.begin(), daytime.end(), [&](int a, int b) {
        if (std::fabs(doses[a] - doses[b]) > kEps)
            return doses[a] > doses[b];
        return a > b;
    });
    QList<int> order;
    if (n == 0)
        return order;
    if (m_order == CutOrder::NightFirst) {
        order.append(n - 1);
        order.append(daytime);
    } else {
        order.append(daytime);
        order.append(n - 1);
    }
    return order;
}

double RegimenCutter::roundOne(double amount, RoundingMode mode) const
{
    if (amount <= kEps)
        return 0.0;
    const double lower = m_rounder->floorAmount(Milligrams(amount)).value();
    const std::optional<Milligrams> upperQ = m_rounder->ceilAmount(Milligrams(amount));
    if (!upperQ)
        return lower;
    const double upper = upperQ->value();
    if (mode == RoundingMode::NeverBeyondRule || upper - lower < kEps)
        return upper;
    const double dl = amount - lower, du = upper - amount;
    if (std::fabs(dl - du) > 1e-7)
        return dl < du ? lower : upper;
    // Tie: the amount that is an even multiple of the smallest piece.
    const double unit = m_rounder->smallestAmount().value();
    if (unit <= 0.0)
        return upper;
    const long long k = std::llround(lower / unit);
    return (k % 2 == 0) ? lower : upper;
}

QList<double> RegimenCutter::apply(const QList<double> &doses, double targetDaily, RoundingMode mode) const
{
    QList<double> out = doses;
    const double sum = total(doses);
    if (targetDaily <= kEps) {
        std::fill(out.begin(), out.end(), 0.0);
        return out;
    }
    if (targetDaily >= sum - kEps)
        return out;
    if (m_order == CutOrder::Proportional) {
        const double f = targetDaily / sum;
        for (qsizetype i = 0; i < out.size(); ++i)
            out[i] = doses[i] > 0.0 ? roundOne(doses[i] * f, mode) : 0.0;
        if (mode == RoundingMode::NeverBeyondRule)
            for (qsizetype i = 0; i < out.size(); ++i)
                if (doses[i] > 0.0)
                    out[i] = practical(doses[i] * f, doses[i], out[i], 0.0);
        return out;
    }
    double cut = sum - targetDaily, alreadyCut = 0.0;
    for (int idx : cutOrder(doses)) {
        if (doses[idx] <= kEps)
            continue;
        if (cut >= doses[idx] - kEps) {
            cut -= doses[idx];
            alreadyCut += doses[idx];
            out[idx] = 0.0;
            if (cut <= kEps)
                break;
            continue;
        }
        out[idx] = roundOne(doses[idx] - cut, mode);
        if (mode == RoundingMode::NeverBeyondRule)
            out[idx] = practical(doses[idx] - cut, doses[idx], out[idx], alreadyCut);
        break;
    }
    return out;
}

std::optional<QList<double>> RegimenCutter::nextLower(const QList<double> &doses) const
{
    QList<int> order = cutOrder(doses);
    if (m_order == CutOrder::Proportional) {
        // Take the smallest step from the largest dose.
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return doses[a] > doses[b]; });
    }
    for (int idx : order) {
        if (doses[idx] <= kEps)
            continue;
        QList<double> out = doses;
        out[idx] = m_rounder->belowAmount(Milligrams(doses[idx])).value();
        if (out[idx] < doses[idx] - kEps)
            return out;
    }
    return std::nullopt;
}

QList<double> RegimenCutter::roundEach(const QList<double> &doses) const
{
    QList<double> out = doses;
    for (double &d : out)
        d = roundOne(d, RoundingMode::Nearest);
    return out;
}

} // namespace lento
