// Step annotations for planned tapers (keys documented in planner.h).
#include "plannerannotator.h"

#include "modelinput.h"
#include "numberformat.h"
#include "plandocument.h"
#include "simulator.h"
#include "strategy.h"

#include <QJsonArray>
#include <QMap>

#include <cmath>

namespace lento {

namespace {

double round4(double v)
{
    return std::round(v * 1e4) / 1e4;
}

double eqFor(const QString &drug, const Plan &plan, const Catalogue &catalogue)
{
    const QJsonObject o = plan.drugs.value(drug);
    if (o.value(QStringLiteral("diazepam_eq_mg")).isDouble())
        return o.value(QStringLiteral("diazepam_eq_mg")).toDouble();
    const DrugParams *d = catalogue.find(drug);
    return d ? d->diazepamEqMg : 0.0;
}

} // namespace

PlanAnnotator::PlanAnnotator(
    const PlannerRequest &request, const Catalogue &catalogue, const DoseRounder &rounder, const TaperRule &rule)
    : m_req(request), m_cat(catalogue), m_rounder(rounder), m_rule(rule)
{
}

double PlanAnnotator::dailyDeq(const QList<Dose> &doses, const Plan &plan, const Catalogue &catalogue)
{
    double sum = 0.0;
    for (const Dose &d : doses) {
        const double eq = eqFor(d.drug, plan, catalogue);
        if (eq > 0.0)
            sum += d.mg.value() * 10.0 / eq;
    }
    return sum;
}

QJsonArray PlanAnnotator::compositions(const QList<Dose> &doses, const QMap<int, double> &tabletBase) const
{
    QJsonArray out;
    QList<Product> tabletProducts, liquidProducts;
    for (const Product &p : m_rounder.products())
        (p.isLiquid() ? liquidProducts : tabletProducts) << p;
    const DoseRounder tablets(m_rounder.drug(), tabletProducts), liquid(m_rounder.drug(), liquidProducts);
    // A micro-taper day: the step's tablets plus the day's liquid (one combination all step long).
    // A composition from one form's rounder, its pieces indexed into the plan's product list.
    auto asOwn = [&](const Composition &from) {
        Composition c = from;
        const QList<Product> &all = m_rounder.products();
        for (Piece &p : c.pieces)
            for (qsizetype i = 0; i < all.size(); ++i)
                if (all[i].form == p.product.form && all[i].strength.value() == p.product.strength.value()
                    && all[i].perMl == p.product.perMl)
                    p.productIndex = int(i);
        return c;
    };
    auto fixedBase = [&](const Dose &d) -> std::optional<Composition> {
        if (d.drug != m_rounder.drug() || !tabletBase.contains(d.minuteOfDay))
            return std::nullopt;
        const double base = tabletBase.value(d.minuteOfDay);
        const std::optional<Composition> t
            = base > 1e-9 ? tablets.compose(Milligrams(base)) : std::optional<Composition>(Composition {});
        const double rest = d.mg.value() - base;
        const std::optional<Composition> l
            = rest > 1e-9 ? liquid.compose(Milligrams(rest)) : std::optional<Composition>(Composition {});
        if (!t || !l)
            return std::nullopt;
        Composition c;
        c.drug = d.drug;
        c.pieces = t->pieces + l->pieces;
        return asOwn(c);
    };
    for (const Dose &d : doses) {
        QJsonObject c;
        c.insert(QStringLiteral("drug"), d.drug);
        c.insert(QStringLiteral("time"), PlanDocument::formatTime(d.minuteOfDay));
        c.insert(QStringLiteral("mg"), round4(d.mg.value()));
        std::optional<Composition> comp;
        if (std::optional<Composition> fixed = fixedBase(d)) {
            comp = fixed;
        } else if (d.drug == m_rounder.drug()) {
            // One form per dose where the products allow: tablets alone before a mixture.
            comp = m_rounder.compose(d.mg);
            if (comp && comp->usesLiquid() && comp->pieces.size() > 1 && !tablets.isEmpty())
                if (std::optional<Composition> t = tablets.compose(d.mg); t && t->handled() <= comp->handled() + 2)
                    comp = asOwn(*t);
        } else if (const DrugParams *p = m_cat.find(d.drug)) {
            comp = DoseRounder(d.drug, productsFor(*p, m_req.region, FormsAllowed::TabletsAndLiquid)).compose(d.mg);
        }
        if (comp) {
            c.insert(QStringLiteral("text"), comp->describe());
            c.insert(QStringLiteral("pieces"), comp->piecesJson());
        } else {
            c.insert(QStringLiteral("text"), formatNumber(d.mg.value()) + QStringLiteral(" mg (no matching product)"));
            c.insert(QStringLiteral("pieces"), QJsonArray());
        }
        out.append(c);
    }
    return out;
}

Expected<bool> PlanAnnotator::annotate(Plan *plan, const QList<DraftStep> &drafts) const
{
    const QString strategy = strategyId(m_req.strategy);
    double prevDeq = dailyDeq(plan->current, *plan, m_cat);
    for (qsizetype i = 0; i < plan->steps.size(); ++i) {
        Step &step = plan->steps[i];
        const DraftStep &draft = drafts[i];
        QJsonObject a = draft.extra;
        a.insert(QStringLiteral("kind"), draft.kind);
        a.insert(QStringLiteral("strategy"), strategy);

        QMap<QString, double> perDrug;
        for (const Dose &d : step.doses)
            perDrug[d.drug] += d.mg.value();
        QJsonObject daily;
        for (auto it = perDrug.cbegin(); it != perDrug.cend(); ++it)
            daily.insert(it.key(), round4(it.value()));
        a.insert(QStringLiteral("daily_mg"), daily);
        const double deq = dailyDeq(step.doses, *plan, m_cat);
        a.insert(QStringLiteral("daily_mg_deq"), round4(deq));
        const double cut = prevDeq > 0.0 ? (prevDeq - deq) / prevDeq : 0.0;
        a.insert(QStringLiteral("realised_cut_pct"), std::round(cut * 1000.0) / 10.0);
        const double occBefore = occupancyPercent(prevDeq, plan->model);
        const double occAfter = occupancyPercent(deq, plan->model);
        a.insert(QStringLiteral("occupancy_before"), std::round(occBefore * 100.0) / 100.0);
        a.insert(QStringLiteral("occupancy_after"), std::round(occAfter * 100.0) / 100.0);
        a.insert(QStringLiteral("occupancy_drop_pts"), std::round((occBefore - occAfter) * 100.0) / 100.0);
        if (i + 1 < plan->steps.size())
            a.insert(QStringLiteral("interval_days"), plan->steps[i + 1].day - step.day);
        else
            a.remove(QStringLiteral("interval_days"));
        if (draft.kind == QStringLiteral("reduction") || draft.kind == QStringLiteral("stop")) {
            a.insert(QStringLiteral("rule_ratio"), std::round(draft.ruleRatio * 1000.0) / 1000.0);
            if (draft.ruleRatio > 1.0 + 1e-6 && draft.kind == QStringLiteral("reduction"))
                a.insert(QStringLiteral("rule_exceeded"), true);
            if (draft.breaksRule)
                a.insert(QStringLiteral("rule_broken"), true);
        }
        a.insert(QStringLiteral("compositions"), compositions(step.doses, draft.tabletBase));
        a.insert(QStringLiteral("notes"), QJsonArray::fromStringList(draft.notes));
        step.annotations = a;
        prevDeq = deq;
    }

    // Interdose swing of the old and the new regimen (crossover plans), from the engine.
    if (!plan->steps.isEmpty() && drafts.first().kind == QStringLiteral("crossover")) {
        qsizetype lastCross = 0;
        while (lastCross + 1 < drafts.size() && drafts[lastCross + 1].kind == QStringLiteral("crossover"))
            ++lastCross;
        const Expected<ModelInput> input = resolve(*plan, m_cat);
        if (!input)
            return input.error();
        const Expected<double> before = interdoseSwing(input.value(), plan->current);
        const Expected<double> after = interdoseSwing(input.value(), plan->steps[lastCross].doses);
        if (before && after) {
            QJsonObject &a = plan->steps.first().annotations;
            a.insert(QStringLiteral("interdose_swing_before"), round4(*before));
            a.insert(QStringLiteral("interdose_swing_after"), round4(*after));
            QJsonArray notes = a.value(QStringLiteral("notes")).toArray();
            notes.append(QStringLiteral(
                "Modelled interdose swing of the level: %1 % on the current regimen, %2 % once switched.")
                             .arg(QString::number(*before * 100.0, 'f', 0), QString::number(*after * 100.0, 'f', 0)));
            a.insert(QStringLiteral("notes"), notes);
        }
    }
    return true;
}

} // namespace lento
