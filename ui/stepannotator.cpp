// Re-derivation of step annotations after hand edits (see stepannotator.h and the annotation
// list at the top of core/planner.h).
#include "stepannotator.h"

#include "modelinput.h"
#include "plandocument.h"
#include "simulator.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace lento::ui {

namespace {

const QString kPlannerKey = QStringLiteral("planner");

double roundTo(double v, double unit)
{
    return std::round(v / unit) * unit;
}

QSet<QString> drugSet(const QList<Dose> &doses)
{
    QSet<QString> s;
    for (const Dose &d : doses)
        s.insert(d.drug);
    return s;
}

} // namespace

StepAnnotator::StepAnnotator(const Plan &plan, const Catalogue &catalogue, const PlannerRequest &fallback)
    : m_catalogue(catalogue), m_request(fallback), m_model(plan.model), m_plan(plan)
{
    const QJsonValue planner = plan.extra.value(kPlannerKey);
    if (planner.isObject()) {
        auto parsed = PlannerRequest::fromJson(planner.toObject());
        if (parsed.ok())
            m_request = parsed.value();
    }
    if (planner.isObject())
        m_taperedDrug = planner.toObject().value(QStringLiteral("tapered_drug")).toString();
    if (m_taperedDrug.isEmpty() && !m_request.switchTo.isEmpty())
        m_taperedDrug = m_request.switchTo;
    else if (m_taperedDrug.isEmpty() && !m_request.current.isEmpty())
        m_taperedDrug = m_request.current.first().drug;
}

std::optional<double> StepAnnotator::deqPerMg(const QString &drug) const
{
    auto it = m_deq.constFind(drug);
    if (it != m_deq.constEnd())
        return it.value();
    std::optional<double> v;
    auto resolved = resolveDrug(drug, m_plan, m_catalogue);
    if (resolved.ok() && resolved->diazepamEqMg > 0.0)
        v = 10.0 / resolved->diazepamEqMg;
    m_deq.insert(drug, v);
    return v;
}

double StepAnnotator::dailyDeq(const QList<Dose> &doses) const
{
    double total = 0.0;
    for (const Dose &d : doses)
        total += d.mg.value() * deqPerMg(d.drug).value_or(0.0);
    return total;
}

QMap<QString, double> StepAnnotator::dailyMg(const QList<Dose> &doses) const
{
    QMap<QString, double> m;
    for (const Dose &d : doses)
        m[d.drug] += d.mg.value();
    return m;
}

const DoseRounder &StepAnnotator::rounder(const QString &drug) const
{
    auto it = m_rounders.constFind(drug);
    if (it != m_rounders.constEnd())
        return it.value();
    QList<Product> products;
    if (drug == m_taperedDrug && !m_request.products.isEmpty()) {
        products = m_request.products;
    } else if (const DrugParams *p = m_catalogue.find(drug)) {
        products = productsFor(*p, m_request.region, m_request.forms);
    }
    return m_rounders.insert(drug, DoseRounder(drug, products)).value();
}

std::optional<Composition> StepAnnotator::compose(const QString &drug, Milligrams mg) const
{
    const QString key = drug + QLatin1Char('@') + QString::number(std::llround(mg.value() * 100000.0));
    auto it = m_compositions.constFind(key);
    if (it != m_compositions.constEnd())
        return it.value();
    const DoseRounder &r = rounder(drug);
    std::optional<Composition> c;
    if (!r.isEmpty())
        c = r.compose(mg);
    m_compositions.insert(key, c);
    return c;
}

Milligrams StepAnnotator::nearestAmount(const QString &drug, Milligrams mg) const
{
    const DoseRounder &r = rounder(drug);
    if (r.isEmpty() || r.representable(mg))
        return mg;
    const Milligrams down = r.floorAmount(mg);
    const std::optional<Milligrams> up = r.ceilAmount(mg);
    if (!up)
        return down;
    if (down.value() <= 0.0)
        return *up; // never round a dose away to nothing
    return (mg - down) <= (*up - mg) ? down : *up;
}

QJsonObject StepAnnotator::figuresFor(const Plan &plan, int index) const
{
    const Step &step = plan.steps[index];
    const QList<Dose> &previous = index == 0 ? plan.current : plan.steps[index - 1].doses;
    QJsonObject o;

    QJsonObject daily;
    const QMap<QString, double> mg = dailyMg(step.doses);
    for (auto it = mg.cbegin(); it != mg.cend(); ++it)
        daily.insert(it.key(), roundTo(it.value(), 1e-4));
    o.insert(QStringLiteral("daily_mg"), daily);

    const double deq = dailyDeq(step.doses);
    const double prevDeq = dailyDeq(previous);
    o.insert(QStringLiteral("daily_mg_deq"), roundTo(deq, 1e-4));
    if (prevDeq > 0.0)
        o.insert(QStringLiteral("realised_cut_pct"), roundTo(100.0 * (prevDeq - deq) / prevDeq, 0.01));
    const double before = occupancyPercent(prevDeq, m_model);
    const double after = occupancyPercent(deq, m_model);
    o.insert(QStringLiteral("occupancy_before"), roundTo(before, 0.01));
    o.insert(QStringLiteral("occupancy_after"), roundTo(after, 0.01));
    o.insert(QStringLiteral("occupancy_drop_pts"), roundTo(before - after, 0.01));
    if (index + 1 < plan.steps.size())
        o.insert(QStringLiteral("interval_days"), plan.steps[index + 1].day - step.day);

    QJsonArray comps;
    for (const Dose &d : step.doses) {
        QJsonObject c;
        c.insert(QStringLiteral("drug"), d.drug);
        c.insert(QStringLiteral("time"), PlanDocument::formatTime(d.minuteOfDay));
        c.insert(QStringLiteral("mg"), d.mg.value());
        const std::optional<Composition> comp = compose(d.drug, d.mg);
        if (comp) {
            c.insert(QStringLiteral("text"), comp->describe());
            c.insert(QStringLiteral("pieces"), comp->piecesJson());
        } else {
            c.insert(QStringLiteral("text"), QString());
            c.insert(QStringLiteral("pieces"), QJsonArray());
            c.insert(QStringLiteral("unavailable"), true); // no composition from these products
        }
        comps.append(c);
    }
    o.insert(QStringLiteral("compositions"), comps);

    // What kind of step this is, judged from the doses (used for hand-edited steps).
    QString kind;
    if (step.doses.isEmpty())
        kind = QStringLiteral("stop");
    else if (drugSet(step.doses) != drugSet(previous) && !previous.isEmpty())
        kind = QStringLiteral("crossover");
    else if (deq < prevDeq - 1e-9)
        kind = QStringLiteral("reduction");
    else if (deq > prevDeq + 1e-9)
        kind = QStringLiteral("increase");
    else
        kind = QStringLiteral("hold");
    o.insert(QStringLiteral("kind"), kind);
    return o;
}

void StepAnnotator::annotate(Plan &plan, int first, int last, const QList<int> &handEdited) const
{
    first = std::max(first, 0);
    last = std::min<int>(last, int(plan.steps.size()) - 1);
    static const QStringList derivedKeys = {QStringLiteral("daily_mg"), QStringLiteral("daily_mg_deq"),
        QStringLiteral("realised_cut_pct"), QStringLiteral("occupancy_before"), QStringLiteral("occupancy_after"),
        QStringLiteral("occupancy_drop_pts"), QStringLiteral("interval_days"), QStringLiteral("compositions")};
    // Planner explanations that describe how the planner made the old doses.
    static const QStringList staleKeys = {QStringLiteral("notes"), QStringLiteral("micro_taper"),
        QStringLiteral("peak_pressure"), QStringLiteral("rule_ratio"), QStringLiteral("interdose_swing_before"),
        QStringLiteral("interdose_swing_after")};
    for (int i = first; i <= last; ++i) {
        const QJsonObject figures = figuresFor(plan, i);
        QJsonObject a = plan.steps[i].annotations;
        for (const QString &k : derivedKeys)
            a.remove(k);
        for (auto it = figures.constBegin(); it != figures.constEnd(); ++it) {
            if (it.key() == QLatin1String("kind"))
                continue;
            a.insert(it.key(), it.value());
        }
        if (handEdited.contains(i)) {
            for (const QString &k : staleKeys)
                a.remove(k);
            a.insert(QStringLiteral("kind"), figures.value(QStringLiteral("kind")));
            a.insert(QStringLiteral("edited"), true);
        } else {
            // A neighbour's edit can turn a hold into a reduction (or back); crossovers and stops
            // named by the planner stay as they are.
            static const QStringList simpleKinds
                = {QStringLiteral("reduction"), QStringLiteral("hold"), QStringLiteral("increase")};
            const QString old = a.value(QStringLiteral("kind")).toString();
            const QString now = figures.value(QStringLiteral("kind")).toString();
            if (old.isEmpty() || (simpleKinds.contains(old) && simpleKinds.contains(now)))
                a.insert(QStringLiteral("kind"), now);
        }
        plan.steps[i].annotations = a;
    }
}

} // namespace lento::ui
