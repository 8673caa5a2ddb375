// Sharing a daily cut between dose times and rounding each dose to real products.
#include "plannerregimen.h"

#include <algorithm>
#include <cmath>

namespace lento {

namespace {
constexpr double kEps = 1e-9;
constexpr double kMaxSingleLiquidMl = 10.0; // one oral syringe measure
}

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
                    out[i] = singleForm(doses[i] * f, doses[i], out[i]);
        return out;
    }
    double cut = sum - targetDaily;
    for (int idx : cutOrder(doses)) {
        if (doses[idx] <= kEps)
            continue;
        if (cut >= doses[idx] - kEps) {
            cut -= doses[idx];
            out[idx] = 0.0;
            if (cut <= kEps)
                break;
            continue;
        }
        out[idx] = roundOne(doses[idx] - cut, mode);
        if (mode == RoundingMode::NeverBeyondRule)
            out[idx] = singleForm(doses[idx] - cut, doses[idx], out[idx]);
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
