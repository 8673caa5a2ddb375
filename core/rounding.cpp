// Rounding doses to real products: exact integer-grid search for the composition with the
// fewest handled pieces, the representable amounts around a target, and the product-list
// syntax a pharmacy's stock is given in.
#include "rounding.h"

#include "inputlimits.h"
#include "numberformat.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace lento {

QString quarterParts(double count, int *whole)
{
    const int quarters = int(std::lround(count * 4.0));
    *whole = quarters / 4;
    switch (quarters % 4) {
    case 1:
        return QStringLiteral("¼");
    case 2:
        return QStringLiteral("½");
    case 3:
        return QStringLiteral("¾");
    default:
        return {};
    }
}

namespace {

// Amounts are integers of 10 ng, so ¼ × 0.125 mg and 0.1 mL of 2 mg/5 mL are exact.
constexpr double kUnitsPerMg = 100000.0;
constexpr long long kInf = std::numeric_limits<long long>::max() / 4;
// Cost weights: a whole unit costs 100, a half 101, a quarter 102 (fewest pieces first, then
// the fewest splits); a liquid measure 103 (one oral syringe fill of up to 10 mL).
constexpr long long kWhole = 100, kHalf = 101, kQuarter = 102, kLiquid = 103;
constexpr double kSyringeMl = 10.0;
// Tablets and a liquid in one dose are a last resort: one form per dose is easier to take and to
// check, so a mixture costs as much as ten more pieces ("1 × 5 mg + 1 × 2 mg + 1 × 2 mg", not
// "1 × 5 mg + 10 mL").
constexpr long long kMixedForms = 1000;
constexpr long long kExtraFill = 500;

long long toUnits(double mg)
{
    return std::llround(mg * kUnitsPerMg);
}
double toMg(long long units)
{
    return double(units) / kUnitsPerMg;
}

QString fractionText(double count)
{
    int whole = 0;
    const QString frac = quarterParts(count, &whole);
    if (whole == 0)
        return frac.isEmpty() ? QStringLiteral("0") : frac;
    return QString::number(whole) + frac;
}

QString formId(Product::Form f)
{
    switch (f) {
    case Product::Form::Tablet:
        return QStringLiteral("tablet");
    case Product::Form::Capsule:
        return QStringLiteral("capsule");
    case Product::Form::Liquid:
        return QStringLiteral("liquid");
    }
    return QString();
}

QString concentrationText(const Product &p)
{
    if (p.perMl == 1.0)
        return formatNumber(p.strength.value(), 4) + QStringLiteral(" mg/mL");
    return formatNumber(p.strength.value(), 4) + QStringLiteral(" mg/") + formatNumber(p.perMl, 4)
        + QStringLiteral(" mL");
}

// One purchasable item in the search: a whole unit (unbounded), a half or a quarter (0/1).
struct Item
{
    int product = 0;
    long long size = 0; // units of 10 ng
    long long cost = 0;
    double count = 0.0; // tablet units it represents
    bool unbounded = false;
};

} // namespace

// ---- Piece / Composition ---------------------------------------------------------------

Milligrams Piece::mg() const
{
    if (product.isLiquid())
        return Milligrams(count * product.mgPerMl());
    return Milligrams(count * product.strength.value());
}

int Piece::handled() const
{
    if (product.isLiquid())
        return count > 0.0 ? int(std::ceil(count / kSyringeMl - 1e-9)) : 0;
    const int quarters = int(std::lround(count * 4.0));
    const int whole = quarters / 4;
    const int rest = quarters % 4;
    return whole + (rest == 3 ? 2 : (rest > 0 ? 1 : 0));
}

QString Piece::describe() const
{
    if (product.isLiquid())
        return formatNumber(count, 4) + QStringLiteral(" mL of ") + concentrationText(product);
    return fractionText(count) + QStringLiteral(" × ") + formatNumber(product.strength.value(), 4)
        + QStringLiteral(" mg");
}

QJsonObject Piece::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("form"), formId(product.form));
    o.insert(QStringLiteral("strength_mg"), product.strength.value());
    if (product.isLiquid()) {
        o.insert(QStringLiteral("per_ml"), product.perMl);
        o.insert(QStringLiteral("ml"), count);
    } else {
        o.insert(QStringLiteral("count"), count);
    }
    o.insert(QStringLiteral("mg"), mg().value());
    o.insert(QStringLiteral("text"), describe());
    return o;
}

Milligrams Composition::total() const
{
    Milligrams t(0.0);
    for (const Piece &p : pieces)
        t += p.mg();
    return t;
}

int Composition::handled() const
{
    int n = 0;
    for (const Piece &p : pieces)
        n += p.handled();
    return n;
}

bool Composition::usesLiquid() const
{
    return std::any_of(pieces.begin(), pieces.end(), [](const Piece &p) { return p.product.isLiquid(); });
}

QString Composition::describe() const
{
    if (pieces.isEmpty())
        return QStringLiteral("none");
    QStringList parts;
    for (const Piece &p : pieces)
        parts << p.describe();
    return parts.join(QStringLiteral(" + "));
}

QJsonArray Composition::piecesJson() const
{
    QJsonArray a;
    for (const Piece &p : pieces)
        a.append(p.toJson());
    return a;
}

// ---- Product lists -----------------------------------------------------------------------

Expected<QList<Product>> parseProductSpec(const QString &spec)
{
    const QString flag = QStringLiteral("--products");
    QList<Product> out;
    const QStringList items = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.isEmpty())
        return Error {flag, QStringLiteral("no products given")};
    if (items.size() > limits::kMaxProducts)
        return Error {
            flag, QStringLiteral("at most %1 products (found %2)").arg(limits::kMaxProducts).arg(items.size())};
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("%1 item %2 (\"%3\")").arg(flag).arg(i + 1).arg(items[i].trimmed());
        const QStringList f = items[i].trimmed().split(QLatin1Char(':'));
        const QString kind = f.value(0).trimmed().toLower();
        Product p;
        if (kind == QStringLiteral("tablet") || kind == QStringLiteral("capsule")) {
            p.form = kind == QStringLiteral("tablet") ? Product::Form::Tablet : Product::Form::Capsule;
            if (f.size() < 2 || f.size() > 3)
                return Error {where, QStringLiteral("expected tablet:STRENGTH_MG[:whole|half|quarter]")};
            QString s = f[1].trimmed().toLower();
            if (s.endsWith(QStringLiteral("mg")))
                s.chop(2);
            bool ok = false;
            const double mg = s.toDouble(&ok);
            if (!ok || !(mg > 0.0) || !std::isfinite(mg))
                return Error {where, QStringLiteral("strength must be a number of mg > 0")};
            if (mg > limits::kMaxStrengthMg)
                return Error {where, QStringLiteral("strength must be at most %1 mg").arg(limits::kMaxStrengthMg)};
            p.strength = Milligrams(mg);
            const QString split = f.value(2, QStringLiteral("whole")).trimmed().toLower();
            if (split == QStringLiteral("whole") || split == QStringLiteral("1"))
                p.splits = 1;
            else if (split == QStringLiteral("half") || split == QStringLiteral("2"))
                p.splits = 2;
            else if (split == QStringLiteral("quarter") || split == QStringLiteral("4"))
                p.splits = 4;
            else
                return Error {where, QStringLiteral("smallest piece must be whole, half or quarter")};
            if (p.form == Product::Form::Capsule && p.splits != 1)
                return Error {where, QStringLiteral("capsules cannot be split")};
        } else if (kind == QStringLiteral("liquid")) {
            p.form = Product::Form::Liquid;
            if (f.size() < 2 || f.size() > 3)
                return Error {where, QStringLiteral("expected liquid:Xmg/YmL[:RESOLUTIONmL]")};
            const QStringList conc = f[1].trimmed().toLower().split(QLatin1Char('/'));
            if (conc.size() != 2 || !conc[0].endsWith(QStringLiteral("mg")) || !conc[1].endsWith(QStringLiteral("ml")))
                return Error {where, QStringLiteral("concentration must look like 2mg/5mL or 1mg/mL")};
            bool ok1 = false, ok2 = true;
            const double mg = conc[0].chopped(2).toDouble(&ok1);
            const QString volText = conc[1].chopped(2);
            const double ml = volText.isEmpty() ? 1.0 : volText.toDouble(&ok2);
            if (!ok1 || !ok2 || !(mg > 0.0) || !(ml > 0.0) || !std::isfinite(mg) || !std::isfinite(ml))
                return Error {where, QStringLiteral("concentration must be positive numbers (e.g. 2mg/5mL)")};
            if (mg / ml > limits::kMaxStrengthMg || ml > 1000.0)
                return Error {where,
                    QStringLiteral("concentration must be at most %1 mg per mL, in at most 1000 mL")
                        .arg(limits::kMaxStrengthMg)};
            p.strength = Milligrams(mg);
            p.perMl = ml;
            if (f.size() == 3) {
                QString r = f[2].trimmed().toLower();
                if (r.endsWith(QStringLiteral("ml")))
                    r.chop(2);
                bool ok = false;
                const double res = r.toDouble(&ok);
                if (!ok || !(res > 0.0) || !(res <= 10.0))
                    return Error {where, QStringLiteral("resolution must be a volume in mL, > 0 and ≤ 10")};
                p.resolutionMl = res;
            }
        } else {
            return Error {where, QStringLiteral("form must be tablet, capsule or liquid")};
        }
        p.label = QStringLiteral("pharmacy stock");
        out.append(p);
    }
    return out;
}

QString productSpec(const QList<Product> &products)
{
    QStringList items;
    for (const Product &p : products) {
        if (p.isLiquid()) {
            items << QStringLiteral("liquid:%1mg/%2mL:%3mL")
                         .arg(formatNumber(p.strength.value(), 4),
                             p.perMl == 1.0 ? QString() : formatNumber(p.perMl, 4), formatNumber(p.resolutionMl, 4));
        } else {
            const QString split = p.splits >= 4 ? QStringLiteral("quarter")
                : p.splits == 2                 ? QStringLiteral("half")
                                                : QStringLiteral("whole");
            items << QStringLiteral("%1:%2:%3").arg(formId(p.form), formatNumber(p.strength.value(), 4), split);
        }
    }
    return items.join(QLatin1Char(','));
}

QList<Product> productsFor(const DrugParams &drug, const QString &region, FormsAllowed forms)
{
    QList<Product> out;
    for (const Product &p : drug.products.value(region)) {
        if (p.isLiquid() ? forms == FormsAllowed::Tablets : forms == FormsAllowed::Liquid)
            continue;
        out.append(p);
    }
    return out;
}

// ---- DoseRounder -------------------------------------------------------------------------

DoseRounder::DoseRounder(QString drug, QList<Product> products)
    : m_drug(std::move(drug)), m_products(std::move(products))
{
    for (const Product &p : std::as_const(m_products)) {
        if (p.isLiquid()) {
            const long long step = toUnits(p.resolutionMl * p.mgPerMl());
            if (step > 0)
                m_liquidStep = m_liquidStep == 0 ? step : std::min(m_liquidStep, step);
        }
    }
}

// Cost of measuring `units` from one liquid (the smallest volume any liquid gives exactly): one
// measure, and more for each further started 10 mL syringe. kInf if no liquid measures it exactly.
long long DoseRounder::liquidCost(long long units, int *product, double *ml) const
{
    if (units == 0)
        return 0;
    int best = -1;
    double bestMl = 0.0;
    for (qsizetype i = 0; i < m_products.size(); ++i) {
        const Product &p = m_products[i];
        if (!p.isLiquid())
            continue;
        const long long step = toUnits(p.resolutionMl * p.mgPerMl());
        if (step <= 0 || units % step != 0)
            continue;
        const double v = double(units / step) * p.resolutionMl;
        if (best < 0 || v < bestMl) {
            best = int(i);
            bestMl = v;
        }
    }
    if (best < 0)
        return kInf;
    if (product)
        *product = best;
    if (ml)
        *ml = std::round(bestMl * 10000.0) / 10000.0;
    // More than one syringe fill is a chore and a source of error: each further fill costs as
    // much as five pieces, so 8 mg is "1 × 5 mg + 1½ × 2 mg", not "20 mL of 2 mg/5 mL".
    const long long fills = (long long)std::ceil(bestMl / kSyringeMl - 1e-9);
    return kLiquid + std::max<long long>(0, fills - 1) * kExtraFill;
}

bool DoseRounder::hasLiquid() const
{
    return m_liquidStep > 0;
}

namespace {

struct TabletTable
{
    long long grid = 0; // units per DP cell (gcd of all tablet item sizes)
    std::vector<Item> items;
    std::vector<std::vector<long long>> cost; // cost[i][v]: best using items 0..i
    std::vector<std::vector<int>> used; // how many of item i in that best
    const std::vector<long long> & final() const { return cost.back(); }
};

std::vector<Item> tabletItems(const QList<Product> &products)
{
    std::vector<Item> items;
    for (qsizetype i = 0; i < products.size(); ++i) {
        const Product &p = products[i];
        if (p.isLiquid())
            continue;
        const long long whole = toUnits(p.strength.value());
        if (whole <= 0)
            continue;
        const int splits = p.form == Product::Form::Capsule ? 1 : p.splits;
        items.push_back({int(i), whole, kWhole, 1.0, true});
        if (splits >= 2)
            items.push_back({int(i), toUnits(p.strength.value() / 2.0), kHalf, 0.5, false});
        if (splits >= 4)
            items.push_back({int(i), toUnits(p.strength.value() / 4.0), kQuarter, 0.25, false});
    }
    return items;
}

// Min-cost knapsack over a grid of `limit` units, remembering each item's count for rebuilding.
TabletTable buildTable(const QList<Product> &products, long long limit)
{
    TabletTable t;
    t.items = tabletItems(products);
    if (t.items.empty())
        return t;
    long long g = 0;
    for (const Item &it : t.items)
        g = std::gcd(g, it.size);
    t.grid = g;
    const size_t n = size_t(std::max<long long>(0, limit / g)) + 1;
    std::vector<long long> prev(n, kInf);
    prev[0] = 0;
    for (const Item &it : t.items) {
        std::vector<long long> cur(prev);
        std::vector<int> cnt(n, 0);
        const size_t s = size_t(it.size / g);
        if (it.unbounded) {
            for (size_t v = s; v < n; ++v) {
                if (cur[v - s] < kInf && cur[v - s] + it.cost < cur[v]) {
                    cur[v] = cur[v - s] + it.cost;
                    cnt[v] = cnt[v - s] + 1;
                }
            }
        } else {
            for (size_t v = s; v < n; ++v) {
                if (prev[v - s] < kInf && prev[v - s] + it.cost < cur[v]) {
                    cur[v] = prev[v - s] + it.cost;
                    cnt[v] = 1;
                }
            }
        }
        t.cost.push_back(cur);
        t.used.push_back(std::move(cnt));
        prev = std::move(cur);
    }
    return t;
}

} // namespace

int DoseRounder::composeMinimal(long long targetUnits, QList<Piece> *pieces) const
{
    // Tablets cover v·grid, the liquid (if any) the rest in multiples of its step.
    const TabletTable table = buildTable(m_products, targetUnits);
    long long bestCost = kInf;
    long long bestTablet = -1;
    if (table.items.empty()) {
        bestCost = liquidCost(targetUnits, nullptr, nullptr);
        bestTablet = 0;
    } else {
        const std::vector<long long> &fin = table.final();
        for (size_t v = 0; v < fin.size(); ++v) {
            if (fin[v] >= kInf)
                continue;
            const long long rest = targetUnits - (long long)v * table.grid;
            if (rest < 0)
                break;
            long long lc = liquidCost(rest, nullptr, nullptr);
            if (lc >= kInf)
                continue;
            if (v > 0 && rest > 0)
                lc += kMixedForms;
            if (fin[v] + lc < bestCost) {
                bestCost = fin[v] + lc;
                bestTablet = (long long)v * table.grid;
            }
        }
    }
    if (bestCost >= kInf)
        return -1;
    if (!pieces)
        return int(bestCost);

    // Rebuild the tablet part item by item from the last layer back.
    QMap<int, double> counts; // product index -> units
    if (!table.items.empty() && bestTablet > 0) {
        long long v = bestTablet / table.grid;
        for (int i = int(table.items.size()) - 1; i >= 0 && v > 0; --i) {
            const int k = table.used[size_t(i)][size_t(v)];
            if (k > 0) {
                counts[table.items[size_t(i)].product] += k * table.items[size_t(i)].count;
                v -= k * (table.items[size_t(i)].size / table.grid);
            }
        }
    }
    QList<Piece> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append(Piece {it.key(), m_products[it.key()], it.value()});
    const long long rest = targetUnits - bestTablet;
    if (rest > 0) {
        int best = -1;
        double ml = 0.0;
        if (liquidCost(rest, &best, &ml) >= kInf)
            return -1;
        out.append(Piece {best, m_products[best], ml});
    }
    std::sort(out.begin(), out.end(), [](const Piece &a, const Piece &b) {
        if (a.product.isLiquid() != b.product.isLiquid())
            return !a.product.isLiquid();
        return a.product.strength > b.product.strength;
    });
    *pieces = out;
    return int(bestCost);
}

std::optional<Composition> DoseRounder::compose(Milligrams amount) const
{
    const long long target = toUnits(amount.value());
    if (target < 0)
        return std::nullopt;
    Composition c;
    c.drug = m_drug;
    if (target == 0)
        return c;
    if (composeMinimal(target, &c.pieces) < 0)
        return std::nullopt;
    return c;
}

bool DoseRounder::representable(Milligrams amount) const
{
    const long long target = toUnits(amount.value());
    if (target == 0)
        return true;
    if (target < 0 || std::fabs(toMg(target) - amount.value()) > 1e-6)
        return false;
    return composeMinimal(target, nullptr) >= 0;
}

Milligrams DoseRounder::belowAmount(Milligrams amount) const
{
    const long long x = toUnits(amount.value());
    return x <= 1 ? Milligrams(0.0) : floorAmount(Milligrams(toMg(x - 1)));
}

Milligrams DoseRounder::floorAmount(Milligrams amount) const
{
    const long long x = toUnits(amount.value() + 1e-9);
    if (x <= 0)
        return Milligrams(0.0);
    const TabletTable table = buildTable(m_products, x);
    long long best = 0;
    if (table.items.empty()) {
        if (m_liquidStep > 0)
            best = (x / m_liquidStep) * m_liquidStep;
    } else {
        const std::vector<long long> &fin = table.final();
        for (size_t v = 0; v < fin.size(); ++v) {
            if (fin[v] >= kInf)
                continue;
            long long t = (long long)v * table.grid;
            if (t > x)
                break;
            if (m_liquidStep > 0)
                t += ((x - t) / m_liquidStep) * m_liquidStep;
            best = std::max(best, t);
        }
    }
    return Milligrams(toMg(best));
}

std::optional<Milligrams> DoseRounder::ceilAmount(Milligrams amount) const
{
    const long long x = toUnits(amount.value() - 1e-9);
    if (x <= 0)
        return Milligrams(0.0);
    if (m_products.isEmpty())
        return std::nullopt;
    long long largest = m_liquidStep;
    for (const Item &it : tabletItems(m_products))
        largest = std::max(largest, it.size);
    const TabletTable table = buildTable(m_products, x + largest);
    long long best = kInf;
    if (table.items.empty()) {
        if (m_liquidStep > 0)
            best = ((x + m_liquidStep - 1) / m_liquidStep) * m_liquidStep;
    } else {
        const std::vector<long long> &fin = table.final();
        for (size_t v = 0; v < fin.size(); ++v) {
            if (fin[v] >= kInf)
                continue;
            long long t = (long long)v * table.grid;
            if (t < x && m_liquidStep > 0)
                t += ((x - t + m_liquidStep - 1) / m_liquidStep) * m_liquidStep;
            if (t >= x)
                best = std::min(best, t);
        }
    }
    if (best >= kInf)
        return std::nullopt;
    return Milligrams(toMg(best));
}

Milligrams DoseRounder::smallestAmount() const
{
    long long best = m_liquidStep > 0 ? m_liquidStep : kInf;
    for (const Item &it : tabletItems(m_products))
        best = std::min(best, it.size);
    return Milligrams(best >= kInf ? 0.0 : toMg(best));
}

QString formsId(FormsAllowed f)
{
    switch (f) {
    case FormsAllowed::Tablets:
        return QStringLiteral("tablets");
    case FormsAllowed::Liquid:
        return QStringLiteral("liquid");
    case FormsAllowed::TabletsAndLiquid:
        return QStringLiteral("tablets+liquid");
    }
    return QString();
}

std::optional<FormsAllowed> formsFromId(const QString &id)
{
    if (id == QStringLiteral("tablets"))
        return FormsAllowed::Tablets;
    if (id == QStringLiteral("liquid"))
        return FormsAllowed::Liquid;
    if (id == QStringLiteral("tablets+liquid") || id == QStringLiteral("both"))
        return FormsAllowed::TabletsAndLiquid;
    return std::nullopt;
}

FormsAllowed formsOf(const QList<Product> &products)
{
    bool tablets = false, liquid = false;
    for (const Product &p : products)
        (p.isLiquid() ? liquid : tablets) = true;
    if (tablets && liquid)
        return FormsAllowed::TabletsAndLiquid;
    return liquid ? FormsAllowed::Liquid : FormsAllowed::Tablets;
}

} // namespace lento
