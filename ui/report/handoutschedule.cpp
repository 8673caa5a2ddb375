// Builds the handout calendar from a plan (see handoutschedule.h).
#include "handoutschedule.h"

#include "plandocument.h"
#include "planner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lento::report {

namespace {

bool sameAmount(double a, double b)
{
    return std::abs(a - b) <= 1e-6 + 1e-6 * std::max(std::abs(a), std::abs(b));
}

// A piece as the planner wrote it (Piece::toJson); nullopt when anything is missing or odd.
std::optional<Piece> pieceFromJson(const QJsonObject &o)
{
    Piece p;
    const QString form = o.value(QStringLiteral("form")).toString();
    const double strength = o.value(QStringLiteral("strength_mg")).toDouble(-1.0);
    if (!(strength > 0.0) || !std::isfinite(strength))
        return std::nullopt;
    p.product.strength = Milligrams(strength);
    if (form == QLatin1String("liquid")) {
        p.product.form = Product::Form::Liquid;
        p.product.perMl = o.value(QStringLiteral("per_ml")).toDouble(-1.0);
        p.count = o.value(QStringLiteral("ml")).toDouble(-1.0);
        if (!(p.product.perMl > 0.0))
            return std::nullopt;
    } else if (form == QLatin1String("tablet") || form == QLatin1String("capsule")) {
        p.product.form = form == QLatin1String("tablet") ? Product::Form::Tablet : Product::Form::Capsule;
        p.count = o.value(QStringLiteral("count")).toDouble(-1.0);
        const double quarters = p.count * 4.0;
        if (std::abs(quarters - std::round(quarters)) > 1e-9)
            return std::nullopt;
        const int q = int(std::lround(quarters)) % 4;
        p.product.splits = q == 0 ? 1 : (q == 2 ? 2 : 4);
    } else {
        return std::nullopt;
    }
    if (!(p.count > 0.0) || !std::isfinite(p.count))
        return std::nullopt;
    return p;
}

// The annotated composition of `dose` in `step`, if the planner's annotation still matches it.
std::optional<Composition> annotated(const Step &step, const Dose &dose)
{
    const QString time = PlanDocument::formatTime(dose.minuteOfDay);
    const QJsonArray list = step.annotations.value(QStringLiteral("compositions")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("drug")).toString() != dose.drug
            || c.value(QStringLiteral("time")).toString() != time)
            continue;
        Composition comp;
        comp.drug = dose.drug;
        const QJsonArray pieces = c.value(QStringLiteral("pieces")).toArray();
        for (const QJsonValue &pv : pieces) {
            const std::optional<Piece> p = pieceFromJson(pv.toObject());
            if (!p)
                return std::nullopt;
            comp.pieces.append(*p);
        }
        if (!comp.pieces.isEmpty() && sameAmount(comp.total().value(), dose.mg.value()))
            return comp;
        return std::nullopt;
    }
    return std::nullopt;
}

bool sameDoses(const QList<ScheduledDose> &a, const QList<ScheduledDose> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].drug != b[i].drug || a[i].minuteOfDay != b[i].minuteOfDay
            || !sameAmount(a[i].mg.value(), b[i].mg.value()))
            return false;
    return true;
}

// Which products make the doses of each drug.
class ProductSource
{
public:
    ProductSource(const Plan &plan, const Catalogue &catalogue, const QString &region)
        : m_catalogue(catalogue), m_region(region.isEmpty() ? QStringLiteral("uk") : region)
    {
        m_planner = plan.extra.value(QStringLiteral("planner")).toObject();
    }

    Expected<bool> prepare()
    {
        if (m_planner.isEmpty())
            return true;
        const Expected<PlannerRequest> req = PlannerRequest::fromJson(m_planner);
        if (!req)
            return Error {QStringLiteral("planner.") + req.error().path, req.error().message};
        m_hasPlanner = true;
        m_region = req->region;
        m_forms = req->forms;
        m_tapered = m_planner.value(QStringLiteral("tapered_drug")).toString();
        if (m_tapered.isEmpty())
            m_tapered = !req->switchTo.isEmpty() ? req->switchTo
                                                 : (req->current.isEmpty() ? QString() : req->current.first().drug);
        QList<Product> products = req->products;
        const QString used = m_planner.value(QStringLiteral("products_used")).toString();
        if (!used.isEmpty()) {
            const Expected<QList<Product>> parsed = parseProductSpec(used);
            if (!parsed)
                return Error {QStringLiteral("planner.products_used"), parsed.error().message};
            products = parsed.value();
        }
        if (!products.isEmpty() && !m_tapered.isEmpty())
            m_rounders.insert(m_tapered, DoseRounder(m_tapered, products));
        return true;
    }

    QString tapered() const { return m_tapered; }

    std::optional<Composition> compose(const QString &drug, Milligrams mg)
    {
        if (!m_rounders.contains(drug)) {
            const DrugParams *d = m_catalogue.find(drug);
            QList<Product> products;
            if (d) {
                // As the planner does: the tapered drug in the chosen forms, others in any form.
                const FormsAllowed forms = !m_hasPlanner ? FormsAllowed::Tablets
                    : drug == m_tapered                  ? m_forms
                                                         : FormsAllowed::TabletsAndLiquid;
                products = productsFor(*d, m_region, forms);
            }
            m_rounders.insert(drug, DoseRounder(drug, products));
        }
        if (std::optional<Composition> c = m_rounders[drug].compose(mg))
            return c;
        if (!m_hasPlanner) {
            // Hand-written plan: an amount tablets cannot make may still be measured as a liquid.
            if (const DrugParams *d = m_catalogue.find(drug))
                return DoseRounder(drug, productsFor(*d, m_region, FormsAllowed::TabletsAndLiquid)).compose(mg);
        }
        return std::nullopt;
    }

private:
    const Catalogue &m_catalogue;
    QString m_region;
    QJsonObject m_planner;
    bool m_hasPlanner = false;
    FormsAllowed m_forms = FormsAllowed::Tablets;
    QString m_tapered;
    QMap<QString, DoseRounder> m_rounders;
};

} // namespace

QMap<QString, double> ScheduleRow::dailyMg() const
{
    QMap<QString, double> m;
    for (const ScheduledDose &d : doses)
        m[d.drug] += d.mg.value();
    return m;
}

Expected<HandoutSchedule> HandoutSchedule::build(
    const Plan &plan, const Catalogue &catalogue, const QDate &start, const QString &region)
{
    if (!start.isValid())
        return Error {QStringLiteral("start_date"), QStringLiteral("the plan has no start date; give one")};
    if (plan.steps.isEmpty())
        return Error {
            QStringLiteral("steps"), QStringLiteral("the plan has no steps, so there is no calendar to print")};

    ProductSource source(plan, catalogue, region);
    if (Expected<bool> ok = source.prepare(); !ok)
        return ok.error();

    HandoutSchedule s;
    s.m_start = start;
    auto scheduled = [&](const QList<Dose> &doses, const Step *step, const QString &where) {
        QList<ScheduledDose> out;
        for (const Dose &d : doses) {
            ScheduledDose sd;
            sd.drug = d.drug;
            sd.minuteOfDay = d.minuteOfDay;
            sd.mg = d.mg;
            if (step)
                sd.composition = annotated(*step, d);
            if (!sd.composition)
                sd.composition = source.compose(d.drug, d.mg);
            if (!sd.composition)
                s.m_problems << QCoreApplication::translate("HandoutSchedule", "%1, %2: no product makes %3 mg of %4")
                                    .arg(where, PlanDocument::formatTime(d.minuteOfDay),
                                        QLocale().toString(d.mg.value(), 'g', 6), d.drug);
            out.append(sd);
        }
        std::stable_sort(out.begin(), out.end(), [](const ScheduledDose &a, const ScheduledDose &b) {
            return a.minuteOfDay != b.minuteOfDay ? a.minuteOfDay < b.minuteOfDay : a.drug < b.drug;
        });
        return out;
    };

    QList<ScheduleRow> rows;
    const int firstDay = plan.steps.first().day;
    if (firstDay > 0 && !plan.current.isEmpty()) {
        ScheduleRow r;
        r.from = start;
        r.to = start.addDays(firstDay - 1);
        r.doses = scheduled(plan.current, nullptr, QStringLiteral("current"));
        r.beforePlan = true;
        rows.append(r);
    }
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const Step &step = plan.steps[i];
        ScheduleRow r;
        r.from = start.addDays(step.day);
        if (i + 1 < plan.steps.size())
            r.to = start.addDays(plan.steps[i + 1].day - 1);
        r.doses = scheduled(step.doses, &step, QStringLiteral("steps[%1]").arg(i));
        if (!step.note.trimmed().isEmpty())
            r.notes << step.note.trimmed();
        // Consecutive steps with the same doses read as one stretch on paper.
        if (!rows.isEmpty() && !r.doses.isEmpty() && sameDoses(rows.last().doses, r.doses)) {
            ScheduleRow &prev = rows.last();
            prev.to = r.to;
            prev.beforePlan = false;
            prev.notes << r.notes;
            continue;
        }
        rows.append(r);
    }
    s.m_rows = rows;

    for (const ScheduleRow &r : std::as_const(s.m_rows))
        for (const ScheduledDose &d : r.doses)
            if (!s.m_drugs.contains(d.drug))
                s.m_drugs << d.drug;
    const QList<Dose> &before = plan.current.isEmpty() ? plan.steps.first().doses : plan.current;
    for (const Dose &d : before)
        if (!s.m_startingDrugs.contains(d.drug))
            s.m_startingDrugs << d.drug;
    s.m_tapered = source.tapered();
    if (s.m_tapered.isEmpty() || !s.m_drugs.contains(s.m_tapered)) {
        // The drug of the last doses taken is the one being lowered.
        s.m_tapered.clear();
        for (auto it = s.m_rows.crbegin(); it != s.m_rows.crend() && s.m_tapered.isEmpty(); ++it)
            if (!it->doses.isEmpty())
                s.m_tapered = it->doses.last().drug;
        if (s.m_tapered.isEmpty() && !s.m_startingDrugs.isEmpty())
            s.m_tapered = s.m_startingDrugs.first();
    }
    return s;
}

} // namespace lento::report
