// Properties of planned tapers over many random starting regimens and strategies (fixed seed):
// every dose is made from real products, doses never rise after the crossover, the plan reaches
// zero or its target, realised cuts keep to the rule unless a check says so, occupancy plans
// keep to their points, and guided plans keep the simulated pressure under their cap.
#include "catalogue.h"
#include "checks.h"
#include "modelinput.h"
#include "planner.h"
#include "simulator.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <optional>

using namespace lento;

namespace {

const char *const kDrugs[]
    = {"alprazolam", "lorazepam", "diazepam", "clonazepam", "oxazepam", "temazepam", "nitrazepam"};

double daily(const QList<Dose> &doses, const QString &drug = QString())
{
    double t = 0.0;
    for (const Dose &d : doses)
        if (drug.isEmpty() || d.drug == drug)
            t += d.mg.value();
    return t;
}

bool hasCheck(const QList<Check> &checks, const char *code, int step)
{
    for (const Check &c : checks)
        if (c.code == QLatin1String(code) && c.stepIndex == step)
            return true;
    return false;
}

// A guided plan read back: its first step after any crossover, whether the planner flagged a step
// over its cap, and a simulation of the document as written (to 90 days past its last step).
struct GuidedReadBack
{
    int firstReduction = -1;
    bool flagged = false;
    SimulationResult sim;
};

std::optional<GuidedReadBack> readBack(const Plan &p, const Catalogue &cat)
{
    GuidedReadBack g;
    for (int i = 0; i < p.steps.size(); ++i) {
        if (g.firstReduction < 0
            && p.steps[i].annotations.value(QStringLiteral("kind")).toString() != QStringLiteral("crossover"))
            g.firstReduction = i;
        g.flagged |= p.steps[i].annotations.value(QStringLiteral("pressure_cap_exceeded")).toBool();
    }
    const Expected<ModelInput> in = resolve(p, cat);
    if (!in || g.firstReduction < 0)
        return std::nullopt;
    SimulationOptions o;
    o.days = p.steps.last().day + 90;
    Expected<SimulationResult> sim = simulate(in.value(), o);
    if (!sim)
        return std::nullopt;
    g.sim = std::move(sim).value();
    return g;
}

// Peak shown pressure over [fromH, toH) hours.
double peakBetween(const SimulationResult &sim, double fromH, double toH)
{
    double peak = 0.0;
    for (size_t k = 0; k < sim.tH.size(); ++k)
        if (sim.tH[k] >= fromH && sim.tH[k] < toH)
            peak = std::max(peak, sim.withdrawalShown[k]);
    return peak;
}

struct Case
{
    PlannerRequest request;
    QString tapered;
    QString label;
};

class Generator
{
public:
    explicit Generator(quint32 seed) : m_rng(seed) { }

    int pick(int n) { return int(m_rng.bounded(n)); }
    template <typename T> T pickOf(std::initializer_list<T> list) { return *(list.begin() + pick(int(list.size()))); }

    // A random regimen of a random drug made from its own tablets, and a random strategy.
    std::optional<Case> next(const Catalogue &cat)
    {
        const QString drug = QString::fromLatin1(kDrugs[pick(int(std::size(kDrugs)))]);
        const DrugParams *d = cat.find(drug);
        QStringList regions;
        for (const QString &r : cat.regions())
            if (!productsFor(*d, r, FormsAllowed::Tablets).isEmpty())
                regions << r;
        if (regions.isEmpty())
            return std::nullopt;
        Case c;
        PlannerRequest &r = c.request;
        r.region = regions[pick(int(regions.size()))];
        const DoseRounder own(drug, productsFor(*d, r.region, FormsAllowed::Tablets));
        const int times = 1 + pick(3);
        const int hours[3][3] = {{22, 0, 0}, {8, 22, 0}, {8, 14, 22}};
        for (int i = 0; i < times; ++i) {
            const double mg = own.smallestAmount().value() * (1 + pick(8));
            r.current.append(Dose {drug, hours[times - 1][i] * 60, Milligrams(mg), {}});
        }
        const bool crossover = drug != QStringLiteral("diazepam") && pick(2) == 0;
        if (crossover) {
            r.switchTo = QStringLiteral("diazepam");
            r.stageDays = pickOf({5, 7, 10});
            r.eveningFirst = pick(4) != 0;
            r.equivalence = pick(2) ? QStringLiteral("ashton") : QStringLiteral("vadod");
        }
        c.tapered = crossover ? QStringLiteral("diazepam") : drug;
        const DrugParams *t = cat.find(c.tapered);
        const bool liquid = !productsFor(*t, r.region, FormsAllowed::Liquid).isEmpty();
        r.forms = liquid && pick(2) ? FormsAllowed::TabletsAndLiquid : FormsAllowed::Tablets;
        if (productsFor(*t, r.region, r.forms).isEmpty())
            return std::nullopt;
        r.cutOrder
            = pickOf({CutOrder::DaytimeFirst, CutOrder::DaytimeFirst, CutOrder::NightFirst, CutOrder::Proportional});
        r.rounding = pick(4) == 0 ? RoundingMode::Nearest : RoundingMode::NeverBeyondRule;
        r.everyDays = pickOf({7, 14, 21, 28});
        r.strategy = pickOf({Strategy::Percent, Strategy::Linear, Strategy::Occupancy});
        r.percent = pickOf({5.0, 10.0, 15.0, 25.0});
        r.maxDropPoints = pickOf({5.0, 2.5, 1.3});
        if (r.strategy == Strategy::Linear)
            r.linearMg
                = Milligrams(pickOf({0.0, 0.5, 1.0, 2.0}) * (c.tapered == QStringLiteral("diazepam") ? 1.0 : 0.25));
        if (pick(5) == 0)
            r.holds = {HoldSpec {1 + pick(3), 7 * (1 + pick(2))}};
        c.label
            = QStringLiteral("%1 %2 x%3 %4 %5 %6/%7d %8")
                  .arg(drug, r.region)
                  .arg(times)
                  .arg(crossover ? QStringLiteral("->diazepam") : QString(), strategyId(r.strategy))
                  .arg(r.strategy == Strategy::Percent        ? r.percent
                          : r.strategy == Strategy::Occupancy ? r.maxDropPoints
                                                              : r.linearMg.value())
                  .arg(r.everyDays)
                  .arg(r.forms == FormsAllowed::Tablets ? QStringLiteral("tablets") : QStringLiteral("tablets+liquid"));
        return c;
    }

private:
    QRandomGenerator m_rng;
};

} // namespace

class TestPlannerProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleStrategiesOverRandomRegimens()
    {
        const Catalogue &cat = Catalogue::shared();
        Generator gen(20260401u);
        int made = 0, rounding = 0, flagged = 0;
        for (int attempt = 0; made < 120 && attempt < 400; ++attempt) {
            std::optional<Case> c = gen.next(cat);
            if (!c)
                continue;
            const PlannerRequest &r = c->request;
            const Expected<Plan> planned = makePlan(r, cat);
            if (!planned) {
                // The only acceptable refusal: a regimen the products cannot taper at all.
                QVERIFY2(planned.error().path == QStringLiteral("everyDays")
                        || planned.error().path == QStringLiteral("linearMg"),
                    qPrintable(c->label + QStringLiteral(": ") + planned.error().text()));
                continue;
            }
            ++made;
            const Plan &p = planned.value();
            const QString &label = c->label;
            const DoseRounder rounder(c->tapered, productsFor(*cat.find(c->tapered), r.region, r.forms));
            const QList<Check> checks = runChecks(p, cat, CheckContext {});
            QVERIFY2(!p.steps.isEmpty(), qPrintable(label));

            int lastCrossover = -1;
            for (int i = 0; i < p.steps.size(); ++i)
                if (p.steps[i].annotations.value(QStringLiteral("kind")).toString() == QStringLiteral("crossover"))
                    lastCrossover = i;
            double prevDeq = -1.0;
            double prevMg = daily(lastCrossover >= 0 ? p.steps[lastCrossover].doses : r.current, c->tapered);
            for (int i = 0; i < p.steps.size(); ++i) {
                const Step &s = p.steps[i];
                const QString at = QStringLiteral("%1, step %2").arg(label).arg(i);
                // Every dose of the tapered drug is made from the region's products, and the
                // composition shown adds up to it.
                const QJsonArray comps = s.annotations.value(QStringLiteral("compositions")).toArray();
                QCOMPARE(comps.size(), s.doses.size());
                for (int k = 0; k < s.doses.size(); ++k) {
                    const Dose &d = s.doses[k];
                    if (d.drug == c->tapered)
                        QVERIFY2(
                            rounder.representable(d.mg), qPrintable(at + QStringLiteral(": %1 mg").arg(d.mg.value())));
                    double sum = 0.0;
                    for (const QJsonValue &piece : comps[k].toObject().value(QStringLiteral("pieces")).toArray())
                        sum += piece.toObject().value(QStringLiteral("mg")).toDouble();
                    if (d.drug == c->tapered)
                        QVERIFY2(std::fabs(sum - d.mg.value()) < 1e-6, qPrintable(at));
                }
                const double deq = s.annotations.value(QStringLiteral("daily_mg_deq")).toDouble();
                if (i > lastCrossover) {
                    // Monotone non-increasing after the crossover.
                    if (prevDeq >= 0.0)
                        QVERIFY2(deq <= prevDeq + 1e-9, qPrintable(at));
                    const double now = daily(s.doses, c->tapered);
                    const QString kind = s.annotations.value(QStringLiteral("kind")).toString();
                    if (kind == QStringLiteral("reduction")) {
                        // Realised cut against the rule, computed independently of the planner.
                        const int hold = i + 1 < p.steps.size() ? p.steps[i + 1].day - s.day : r.everyDays;
                        const double n = r.everyDays;
                        bool within = true;
                        switch (r.strategy) {
                        case Strategy::Percent: {
                            const double cut = (prevMg - now) / prevMg, rule = r.percent / 100.0;
                            within = cut <= rule + 1e-9 || std::pow(1.0 - cut, n / hold) >= 1.0 - rule - 1e-9;
                            break;
                        }
                        case Strategy::Linear: {
                            const double cut = prevMg - now, rule = r.linearMg.value();
                            if (rule > 0.0) // 0 = 10 % of the start, covered by linearDefaultsAndTargets
                                within = cut <= rule + 1e-9 || cut * n / hold <= rule + 1e-9;
                            break;
                        }
                        case Strategy::Occupancy: {
                            const double drop = s.annotations.value(QStringLiteral("occupancy_drop_pts")).toDouble();
                            within = drop <= r.maxDropPoints + 0.011; // annotations are rounded to 0.01
                            break;
                        }
                        case Strategy::Guided:
                            break;
                        }
                        if (!within) {
                            ++flagged;
                            QVERIFY2(hasCheck(checks, CheckCode::CutExceedsRule, i),
                                qPrintable(at + QStringLiteral(": unflagged")));
                        }
                        if (s.annotations.value(QStringLiteral("rule_exceeded")).toBool()) {
                            ++rounding;
                            QVERIFY2(!s.annotations.value(QStringLiteral("notes")).toArray().isEmpty(), qPrintable(at));
                        }
                        QVERIFY2(s.annotations.contains(QStringLiteral("realised_cut_pct")), qPrintable(at));
                        QVERIFY2(s.annotations.contains(QStringLiteral("occupancy_drop_pts")), qPrintable(at));
                        if (i + 1 < p.steps.size())
                            QVERIFY2(p.steps[i + 1].day - s.day >= r.everyDays, qPrintable(at));
                    }
                    prevMg = now;
                }
                prevDeq = deq;
            }
            // Reaches zero (or the target).
            QVERIFY2(p.steps.last().doses.isEmpty(), qPrintable(label));
            QCOMPARE(p.steps.last().annotations.value(QStringLiteral("kind")).toString(), QStringLiteral("stop"));
        }
        QVERIFY(made >= 100);
        QVERIFY(rounding > 0); // the sample does exercise forced rounding
        qInfo("%d plans, %d steps forced by rounding, %d flagged beyond the rule", made, rounding, flagged);
    }

    void linearDefaultsAndTargets()
    {
        const Catalogue &cat = Catalogue::shared();
        Generator gen(77u);
        int made = 0;
        for (int attempt = 0; made < 30 && attempt < 200; ++attempt) {
            std::optional<Case> c = gen.next(cat);
            if (!c)
                continue;
            PlannerRequest r = c->request;
            r.strategy = Strategy::Linear;
            r.linearMg = Milligrams(1.0);
            if (c->tapered != QStringLiteral("diazepam"))
                r.linearMg = Milligrams(cat.find(c->tapered)->equivalenceMg(r.equivalence) / 10.0);
            r.rounding = RoundingMode::NeverBeyondRule;
            const Expected<Plan> full = makePlan(r, cat);
            if (!full)
                continue;
            // Never cuts more than the rule's mg unless noted and checked.
            const QList<Check> checks = runChecks(full.value(), cat, CheckContext {});
            double prev = -1.0;
            for (int i = 0; i < full->steps.size(); ++i) {
                const Step &s = full->steps[i];
                if (s.annotations.value(QStringLiteral("kind")).toString() == QStringLiteral("crossover"))
                    continue;
                const double now = daily(s.doses, c->tapered);
                if (prev > 0.0 && now > 0.0 && prev - now > r.linearMg.value() + 1e-9) {
                    const int hold = i + 1 < full->steps.size() ? full->steps[i + 1].day - s.day : r.everyDays;
                    if ((prev - now) * r.everyDays / hold > r.linearMg.value() + 1e-9)
                        QVERIFY2(hasCheck(checks, CheckCode::CutExceedsRule, i), qPrintable(c->label));
                }
                prev = now;
            }
            // With a target half-way the plan stops there, at or above it.
            double start = 0.0;
            for (const Step &s : full->steps)
                start = std::max(start, daily(s.doses, c->tapered));
            if (start <= 0.0)
                continue;
            const DoseRounder rounder(c->tapered, productsFor(*cat.find(c->tapered), r.region, r.forms));
            const double target = rounder.floorAmount(Milligrams(start / 2.0)).value();
            if (target <= 0.0)
                continue;
            r.targetMg = Milligrams(target);
            const Expected<Plan> partial = makePlan(r, cat);
            if (!partial)
                continue;
            ++made;
            QVERIFY2(!partial->steps.last().doses.isEmpty(), qPrintable(c->label));
            const double end = daily(partial->steps.last().doses, c->tapered);
            QVERIFY2(end >= target - 1e-9, qPrintable(c->label));
            for (const Step &s : partial->steps)
                if (s.annotations.value(QStringLiteral("kind")).toString() != QStringLiteral("crossover"))
                    QVERIFY(daily(s.doses, c->tapered) >= target - 1e-9);
        }
        QVERIFY(made >= 20);
    }

    void guidedPlansStayUnderTheirCap()
    {
        const Catalogue &cat = Catalogue::shared();
        struct G
        {
            QList<Dose> current;
            QString switchTo;
            double cap;
            int prior;
            double multiplier;
        };
        const QList<G> cases {
            {{Dose {QStringLiteral("diazepam"), 22 * 60, Milligrams(20.0), {}}}, {}, 0.05, 0, 1.0},
            {{Dose {QStringLiteral("diazepam"), 8 * 60, Milligrams(15.0), {}},
                 Dose {QStringLiteral("diazepam"), 22 * 60, Milligrams(15.0), {}}},
                {}, 0.05, 2, 1.0},
            {{Dose {QStringLiteral("diazepam"), 22 * 60, Milligrams(10.0), {}}}, {}, 0.03, 0, 1.5},
            {{Dose {QStringLiteral("clonazepam"), 8 * 60, Milligrams(1.0), {}},
                 Dose {QStringLiteral("clonazepam"), 22 * 60, Milligrams(1.0), {}}},
                {}, 0.08, 0, 1.0},
            {{Dose {QStringLiteral("lorazepam"), 8 * 60, Milligrams(1.0), {}},
                 Dose {QStringLiteral("lorazepam"), 22 * 60, Milligrams(1.0), {}}},
                QStringLiteral("diazepam"), 0.05, 0, 1.0},
        };
        int slowerWithKindling = 0;
        for (const G &g : cases) {
            PlannerRequest r;
            r.current = g.current;
            r.switchTo = g.switchTo;
            r.strategy = Strategy::Guided;
            r.maxPressure = g.cap;
            r.forms = FormsAllowed::TabletsAndLiquid;
            r.patient.priorAbruptWithdrawals = g.prior;
            r.patient.halfLifeMultiplier = g.multiplier;
            const Expected<Plan> p = makePlan(r, cat);
            QVERIFY2(p, p ? "" : qPrintable(p.error().text()));
            QVERIFY(p->steps.last().doses.isEmpty());
            for (int i = 1; i < p->steps.size(); ++i)
                if (p->steps[i].annotations.value(QStringLiteral("kind")).toString() != QStringLiteral("crossover"))
                    QVERIFY(p->steps[i].annotations.value(QStringLiteral("daily_mg_deq")).toDouble()
                        <= p->steps[i - 1].annotations.value(QStringLiteral("daily_mg_deq")).toDouble() + 1e-9);
            // Independent verification: simulate the whole document as written.
            const std::optional<GuidedReadBack> back = readBack(p.value(), cat);
            QVERIFY(back);
            const double peak = peakBetween(
                back->sim, 24.0 * p->steps[back->firstReduction].day, std::numeric_limits<double>::infinity());
            if (!back->flagged)
                QVERIFY2(peak <= g.cap + 1e-6, qPrintable(QStringLiteral("peak %1 over cap %2").arg(peak).arg(g.cap)));
            if (g.prior > 0) {
                PlannerRequest plain = r;
                plain.patient.priorAbruptWithdrawals = 0;
                const Expected<Plan> q = makePlan(plain, cat);
                QVERIFY(q);
                if (q->steps.last().day < p->steps.last().day)
                    ++slowerWithKindling;
            }
        }
        QCOMPARE(slowerWithKindling, 1); // kindling raises the shown pressure, so the plan is slower
    }

    void guidedPlansOverRandomRegimens()
    {
        // Random starting regimens (the generator above), caps and kindling histories: after the
        // first reduction the simulated pressure stays under the plan's effective cap unless a
        // step is flagged, and any crossover stage that goes over the cap is reported by the checks.
        const Catalogue &cat = Catalogue::shared();
        Generator gen(20261126);
        int stagesOverCap = 0, switched = 0, planned = 0;
        for (int attempt = 0; attempt < 60 && planned < 12; ++attempt) {
            std::optional<Case> c = gen.next(cat);
            if (!c)
                continue;
            PlannerRequest &r = c->request;
            r.strategy = Strategy::Guided;
            r.maxPressure = gen.pickOf({0.05, 0.08, 0.12});
            r.patient.priorAbruptWithdrawals = gen.pick(2);
            const QString label = QStringLiteral("%1, cap %2, prior %3")
                                      .arg(c->label)
                                      .arg(r.maxPressure)
                                      .arg(r.patient.priorAbruptWithdrawals);
            const Expected<Plan> p = makePlan(r, cat);
            QVERIFY2(p, qPrintable(label + QStringLiteral(": ") + (p ? QString() : p.error().text())));
            ++planned;
            switched += r.switchTo.isEmpty() ? 0 : 1;
            const double cap = p->extra.value(QStringLiteral("planner"))
                                   .toObject()
                                   .value(QStringLiteral("effective_cap"))
                                   .toDouble(r.maxPressure);
            const std::optional<GuidedReadBack> back = readBack(p.value(), cat);
            QVERIFY2(back, qPrintable(label));
            const double peak = peakBetween(
                back->sim, 24.0 * p->steps[back->firstReduction].day, std::numeric_limits<double>::infinity());
            if (!back->flagged)
                QVERIFY2(
                    peak <= cap + 1e-6, qPrintable(label + QStringLiteral(": peak %1 over cap %2").arg(peak).arg(cap)));
            // Crossover stages: the checks name every one whose modelled pressure goes over the cap.
            const QList<Check> checks = runChecks(p.value(), cat, CheckContext());
            for (int i = 0; i < back->firstReduction; ++i) {
                const double stagePeak = peakBetween(back->sim, 24.0 * p->steps[i].day, 24.0 * p->steps[i + 1].day);
                if (stagePeak <= cap + 2e-3)
                    continue;
                ++stagesOverCap;
                QVERIFY2(hasCheck(checks, CheckCode::PressureAboveCap, i),
                    qPrintable(label + QStringLiteral(": stage %1 peaks at %2").arg(i).arg(stagePeak)));
            }
        }
        // The fixed seed covers switches, and at least one stage over its cap.
        QCOMPARE(planned, 12);
        QVERIFY(switched >= 2);
        QVERIFY(stagesOverCap >= 1);
    }
};

QTEST_GUILESS_MAIN(TestPlannerProperties)
#include "tst_planner_properties.moc"
