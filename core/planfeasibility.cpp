// What would let a plan keep to its rule (see planfeasibility.h).
#include "planfeasibility.h"

#include "checks.h"
#include "numberformat.h"
#include "plannerbuilder.h"

#include <algorithm>
#include <cmath>

namespace lento {

namespace {

double actingHours(const DrugParams &d)
{
    double h = d.halfLife.value();
    if (d.metabolite.present() && d.metabolite.relativePotency > 0.0)
        h = std::max(h, d.metabolite.halfLife.value());
    return h;
}

} // namespace

PlanFeasibility::PlanFeasibility(
    const PlannerRequest &request, const Catalogue &catalogue, const DrugParams &tapered, const DoseRounder &rounder)
    : m_req(request), m_cat(catalogue), m_drug(tapered), m_rounder(rounder)
{
}

QString PlanFeasibility::problemText(const QJsonObject &p) const
{
    const int step = p.value(QStringLiteral("step")).toInt() + 1;
    if (p.value(QStringLiteral("kind")).toString() == QStringLiteral("stop"))
        return QStringLiteral("step %1 stops from %2 mg/day of %3 (%4 mg/day diazepam-equivalent), more than a small "
                              "dose (%5 mg/day)")
            .arg(step)
            .arg(formatNumber(p.value(QStringLiteral("from_mg")).toDouble()), m_drug.nameEn.toLower(),
                formatNumber(p.value(QStringLiteral("from_mg_deq")).toDouble()), formatNumber(kSmallDoseMgDeq));
    if (!p.contains(QStringLiteral("needed_days")) || p.value(QStringLiteral("needed_days")).toInt() <= 0)
        return QStringLiteral("step %1 cuts %2 % (%3 → %4 mg/day), more than the rule allows in one step")
            .arg(step)
            .arg(formatNumber(p.value(QStringLiteral("cut_pct")).toDouble()),
                formatNumber(p.value(QStringLiteral("from_mg")).toDouble()),
                formatNumber(p.value(QStringLiteral("to_mg")).toDouble()));
    return QStringLiteral("step %1 cuts %2 % (%3 → %4 mg/day), which needs %5 days to keep the pace; the longest "
                          "interval allowed is %6 days")
        .arg(step)
        .arg(formatNumber(p.value(QStringLiteral("cut_pct")).toDouble()),
            formatNumber(p.value(QStringLiteral("from_mg")).toDouble()),
            formatNumber(p.value(QStringLiteral("to_mg")).toDouble()))
        .arg(p.value(QStringLiteral("needed_days")).toInt())
        .arg(m_req.maxIntervalDays);
}

QJsonObject PlanFeasibility::tryRequest(
    const PlannerRequest &request, const QString &kind, const QString &flags, const QString &text) const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("flags"), flags);
    o.insert(QStringLiteral("text"), text);
    PlanBuilder builder(request, m_cat, /*exploreAlternatives=*/false);
    const Expected<Plan> plan = builder.build();
    const bool follows = plan && builder.problems().isEmpty();
    o.insert(QStringLiteral("follows_rule"), follows);
    if (plan)
        o.insert(QStringLiteral("weeks"), int(std::ceil(builder.lastDay() / 7.0)));
    return o;
}

QJsonObject PlanFeasibility::assess(const QJsonArray &problems, const QString &ruleText) const
{
    QStringList what;
    int needed = 0;
    bool stop = false;
    for (const QJsonValue &v : problems) {
        const QJsonObject p = v.toObject();
        what << problemText(p);
        stop = stop || p.value(QStringLiteral("kind")).toString() == QStringLiteral("stop");
        needed = std::max(needed, p.value(QStringLiteral("needed_days")).toInt());
    }
    const bool older = m_req.ageYears && *m_req.ageYears >= 65;

    QJsonArray alternatives;
    // A liquid the region has but the request left out.
    const QList<Product> liquids = productsFor(m_drug, m_req.region, FormsAllowed::Liquid);
    if (m_req.products.isEmpty() && !m_rounder.hasLiquid() && !liquids.isEmpty()) {
        PlannerRequest r = m_req;
        r.forms = FormsAllowed::TabletsAndLiquid;
        alternatives.append(tryRequest(r, QStringLiteral("liquid"), QStringLiteral("--forms tablets+liquid"),
            QStringLiteral("add the region's liquid (%1)")
                .arg(liquids.first().label.isEmpty() ? formatNumber(liquids.first().strength.value())
                            + QStringLiteral(" mg/") + formatNumber(liquids.first().perMl) + QStringLiteral(" mL")
                                                     : liquids.first().label)));
    }
    // A compounded oral liquid (a fifth of the smallest tablet strength per mL, 0.1 mL steps).
    if (!m_rounder.hasLiquid()) {
        double smallest = 0.0;
        for (const Product &p : m_rounder.products())
            smallest = smallest == 0.0 ? p.strength.value() : std::min(smallest, p.strength.value());
        const double strength = smallest > 0.0 ? std::max(0.01, std::round(smallest / 5.0 * 100.0) / 100.0) : 0.1;
        const QString spec
            = productSpec(m_rounder.products()) + QStringLiteral(",liquid:%1mg/1mL:0.1mL").arg(formatNumber(strength));
        const Expected<QList<Product>> products = parseProductSpec(spec);
        if (products) {
            PlannerRequest r = m_req;
            r.products = products.value();
            const QString flags = QStringLiteral("--products \"%1\"").arg(spec);
            const QString text
                = QStringLiteral("a compounded oral liquid of %1 mg/mL measured in 0.1 mL (ask the pharmacy)")
                      .arg(formatNumber(strength));
            QJsonObject alt = tryRequest(r, QStringLiteral("compounded"), flags, text);
            alt.insert(QStringLiteral("strength_mg_per_ml"), strength);
            alternatives.append(alt);
            if (!alt.value(QStringLiteral("follows_rule")).toBool() && m_req.maxIntervalDays < 365) {
                r.maxIntervalDays = 365;
                QJsonObject longer = tryRequest(r, QStringLiteral("compounded_longer_holds"),
                    flags + QStringLiteral(" --max-interval 365"),
                    text + QStringLiteral(", with holds up to 365 days"));
                longer.insert(QStringLiteral("strength_mg_per_ml"), strength);
                longer.insert(QStringLiteral("max_interval_days"), 365);
                alternatives.append(longer);
            }
        }
    }
    // A longer-acting drug: diazepam, unless it is already the one tapered.
    const DrugParams *diazepam = m_cat.find(QStringLiteral("diazepam"));
    if (m_req.switchTo.isEmpty() && diazepam && m_drug.id != diazepam->id
        && actingHours(*diazepam) >= actingHours(m_drug)
        && !productsFor(*diazepam, m_req.region, m_req.forms).isEmpty()) {
        PlannerRequest r = m_req;
        r.switchTo = diazepam->id;
        QJsonObject alt = tryRequest(r, QStringLiteral("switch"), QStringLiteral("--switch-to diazepam"),
            older ? QStringLiteral("a switch to diazepam, which the Beers criteria advise against at age %1")
                        .arg(*m_req.ageYears)
                  : QStringLiteral("a switch to diazepam, whose long action and finer strengths allow smaller steps"));
        alt.insert(QStringLiteral("drug"), diazepam->id);
        alt.insert(QStringLiteral("suited"), !older);
        alternatives.append(alt);
    }
    // Longer holds (they cannot soften a stop).
    if (!stop && needed > m_req.maxIntervalDays && needed <= 365) {
        PlannerRequest r = m_req;
        r.maxIntervalDays = needed;
        QJsonObject alt = tryRequest(r, QStringLiteral("longer_holds"), QStringLiteral("--max-interval %1").arg(needed),
            QStringLiteral("holds of up to %1 days").arg(needed));
        alt.insert(QStringLiteral("max_interval_days"), needed);
        alternatives.append(alt);
    }

    QStringList works, fails;
    for (const QJsonValue &v : std::as_const(alternatives)) {
        const QJsonObject a = v.toObject();
        const bool suited = a.value(QStringLiteral("suited")).toBool(true);
        const QString line
            = QStringLiteral("%1 (%2, about %3 weeks)")
                  .arg(a.value(QStringLiteral("text")).toString(), a.value(QStringLiteral("flags")).toString())
                  .arg(a.value(QStringLiteral("weeks")).toInt());
        (a.value(QStringLiteral("follows_rule")).toBool() && suited ? works : fails) << line;
    }
    QString text = QStringLiteral("The products cannot follow the rule (%1): %2.")
                       .arg(ruleText, what.join(QStringLiteral("; ")));
    text += works.isEmpty() ? QStringLiteral(" Nothing Lento tried keeps to the rule; a slower rule or a specialist "
                                             "pharmacy preparation is needed.")
                            : QStringLiteral(" What would work: %1.").arg(works.join(QStringLiteral("; ")));
    if (!fails.isEmpty())
        text += QStringLiteral(" Not enough or not suited: %1.").arg(fails.join(QStringLiteral("; ")));
    text += QStringLiteral(" Do not give this plan to the patient unless a prescriber accepts it.");

    QJsonObject out;
    out.insert(QStringLiteral("follows_rule"), false);
    out.insert(QStringLiteral("rule"), ruleText);
    out.insert(QStringLiteral("problems"), problems);
    out.insert(QStringLiteral("alternatives"), alternatives);
    out.insert(QStringLiteral("text"), text);
    return out;
}

} // namespace lento
