// Builds a taper plan: crossover stages, reductions by rule or by the guided search, holds,
// the final stop, micro-tapering and the assembled document (annotations: plannerannotator).
#include "plannerbuilder.h"

#include "inputlimits.h"

#include "checks.h"
#include "numberformat.h"
#include "plandocument.h"
#include "planfeasibility.h"
#include "plannerannotator.h"
#include "plantitle.h"
#include "simulator.h"
#include "strategy.h"
#include "strategyguided.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <set>

namespace lento {

namespace {

constexpr double kEps = 1e-9;
constexpr int kMaxSteps = 400;
constexpr double kDefaultFloorMgDeq = 0.25;

QString pct(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

PlanBuilder::PlanBuilder(const PlannerRequest &request, const Catalogue &catalogue, bool exploreAlternatives)
    : m_req(request), m_cat(catalogue), m_explore(exploreAlternatives)
{
}

// Older patients and liver impairment: diazepam's and other oxidised drugs' half-lives lengthen
// (Klotz 1975; Greenblatt 2021), so each step is held longer and the model is told.
void PlanBuilder::slowForPatient()
{
    const bool older = m_req.ageYears && *m_req.ageYears >= 65;
    if ((!older && !m_req.liverImpairment) || m_req.paceSlowed)
        return;
    const double factor = m_req.liverImpairment ? 2.0 : 1.5;
    const int every = m_req.everyDays;
    m_req.requestedPace = QJsonObject {{QStringLiteral("every_days"), m_req.everyDays},
        {QStringLiteral("max_interval_days"), m_req.maxIntervalDays},
        {QStringLiteral("half_life_multiplier"), m_req.patient.halfLifeMultiplier}};
    m_req.maxIntervalDays = std::max(m_req.maxIntervalDays, std::min(365, int(std::ceil(every * factor * 2.0))));
    m_req.everyDays = std::min(m_req.maxIntervalDays, int(std::ceil(every * factor)));
    if (m_req.strategy == Strategy::Guided)
        m_req.maxPressure = std::min(m_req.maxPressure, 0.05);
    if (m_req.patient.halfLifeMultiplier == 1.0)
        m_req.patient.halfLifeMultiplier = factor;
    m_req.paceSlowed = true;
    const QString who = older && m_req.liverImpairment
        ? QStringLiteral("age %1 and liver impairment").arg(*m_req.ageYears)
        : older ? QStringLiteral("age %1").arg(*m_req.ageYears)
                : QStringLiteral("liver impairment");
    m_planNotes << QStringLiteral("Slowed for %1: reductions every %2 days instead of %3, and a half-life multiplier "
                                  "of %4 so the model shows the slower fall.")
                       .arg(who)
                       .arg(m_req.everyDays)
                       .arg(every)
                       .arg(formatNumber(m_req.patient.halfLifeMultiplier));
}

PlanBuilder::~PlanBuilder() = default;

QString PlanBuilder::mg(double v) const
{
    return formatNumber(v) + QStringLiteral(" mg");
}

double PlanBuilder::deqPerMg(const QString &drug) const
{
    const DrugParams *d = m_cat.find(drug);
    if (!d)
        return 0.0;
    const double eq = d->equivalenceMg(m_req.equivalence);
    return eq > 0.0 ? 10.0 / eq : 0.0;
}

QList<Dose> PlanBuilder::dosesFor(const QList<double> &amounts) const
{
    QList<Dose> out;
    for (qsizetype i = 0; i < amounts.size(); ++i)
        if (amounts[i] > kEps)
            out.append(Dose {m_drug->id, m_minutes[i], Milligrams(std::round(amounts[i] * 1e5) / 1e5), {}});
    return out;
}

QString PlanBuilder::liquidHint() const
{
    if (m_rounder.hasLiquid() || !m_req.products.isEmpty())
        return m_rounder.hasLiquid() ? QString() : QStringLiteral("A liquid product would allow smaller steps.");
    const QList<Product> liquids = productsFor(*m_drug, m_req.region, FormsAllowed::Liquid);
    if (liquids.isEmpty())
        return QString();
    const Product &p = liquids.first();
    const QString conc = p.perMl == 1.0
        ? formatNumber(p.strength.value()) + QStringLiteral(" mg/mL")
        : formatNumber(p.strength.value()) + QStringLiteral(" mg/") + formatNumber(p.perMl) + QStringLiteral(" mL");
    return QStringLiteral("Liquid (%1) would allow smaller steps: add liquid to the forms.").arg(conc);
}

Expected<bool> PlanBuilder::prepare()
{
    slowForPatient();
    const QString tapered = m_req.switchTo.isEmpty() ? m_req.current.first().drug : m_req.switchTo;
    m_drug = m_cat.find(tapered);
    if (!m_drug)
        return Error {m_req.switchTo.isEmpty() ? QStringLiteral("current[0].drug") : QStringLiteral("switchTo"),
            QStringLiteral("unknown drug \"%1\"").arg(tapered)};

    QList<Product> products = m_req.products;
    if (!products.isEmpty())
        m_req.forms = formsOf(products); // the plan records the forms it was actually made from
    if (products.isEmpty()) {
        products = productsFor(*m_drug, m_req.region, m_req.forms);
        if (products.isEmpty())
            return Error {QStringLiteral("forms"),
                QStringLiteral("%1 has no %2 in region \"%3\"; choose other forms or give the products")
                    .arg(m_drug->nameEn,
                        m_req.forms == FormsAllowed::Liquid ? QStringLiteral("liquid") : QStringLiteral("tablets"),
                        m_req.region)};
    }
    m_rounder = DoseRounder(m_drug->id, products);
    if (m_req.microTaper && !m_rounder.hasLiquid())
        return Error {QStringLiteral("microTaper"),
            QStringLiteral("micro-tapering needs a liquid product of %1 (forms liquid or tablets+liquid)")
                .arg(m_drug->nameEn)};

    std::set<int> times;
    for (const Dose &d : m_req.current)
        times.insert(d.minuteOfDay);
    m_minutes = QList<int>(times.begin(), times.end());
    m_cutter = std::make_unique<RegimenCutter>(&m_rounder, m_req.cutOrder, m_minutes);

    // The tapered drug per time once every dose is switched (equivalent doses, rounded).
    m_regimen = QList<double>(m_minutes.size(), 0.0);
    const double targetDeq = deqPerMg(m_drug->id);
    for (const Dose &d : m_req.current) {
        const int i = int(m_minutes.indexOf(d.minuteOfDay));
        m_regimen[i] += d.mg.value() * deqPerMg(d.drug) / targetDeq;
    }
    // A dose beyond what any product list makes must be named as too large, not "rounds to nothing".
    for (qsizetype i = 0; i < m_regimen.size(); ++i)
        if (m_regimen[i] > limits::kMaxDoseMg)
            return Error {QStringLiteral("current"),
                QStringLiteral("the dose at %1 would be %2 of %3; Lento plans at most %4 per dose")
                    .arg(PlanDocument::formatTime(m_minutes[i]), mg(m_regimen[i]), m_drug->nameEn,
                        mg(limits::kMaxDoseMg))};
    for (qsizetype i = 0; i < m_regimen.size(); ++i) {
        const bool switched = std::any_of(m_req.current.begin(), m_req.current.end(),
            [&](const Dose &d) { return d.minuteOfDay == m_minutes[i] && d.drug != m_drug->id; });
        if (!switched) {
            // Doses already of the tapered drug keep their amount; the rounder must be able to make it.
            if (!m_rounder.representable(Milligrams(m_regimen[i])))
                m_regimen[i] = m_cutter->roundEach({m_regimen[i]}).first();
            continue;
        }
        double r = m_cutter->roundEach({m_regimen[i]}).first();
        if (r <= kEps)
            r = m_rounder.ceilAmount(Milligrams(m_regimen[i])).value_or(Milligrams(0.0)).value();
        m_regimen[i] = r;
    }
    const double start = RegimenCutter::total(m_regimen);
    if (start <= kEps)
        return Error {
            QStringLiteral("current"), QStringLiteral("the daily dose rounds to nothing with the products given")};
    if (m_req.targetMg && m_req.targetMg->value() >= start - kEps)
        return Error {QStringLiteral("targetMg"),
            QStringLiteral("must be below the starting daily dose (%1 of %2)").arg(mg(start), m_drug->nameEn)};

    // Default floor: the smallest amount the products make, but not below 0.25 mg/day
    // diazepam-equivalent (the last step of the published six-month schedule, docs/taper-rules.md §4).
    m_floorMg = m_req.floorMg.value() > 0.0
        ? m_req.floorMg.value()
        : std::max(m_rounder.smallestAmount().value(),
            m_rounder.ceilAmount(Milligrams(kDefaultFloorMgDeq / targetDeq)).value_or(Milligrams(0.0)).value());
    m_startMg = start;
    m_rule = makeRule(m_req, targetDeq, start);
    return true;
}

void PlanBuilder::buildCrossover()
{
    // Times holding another drug, in switching order (evening first by default).
    QList<int> order;
    for (qsizetype i = 0; i < m_minutes.size(); ++i) {
        const bool other = std::any_of(m_req.current.begin(), m_req.current.end(),
            [&](const Dose &d) { return d.minuteOfDay == m_minutes[i] && d.drug != m_drug->id; });
        if (other)
            order.append(int(i));
    }
    if (order.isEmpty())
        return;
    if (m_req.eveningFirst)
        std::reverse(order.begin(), order.end());

    QSet<int> switched;
    int day = 0;
    for (int stage = 0; stage < order.size(); ++stage) {
        const int idx = order[stage];
        switched.insert(idx);
        DraftStep s;
        s.day = day;
        s.kind = QStringLiteral("crossover");
        for (qsizetype i = 0; i < m_minutes.size(); ++i) {
            if (switched.contains(int(i))) {
                if (m_regimen[i] > kEps)
                    s.doses.append(Dose {m_drug->id, m_minutes[i], Milligrams(m_regimen[i]), {}});
            } else {
                for (const Dose &d : m_req.current)
                    if (d.minuteOfDay == m_minutes[i])
                        s.doses.append(d);
            }
        }
        // Explain the switched time.
        QStringList from;
        double fromDeq = 0.0;
        for (const Dose &d : m_req.current) {
            if (d.minuteOfDay != m_minutes[idx])
                continue;
            from << QStringLiteral("%1 %2").arg(
                m_cat.find(d.drug) ? m_cat.find(d.drug)->nameEn : d.drug, mg(d.mg.value()));
            fromDeq += d.mg.value() * deqPerMg(d.drug);
        }
        const double toDeq = m_regimen[idx] * deqPerMg(m_drug->id);
        // Name the source each equivalence really came from: where the chosen source has no value
        // for a drug the catalogue's default stands in (and the checks flag it as unverified).
        QList<const DrugParams *> fallbacks;
        for (const Dose &d : m_req.current)
            if (const DrugParams *p = m_cat.find(d.drug);
                p && d.minuteOfDay == m_minutes[idx] && !p->hasEquivalence(m_req.equivalence) && !fallbacks.contains(p))
                fallbacks << p;
        QString source = QStringLiteral("%1 equivalence").arg(equivalenceDisplayName(m_req.equivalence));
        for (const DrugParams *p : std::as_const(fallbacks))
            source = QStringLiteral("%1 has no %2 equivalence: %3 used instead, %4 mg ≈ diazepam 10 mg")
                         .arg(p->nameEn, equivalenceDisplayName(m_req.equivalence),
                             equivalenceDisplayName(p->defaultEquivalenceSource()), formatNumber(p->diazepamEqMg));
        QString note = QStringLiteral("Stage %1 of %2: the %3 dose (%4) becomes %5 %6 (%7).")
                           .arg(stage + 1)
                           .arg(order.size())
                           .arg(PlanDocument::formatTime(m_minutes[idx]), from.join(QStringLiteral(" + ")),
                               m_drug->nameEn, mg(m_regimen[idx]), source);
        s.notes << note;
        if (fromDeq > 0.0 && std::fabs(toDeq - fromDeq) / fromDeq > 0.01)
            s.notes << QStringLiteral("Rounded to the products: %1 mg/day diazepam-equivalent instead of %2.")
                           .arg(formatNumber(toDeq), formatNumber(fromDeq));
        m_steps.append(s);
        day += m_req.stageDays;
    }
    m_steps.first().notes << QStringLiteral(
        "Switch one dose time at a time, %1 days per stage; reductions start once the switch is complete.")
                                 .arg(m_req.stageDays);
    m_reductionStartDay = day;
    consolidateDoses();
}

void PlanBuilder::addHoldIfRequested(int reductionIndex, int *day)
{
    for (const HoldSpec &h : m_req.holds) {
        if (h.afterReduction != reductionIndex || h.days <= 0)
            continue;
        DraftStep s;
        s.day = *day;
        s.kind = QStringLiteral("hold");
        s.doses = m_steps.last().doses;
        s.notes << QStringLiteral("Hold: no change for %1 days.").arg(h.days);
        m_steps.append(s);
        *day += h.days;
    }
}

Expected<bool> PlanBuilder::buildRuleReductions()
{
    QList<double> doses = m_regimen;
    int day = m_reductionStartDay;
    int reductions = 0;
    const double target = m_req.targetMg ? m_req.targetMg->value() : 0.0;
    const QString ruleText = m_rule->describe(m_req.everyDays);
    const double targetDeqPerMg = deqPerMg(m_drug->id);
    bool lastBeforeStop = false;

    for (int guard = 0; guard < kMaxSteps; ++guard) {
        const double daily = RegimenCutter::total(doses);
        if (m_req.targetMg && daily <= target + kEps) {
            if (!m_steps.isEmpty())
                m_steps.last().notes << QStringLiteral("Maintenance dose reached (%1/day).").arg(mg(daily));
            return true;
        }
        DraftStep s;
        s.day = day;
        if (!m_req.targetMg && (daily <= m_floorMg + kEps || lastBeforeStop)) {
            s.kind = QStringLiteral("stop");
            const double dailyDeq = daily * targetDeqPerMg;
            const QString equivalent = m_drug->id == QStringLiteral("diazepam")
                ? QString()
                : QStringLiteral(", %1 mg/day diazepam-equivalent").arg(formatNumber(dailyDeq));
            s.notes << (m_req.floorMg.value() > 0.0
                    ? QStringLiteral("Stop from %1/day%2, the floor chosen for this plan.").arg(mg(daily), equivalent)
                    : daily > m_rounder.smallestAmount().value() + kEps
                    ? QStringLiteral("Stop from %1/day%2; the published six-month schedule stops from 0.25 mg/day "
                                     "diazepam-equivalent.")
                          .arg(mg(daily), equivalent)
                    : QStringLiteral("Stop from %1/day%2, the lowest step the products make.")
                          .arg(mg(daily), equivalent));
            s.ruleRatio = m_rule->ratio(daily, 0.0);
            m_steps.append(s);
            return true;
        }
        double ideal = m_rule->next(daily);
        if (m_req.targetMg)
            ideal = std::max(ideal, target);
        QList<double> next = m_cutter->apply(doses, ideal, m_req.rounding);
        if (RegimenCutter::total(next) >= daily - kEps) {
            const std::optional<QList<double>> lower = m_cutter->nextLower(doses);
            if (!lower) {
                s.kind = QStringLiteral("stop");
                s.notes << QStringLiteral("Stop: no smaller amount can be made from the products.");
                m_steps.append(s);
                return true;
            }
            next = *lower;
            s.forced = true;
        }
        // No token last dose: a step the rule would take below the stop floor goes to the floor (the
        // smallest dose worth taking, rounded to a measure) and the stop follows it.
        if (!m_req.targetMg && RegimenCutter::total(next) > kEps && RegimenCutter::total(next) < m_floorMg - kEps) {
            const QList<double> atFloor = m_cutter->apply(doses, m_floorMg, RoundingMode::NeverBeyondRule);
            next = RegimenCutter::total(atFloor) < daily - kEps ? atFloor : QList<double>(doses.size(), 0.0);
            lastBeforeStop = true;
        }
        if (m_req.targetMg && RegimenCutter::total(next) < target - kEps) {
            next = m_cutter->apply(doses, target, RoundingMode::NeverBeyondRule);
            if (RegimenCutter::total(next) >= daily - kEps)
                return true;
        }
        if (mergeTokenDoses(&next))
            s.notes << QStringLiteral(
                "A daytime dose smaller than %1 would be a token dose: it moves to the night dose.")
                           .arg(mg(m_floorMg));
        const double nextDaily = RegimenCutter::total(next);
        s.doses = dosesFor(next);
        s.kind = nextDaily <= kEps ? QStringLiteral("stop") : QStringLiteral("reduction");
        s.ruleRatio = m_rule->ratio(daily, nextDaily);
        int hold = m_req.everyDays;
        if (s.ruleRatio > 1.0 + 1e-6) {
            const double need = m_rule->daysForPace(daily, nextDaily, m_req.everyDays);
            hold = int(std::min<double>(m_req.maxIntervalDays, std::ceil(need - 1e-9)));
            hold = std::max(hold, m_req.everyDays);
            QString why = s.forced ? QStringLiteral("The products cannot make a smaller cut: ")
                                   : QStringLiteral("After rounding, ");
            why += QStringLiteral("this cut (%1 → %2/day, %3) is larger than the rule (%4)")
                       .arg(formatNumber(daily), mg(nextDaily), pct((daily - nextDaily) / daily), ruleText);
            if (s.kind == QStringLiteral("stop"))
                why += QStringLiteral(".");
            else if (hold >= need - 1e-6)
                why += QStringLiteral("; it is held %1 days to keep the pace.").arg(hold);
            else
                why += QStringLiteral(
                    "; it is held %1 days, the maximum interval, which is still faster than the rule.")
                           .arg(hold);
            // The rule holds down to a small dose; below it the last cuts lead to the stop at the
            // pace the products allow (as published schedules end). A rule judged per step
            // (occupancy points) is broken however long the step is held.
            const bool perStep = m_rule->perStepRule();
            if (s.kind != QStringLiteral("stop") && daily * targetDeqPerMg > kSmallDoseMgDeq + 1e-9
                && (perStep || hold < need - 1e-6)) {
                s.breaksRule = true;
                if (!perStep)
                    s.extra.insert(QStringLiteral("needed_days"), int(std::ceil(need - 1e-9)));
            }
            s.notes << why;
            const QString hint = liquidHint();
            if (!hint.isEmpty())
                s.notes << hint;
        }
        if (s.kind == QStringLiteral("stop"))
            s.notes << QStringLiteral("Stop.");
        m_steps.append(s);
        if (s.kind == QStringLiteral("stop"))
            return true;
        ++reductions;
        m_steps.last().extra.insert(QStringLiteral("interval_days"), hold);
        day += hold;
        addHoldIfRequested(reductions, &day);
        doses = next;
    }
    return Error {m_req.strategy == Strategy::Linear ? QStringLiteral("linearMg") : QStringLiteral("everyDays"),
        QStringLiteral("the plan would need more than %1 steps; choose a faster pace").arg(kMaxSteps)};
}

Plan PlanBuilder::skeleton() const
{
    Plan p;
    p.startDate = m_req.startDate;
    p.patient = m_req.patient;
    p.hasPatient = true;
    p.model = m_req.model;
    p.hasModel = true;
    p.current = m_req.current;
    // Write the equivalence of the chosen source for every drug the plan uses, so the document
    // alone determines the model's output.
    QSet<QString> used;
    for (const Dose &d : m_req.current)
        used.insert(d.drug);
    used.insert(m_drug->id);
    for (const QString &id : used) {
        const DrugParams *d = m_cat.find(id);
        if (!d)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("diazepam_eq_mg"), d->equivalenceMg(m_req.equivalence));
        p.drugs.insert(id, o);
    }
    return p;
}

Expected<bool> PlanBuilder::buildGuidedReductions()
{
    Plan base = skeleton();
    // resolve() needs every drug to appear in a dose; a placeholder step names the tapered drug.
    base.steps.append(Step {0, {Dose {m_drug->id, m_minutes.first(), Milligrams(1.0), {}}}, {}, {}, {}});
    Expected<ModelInput> input = resolve(base, m_cat);
    if (!input)
        return input.error();
    GuidedSearch::Settings settings;
    settings.cap = m_req.maxPressure;
    settings.everyDays = m_req.everyDays;
    settings.minIntervalDays = m_req.minIntervalDays;
    settings.maxIntervalDays = m_req.maxIntervalDays;
    settings.maxCutFraction = 0.25;
    settings.firstCutFraction = m_req.firstCutPercent / 100.0;
    settings.floorMg = m_floorMg;
    settings.targetMg = m_req.targetMg ? m_req.targetMg->value() : -1.0;
    settings.rounding = m_req.rounding;
    settings.holds = m_req.holds;
    GuidedSearch search(input.value(), *m_cutter, m_drug->id, settings);
    QList<Step> prefix;
    for (const DraftStep &s : std::as_const(m_steps))
        prefix.append(Step {s.day, s.doses, {}, {}, {}});
    Expected<QList<DraftStep>> steps = search.run(prefix, m_regimen, m_reductionStartDay);
    if (!steps)
        return steps.error();
    if (search.effectiveCap() > m_req.maxPressure + 1e-12 && !steps.value().isEmpty()) {
        const QString note
            = QStringLiteral("Holding the current regimen already reaches a modelled pressure of %1 between doses "
                             "(interdose swing), so the cap of %2 is applied on top of it (%3). A crossover to a "
                             "long-acting drug removes most of the swing.")
                  .arg(QString::number(search.baselinePeak(), 'f', 3), QString::number(m_req.maxPressure, 'g', 3),
                      QString::number(search.effectiveCap(), 'f', 3));
        steps.value().first().notes.prepend(note);
        m_planNotes << note;
    }
    m_guidedBaseline = search.baselinePeak();
    m_guidedCap = search.effectiveCap();
    for (DraftStep s : steps.value()) {
        if (s.forced) {
            const QString hint = liquidHint();
            if (!hint.isEmpty())
                s.notes << hint;
        }
        m_steps.append(s);
    }
    return true;
}

// The tapered drug's amount at each dose time of a step (the inverse of dosesFor). A time the
// regimen no longer has (consolidated after a crossover) counts with the night dose.
QList<double> PlanBuilder::regimenOf(const DraftStep &step) const
{
    QList<double> amounts(m_minutes.size(), 0.0);
    for (const Dose &d : step.doses)
        if (d.drug == m_drug->id) {
            const qsizetype i = m_minutes.indexOf(d.minuteOfDay);
            amounts[i >= 0 ? i : amounts.size() - 1] += d.mg.value();
        }
    return amounts;
}

// A daytime dose below the stop floor (the smallest dose worth taking) while the night dose
// remains is a token dose: it moves to the night dose when the products can make the sum.
bool PlanBuilder::mergeTokenDoses(QList<double> *doses) const
{
    const qsizetype night = doses->size() - 1;
    if (night < 1 || (*doses)[night] <= kEps)
        return false;
    bool merged = false;
    for (qsizetype i = 0; i < night; ++i) {
        const double d = (*doses)[i];
        if (d <= kEps || d >= m_floorMg - kEps || !m_rounder.representable(Milligrams((*doses)[night] + d)))
            continue;
        (*doses)[night] += d;
        (*doses)[i] = 0.0;
        merged = true;
    }
    return merged;
}

// After a switch to a long-acting drug more than two doses a day serve no purpose: as in the
// Ashton Manual's schedules, the middle doses move to the morning and the night (the larger
// dose at night), one more stage before the reductions start.
void PlanBuilder::consolidateDoses()
{
    if (!m_drug->longActing || m_minutes.size() <= 2 || m_steps.isEmpty())
        return;
    double middle = 0.0;
    for (qsizetype i = 1; i + 1 < m_regimen.size(); ++i)
        middle += m_regimen[i];
    const QList<int> minutes {m_minutes.first(), m_minutes.last()};
    const double total = RegimenCutter::total(m_regimen);
    // The morning takes at most half of the middle doses, rounded down to what the products make.
    double morning = m_rounder.floorAmount(Milligrams(m_regimen.first() + middle / 2.0)).value();
    double night = total - morning;
    if (!m_rounder.representable(Milligrams(night)) || night < morning - kEps) {
        night = m_rounder.ceilAmount(Milligrams(total / 2.0)).value_or(Milligrams(total)).value();
        morning = total - night;
        if (!m_rounder.representable(Milligrams(morning)))
            return;
    }
    QStringList moved;
    for (qsizetype i = 1; i + 1 < m_minutes.size(); ++i)
        moved << PlanDocument::formatTime(m_minutes[i]);
    m_minutes = minutes;
    m_regimen = {morning, night};
    m_cutter = std::make_unique<RegimenCutter>(&m_rounder, m_req.cutOrder, m_minutes);
    DraftStep s;
    s.day = m_reductionStartDay;
    s.kind = QStringLiteral("crossover");
    s.doses = dosesFor(m_regimen);
    s.notes << QStringLiteral("Two doses a day are enough for %1: the %2 dose moves to the morning and night doses "
                              "(%3 at %4, %5 at %6), the larger one at night; the daily dose stays %7.")
                   .arg(m_drug->nameEn, moved.join(QStringLiteral(", ")), mg(morning),
                       PlanDocument::formatTime(minutes.first()), mg(night), PlanDocument::formatTime(minutes.last()),
                       mg(total));
    m_steps.append(s);
    m_reductionStartDay += m_req.stageDays;
}

// A stop from more than a small dose (checks.h) draws a critical or warning check; the stop step
// says what would allow a gentler end.
void PlanBuilder::noteLargeStop()
{
    if (m_steps.isEmpty() || m_steps.last().kind != QStringLiteral("stop"))
        return;
    double before = RegimenCutter::total(m_regimen);
    for (qsizetype k = m_steps.size() - 2; k >= 0; --k) {
        const double daily = RegimenCutter::total(regimenOf(m_steps[k]));
        if (daily > kEps) {
            before = daily;
            break;
        }
    }
    const double deq = before * deqPerMg(m_drug->id);
    if (deq <= kSmallDoseMgDeq + 1e-9)
        return;
    QString advice = liquidHint();
    if (advice.isEmpty() && m_drug->id != QStringLiteral("diazepam"))
        advice = QStringLiteral("A switch to diazepam would allow smaller last steps.");
    m_steps.last().notes << QStringLiteral("This stop is from %1 mg/day diazepam-equivalent, more than a small dose "
                                           "(%2 mg/day). %3")
                                .arg(formatNumber(deq), formatNumber(kSmallDoseMgDeq), advice)
                                .trimmed();
}

// Where the plan cannot keep to its rule: reductions faster than the rule even at the longest
// interval, and a final stop from more than a small dose.
void PlanBuilder::collectProblems()
{
    m_problems = QJsonArray();
    double prev = RegimenCutter::total(m_regimen);
    for (qsizetype k = 0; k < m_steps.size(); ++k) {
        const DraftStep &s = m_steps[k];
        const double now = RegimenCutter::total(regimenOf(s));
        if (s.kind == QStringLiteral("crossover")) {
            prev = now;
            continue;
        }
        if (s.breaksRule && prev > kEps) {
            QJsonObject problem {{QStringLiteral("step"), int(k)}, {QStringLiteral("kind"), QStringLiteral("pace")},
                {QStringLiteral("from_mg"), prev}, {QStringLiteral("to_mg"), now},
                {QStringLiteral("cut_pct"), std::round(1000.0 * (prev - now) / prev) / 10.0},
                {QStringLiteral("hold_days"), k + 1 < m_steps.size() ? m_steps[k + 1].day - s.day : 0}};
            if (s.extra.contains(QStringLiteral("needed_days")))
                problem.insert(QStringLiteral("needed_days"), s.extra.value(QStringLiteral("needed_days")));
            m_problems.append(problem);
        }
        if (s.kind == QStringLiteral("stop") && now <= kEps && prev * deqPerMg(m_drug->id) > kSmallDoseMgDeq + 1e-9)
            m_problems.append(QJsonObject {{QStringLiteral("step"), int(k)},
                {QStringLiteral("kind"), QStringLiteral("stop")}, {QStringLiteral("from_mg"), prev},
                {QStringLiteral("from_mg_deq"), std::round(prev * deqPerMg(m_drug->id) * 1000.0) / 1000.0}});
        if (now > kEps)
            prev = now;
    }
}

void PlanBuilder::applyMicroTaper()
{
    // A reduction step's cut is spread over the days the step lasts: the dose falls a little
    // every day from the previous step's amount and reaches the step's amount on its last day.
    QList<DraftStep> out;
    QList<double> prev = m_regimen;
    QList<Product> tabletProducts, liquidProducts;
    for (const Product &p : m_rounder.products())
        (p.isLiquid() ? liquidProducts : tabletProducts) << p;
    const DoseRounder tablets(m_drug->id, tabletProducts), liquid(m_drug->id, liquidProducts);
    for (qsizetype k = 0; k < m_steps.size(); ++k) {
        const DraftStep &s = m_steps[k];
        const QList<double> cur = regimenOf(s);
        if (s.kind != QStringLiteral("reduction") || k + 1 >= m_steps.size()) {
            out.append(s);
            if (s.kind == QStringLiteral("reduction") || s.kind == QStringLiteral("hold"))
                prev = cur;
            continue;
        }
        const int span = m_steps[k + 1].day - s.day;
        const double from = RegimenCutter::total(prev), to = RegimenCutter::total(cur);
        // One product combination over the step's days: each dose keeps the tablets of the step's
        // own amount and only the liquid falls, so the volume never rises while the dose falls.
        QList<double> base(cur.size(), 0.0);
        QMap<int, double> tabletBase;
        for (qsizetype i = 0; i < cur.size(); ++i) {
            // The most tablets whose remainder the liquid measures exactly.
            base[i] = std::min(tablets.floorAmount(Milligrams(cur[i])).value(), cur[i]);
            while (base[i] > kEps && !liquid.representable(Milligrams(cur[i] - base[i])))
                base[i] = tablets.belowAmount(Milligrams(base[i])).value();
            tabletBase.insert(m_minutes[i], base[i]);
        }
        QList<double> last = prev;
        QList<DraftStep> micro;
        for (int j = 0; j < span; ++j) {
            QList<double> r = cur;
            if (j < span - 1)
                for (qsizetype i = 0; i < r.size(); ++i) {
                    const double ideal = prev[i] + (cur[i] - prev[i]) * double(j + 1) / double(span);
                    const double ml = liquid.floorAmount(Milligrams(std::max(0.0, ideal - base[i]) + 1e-9)).value();
                    r[i] = std::clamp(base[i] + ml, cur[i], std::max(cur[i], std::min(prev[i], last[i])));
                }
            if (RegimenCutter::total(r) >= RegimenCutter::total(last) - kEps
                || (j < span - 1 && RegimenCutter::total(r) < to - kEps))
                continue;
            DraftStep m;
            m.day = s.day + j;
            m.kind = QStringLiteral("reduction");
            m.doses = dosesFor(r);
            m.extra.insert(QStringLiteral("micro_taper"), true);
            m.tabletBase = tabletBase;
            micro.append(m);
            last = r;
        }
        if (micro.size() < 2) {
            // The products allow no smaller cut in between: the step stays one cut on its day.
            out.append(s);
        } else {
            DraftStep &head = micro.first();
            head.notes = s.notes;
            head.ruleRatio = s.ruleRatio;
            head.forced = s.forced;
            head.notes << QStringLiteral(
                "Micro-taper: the cut from %1 to %2/day is made in %3 smaller cuts over %4 days.")
                              .arg(formatNumber(from), mg(to))
                              .arg(micro.size())
                              .arg(micro.last().day - head.day + 1);
            out.append(micro);
        }
        prev = cur;
    }
    m_steps = out;
}

Expected<Plan> PlanBuilder::build()
{
    if (Expected<bool> ok = prepare(); !ok)
        return ok.error();
    if (!m_req.switchTo.isEmpty())
        buildCrossover();
    Expected<bool> reduced = m_req.strategy == Strategy::Guided ? buildGuidedReductions() : buildRuleReductions();
    if (!reduced)
        return reduced.error();
    if (m_req.microTaper)
        applyMicroTaper();
    noteLargeStop();
    collectProblems();

    Plan plan = skeleton();
    for (const DraftStep &s : std::as_const(m_steps)) {
        Step st;
        st.day = s.day;
        st.doses = s.doses;
        plan.steps.append(st);
    }
    QJsonObject planner = m_req.toJson();
    planner.insert(QStringLiteral("version"), 1);
    planner.insert(QStringLiteral("tapered_drug"), m_drug->id);
    // The tapered drug's daily dose the rule starts from (after any switch): a linear rule's
    // default cut is 10 % of it, and the checks measure each step against the same rule.
    planner.insert(QStringLiteral("start_mg"), m_startMg);
    planner.insert(QStringLiteral("rule"), m_rule->describe(m_req.everyDays));
    planner.insert(QStringLiteral("products_used"), productSpec(m_rounder.products()));
    if (m_req.strategy == Strategy::Guided) {
        planner.insert(QStringLiteral("baseline_pressure"), std::round(m_guidedBaseline * 1e5) / 1e5);
        planner.insert(QStringLiteral("effective_cap"), std::round(m_guidedCap * 1e5) / 1e5);
    }
    if (!m_problems.isEmpty() && m_explore) {
        const QJsonObject feasibility
            = PlanFeasibility(m_req, m_cat, *m_drug, m_rounder).assess(m_problems, m_rule->describe(m_req.everyDays));
        planner.insert(QStringLiteral("feasibility"), feasibility);
        m_planNotes << feasibility.value(QStringLiteral("text")).toString();
    }
    if (!m_planNotes.isEmpty())
        planner.insert(QStringLiteral("notes"), QJsonArray::fromStringList(m_planNotes));
    plan.extra.insert(QStringLiteral("planner"), planner);

    PlanAnnotator annotator(m_req, m_cat, m_rounder, *m_rule);
    if (Expected<bool> ok = annotator.annotate(&plan, m_steps); !ok)
        return ok.error();
    plan.title
        = m_req.title.isEmpty() ? PlanTitle::generated(m_req, m_cat, m_rule->describe(m_req.everyDays)) : m_req.title;
    if (m_req.title.isEmpty()) {
        // Readers in another language show their own title instead of this English one.
        QJsonObject planner = plan.extra.value(QStringLiteral("planner")).toObject();
        planner.insert(QStringLiteral("generated_title"), true);
        plan.extra.insert(QStringLiteral("planner"), planner);
    }
    return plan;
}

} // namespace lento
