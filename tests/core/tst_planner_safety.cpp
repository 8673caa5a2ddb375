// The planner never hands over an unsafe plan quietly: when the products cannot follow the rule it
// says so (a critical finding) and offers what would work; older patients and liver impairment
// slow the pace; guided plans start gently; micro-taper days keep one product combination; stop
// notes are true for the drug tapered. Property: over random regimens, regions, presets and
// patients, no step goes over its rule and no stop is from more than a small dose unless a
// critical finding names it.
#include "catalogue.h"
#include "checks.h"
#include "planner.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace lento;

namespace {

Dose dose(const char *drug, int hour, double mg)
{
    return Dose {QString::fromLatin1(drug), hour * 60, Milligrams(mg), {}};
}

double dailyMg(const Step &s)
{
    double t = 0.0;
    for (const Dose &d : s.doses)
        t += d.mg.value();
    return t;
}

QList<Check> checksOf(const Plan &p, const char *code, const CheckContext &ctx = {})
{
    QList<Check> out;
    for (const Check &c : runChecks(p, Catalogue::shared(), ctx))
        if (code == nullptr || c.code == QLatin1String(code))
            out << c;
    return out;
}

bool criticalAt(const QList<Check> &checks, const char *code, int step)
{
    for (const Check &c : checks)
        if (c.code == QLatin1String(code) && c.stepIndex == step && c.severity == CheckSeverity::Critical)
            return true;
    return false;
}

QJsonObject feasibility(const Plan &p)
{
    return p.extra.value(QStringLiteral("planner")).toObject().value(QStringLiteral("feasibility")).toObject();
}

QString notesOf(const Step &s)
{
    QStringList out;
    for (const QJsonValue &v : s.annotations.value(QStringLiteral("notes")).toArray())
        out << v.toString();
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestPlannerSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The pharmacist's case: clonazepam 0.5 mg twice a day, ASAM's slowest preset, Chinese
    // products (0.5 mg whole tablets, 2 mg halves), a 78-year-old with liver impairment.
    void halveThenStopIsCriticalWithAlternatives()
    {
        PlannerRequest r;
        r.current = {dose("clonazepam", 8, 0.5), dose("clonazepam", 22, 0.5)};
        applyPacePreset(*findPacePreset(QStringLiteral("percent-5-28")), &r);
        r.region = QStringLiteral("cn");
        r.ageYears = 78;
        r.liverImpairment = true;
        const Expected<Plan> planned = makePlan(r, Catalogue::shared());
        QVERIFY(planned);
        const Plan &p = planned.value();
        // Still halve-then-stop: the products cannot do better ...
        QCOMPARE(p.steps.size(), 2);
        QCOMPARE(dailyMg(p.steps[0]), 0.5);
        QVERIFY(p.steps[1].doses.isEmpty());
        QVERIFY(p.steps[0].annotations.value(QStringLiteral("rule_broken")).toBool());
        // ... so the plan says so as its result, with the numbers.
        const QJsonObject f = feasibility(p);
        QVERIFY(!f.isEmpty());
        QCOMPARE(f.value(QStringLiteral("follows_rule")).toBool(true), false);
        const QJsonArray problems = f.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].toObject().value(QStringLiteral("cut_pct")).toDouble(), 50.0);
        QCOMPARE(problems[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("stop"));
        QCOMPARE(problems[1].toObject().value(QStringLiteral("from_mg_deq")).toDouble(), 10.0);
        // Slowed for age and liver: 28 days became 56, the half-life multiplier 2.
        const QJsonObject planner = p.extra.value(QStringLiteral("planner")).toObject();
        QCOMPARE(planner.value(QStringLiteral("every_days")).toInt(), 56);
        QCOMPARE(p.patient.halfLifeMultiplier, 2.0);
        // What would work: a compounded liquid keeps to the rule; diazepam is not suited at 78.
        bool compounded = false, diazepamUnsuited = false;
        for (const QJsonValue &v : f.value(QStringLiteral("alternatives")).toArray()) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("kind")).toString() == QStringLiteral("compounded"))
                compounded = a.value(QStringLiteral("follows_rule")).toBool()
                    && a.value(QStringLiteral("strength_mg_per_ml")).toDouble() == 0.1;
            if (a.value(QStringLiteral("kind")).toString() == QStringLiteral("switch"))
                diazepamUnsuited = !a.value(QStringLiteral("suited")).toBool(true);
        }
        QVERIFY(compounded);
        QVERIFY(diazepamUnsuited);
        QVERIFY(f.value(QStringLiteral("text")).toString().contains(QStringLiteral("What would work")));
        // The checks make it critical: the plan-wide finding, the step over the rule, the stop.
        CheckContext ctx;
        ctx.ageYears = 78;
        ctx.liverImpairment = true;
        const QList<Check> all = checksOf(p, nullptr, ctx);
        QVERIFY(criticalAt(all, CheckCode::RuleNotAchievable, -1));
        QVERIFY(criticalAt(all, CheckCode::CutExceedsRule, 0));
        QVERIFY(criticalAt(all, CheckCode::AbruptStop, 1));
        // Re-planning from the recorded request does not slow the pace twice.
        const Expected<PlannerRequest> again = PlannerRequest::fromJson(planner);
        QVERIFY(again);
        QVERIFY(again->paceSlowed);
        QCOMPARE(again->everyDays, 56);
        // A window form that shows the slowed pace goes back to the pace asked for before
        // planning again, so the patient's age slows it once only.
        PlannerRequest form = again.value();
        form.paceSlowed = false;
        form.patient.halfLifeMultiplier = 2.0;
        restoreRequestedPace(&form, planner);
        QCOMPARE(form.everyDays, 28);
        QCOMPARE(form.patient.halfLifeMultiplier, 1.0);
        form.current = r.current;
        form.ageYears = 78;
        form.liverImpairment = true;
        const Expected<Plan> replanned = makePlan(form, Catalogue::shared());
        QVERIFY2(replanned, qPrintable(replanned ? QString() : replanned.error().text()));
        QCOMPARE(
            replanned->extra.value(QStringLiteral("planner")).toObject().value(QStringLiteral("every_days")).toInt(),
            56);
    }

    void aPlanThatFollowsItsRuleHasNoFeasibilityNote()
    {
        PlannerRequest r;
        r.current = {dose("diazepam", 8, 10), dose("diazepam", 22, 10)};
        r.forms = FormsAllowed::TabletsAndLiquid;
        const Expected<Plan> p = makePlan(r, Catalogue::shared());
        QVERIFY(p);
        QVERIFY(feasibility(p.value()).isEmpty());
        for (const Check &c : checksOf(p.value(), nullptr))
            QVERIFY2(c.severity != CheckSeverity::Critical, qPrintable(c.message));
        // Tablets alone cannot keep to 1.3 occupancy points a step below 7 mg: the region's
        // liquid would.
        r.current = {dose("diazepam", 8, 5), dose("diazepam", 22, 5)};
        applyPacePreset(*findPacePreset(QStringLiteral("occupancy-1.3")), &r);
        r.forms = FormsAllowed::Tablets;
        const Expected<Plan> q = makePlan(r, Catalogue::shared());
        QVERIFY(q);
        const QJsonArray alternatives = feasibility(q.value()).value(QStringLiteral("alternatives")).toArray();
        QVERIFY(!alternatives.isEmpty());
        QCOMPARE(alternatives[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("liquid"));
        QVERIFY(alternatives[0].toObject().value(QStringLiteral("follows_rule")).toBool());
    }

    void olderPatientsTaperSlower()
    {
        PlannerRequest r;
        r.current = {dose("diazepam", 22, 10)};
        r.forms = FormsAllowed::TabletsAndLiquid;
        const Expected<Plan> young = makePlan(r, Catalogue::shared());
        r.ageYears = 70;
        const Expected<Plan> older = makePlan(r, Catalogue::shared());
        QVERIFY(young && older);
        QCOMPARE(young->steps[1].day - young->steps[0].day, 14);
        QCOMPARE(older->steps[1].day - older->steps[0].day, 21); // 14 × 1.5
        QCOMPARE(older->patient.halfLifeMultiplier, 1.5);
        QVERIFY(older->steps.last().day > young->steps.last().day);
        // A multiplier the prescriber set is kept.
        r.patient.halfLifeMultiplier = 1.8;
        QCOMPARE(makePlan(r, Catalogue::shared())->patient.halfLifeMultiplier, 1.8);
    }

    void guidedPlansStartWithTenPercentAtMost()
    {
        PlannerRequest r;
        r.current = {dose("diazepam", 8, 10), dose("diazepam", 22, 10)};
        r.strategy = Strategy::Guided;
        r.forms = FormsAllowed::TabletsAndLiquid;
        r.maxPressure = 0.15; // a loose cap would allow 25 % at once
        const Expected<Plan> p = makePlan(r, Catalogue::shared());
        QVERIFY(p);
        QVERIFY2(p->steps[0].annotations.value(QStringLiteral("realised_cut_pct")).toDouble() <= 10.0 + 1e-9,
            qPrintable(QString::number(dailyMg(p->steps[0]))));
        QVERIFY(checksOf(p.value(), CheckCode::FirstCutOver10).isEmpty());
        // Asked otherwise: up to 25 %.
        r.firstCutPercent = 25.0;
        const Expected<Plan> q = makePlan(r, Catalogue::shared());
        QVERIFY(q);
        QVERIFY(q->steps[0].annotations.value(QStringLiteral("realised_cut_pct")).toDouble() > 10.0);
    }

    void microTaperDaysKeepOneCombination()
    {
        PlannerRequest r;
        r.current = {dose("diazepam", 8, 5), dose("diazepam", 22, 5)};
        r.forms = FormsAllowed::TabletsAndLiquid;
        r.microTaper = true;
        const Expected<Plan> p = makePlan(r, Catalogue::shared());
        QVERIFY(p);
        int microDays = 0;
        // Within each step's run of micro-taper days: the same tablets, and the liquid volume
        // never rises while the dose falls.
        QMap<QString, QPair<QString, double>> last; // time -> (tablet text, mL)
        for (qsizetype k = 0; k < p->steps.size(); ++k) {
            const QJsonObject a = p->steps[k].annotations;
            if (!a.value(QStringLiteral("micro_taper")).toBool())
                continue;
            ++microDays;
            const bool head = !a.value(QStringLiteral("notes")).toArray().isEmpty();
            for (const QJsonValue &cv : a.value(QStringLiteral("compositions")).toArray()) {
                const QJsonObject c = cv.toObject();
                QString tablets;
                double ml = 0.0;
                for (const QJsonValue &pv : c.value(QStringLiteral("pieces")).toArray()) {
                    const QJsonObject piece = pv.toObject();
                    if (piece.value(QStringLiteral("form")).toString() == QStringLiteral("liquid"))
                        ml += piece.value(QStringLiteral("ml")).toDouble();
                    else
                        tablets += piece.value(QStringLiteral("text")).toString() + QLatin1Char(';');
                }
                const QString time = c.value(QStringLiteral("time")).toString();
                if (!head && last.contains(time)) {
                    QCOMPARE(tablets, last.value(time).first);
                    QVERIFY2(ml <= last.value(time).second + 1e-9,
                        qPrintable(QStringLiteral("day %1 %2: %3 mL").arg(p->steps[k].day).arg(time).arg(ml)));
                }
                last.insert(time, {tablets, ml});
            }
        }
        QVERIFY(microDays > 20);
    }

    void stopNotesAreTrueForTheDrugTapered()
    {
        PlannerRequest r;
        r.current = {dose("diazepam", 22, 2)};
        r.forms = FormsAllowed::TabletsAndLiquid;
        const Expected<Plan> p = makePlan(r, Catalogue::shared());
        QVERIFY(p);
        const QString note = notesOf(p->steps.last());
        QVERIFY2(note.startsWith(QStringLiteral("Stop from 0.")), qPrintable(note));
        QVERIFY2(!note.contains(QStringLiteral("about 0.25 mg/day diazepam-equivalent")), qPrintable(note));
        QVERIFY2(!note.contains(QStringLiteral("mg/day diazepam-equivalent,")), qPrintable(note));
        // Another drug names its own equivalent.
        r.current = {dose("lorazepam", 22, 1)};
        r.region = QStringLiteral("us");
        const Expected<Plan> q = makePlan(r, Catalogue::shared());
        QVERIFY(q);
        QVERIFY2(notesOf(q->steps.last()).contains(QStringLiteral("mg/day diazepam-equivalent")),
            qPrintable(notesOf(q->steps.last())));
    }

    // Practical doses: alprazolam 1 mg three times a day to diazepam, occupancy steps, UK tablets
    // and the 2 mg/5 mL liquid. Before, the 08:00 dose fell to 4.4 mL (1.76 mg, 31.76 mg/day), the
    // tail ran 2.88, 1.44 and a token 0.16 mg/day; now every dose is one form, doses with the
    // liquid are round measures, and nothing below the stop floor is planned.
    void practicalDosesAfterACrossover()
    {
        PlannerRequest r;
        r.current = {dose("alprazolam", 8, 1), dose("alprazolam", 14, 1), dose("alprazolam", 22, 1)};
        r.switchTo = QStringLiteral("diazepam");
        r.strategy = Strategy::Occupancy;
        r.region = QStringLiteral("uk");
        r.forms = FormsAllowed::TabletsAndLiquid;
        const Expected<Plan> p = makePlan(r, Catalogue::shared());
        QVERIFY(p);
        QList<double> daily;
        for (const Step &s : p->steps) {
            daily << dailyMg(s);
            for (const QJsonValue &cv : s.annotations.value(QStringLiteral("compositions")).toArray()) {
                const QJsonObject c = cv.toObject();
                bool tablets = false, liquid = false;
                for (const QJsonValue &pv : c.value(QStringLiteral("pieces")).toArray())
                    (pv.toObject().value(QStringLiteral("form")).toString() == QStringLiteral("liquid") ? liquid
                                                                                                        : tablets)
                        = true;
                QVERIFY2(!(tablets && liquid),
                    qPrintable(
                        QStringLiteral("day %1: %2").arg(s.day).arg(c.value(QStringLiteral("text")).toString())));
                // A dose is a round measure: a multiple of 0.05 mg (1 mg steps above 20 mg).
                const double mg = c.value(QStringLiteral("mg")).toDouble();
                QVERIFY2(std::fabs(mg * 20.0 - std::round(mg * 20.0)) < 1e-6, qPrintable(QString::number(mg)));
            }
        }
        for (double odd : {31.76, 2.88, 1.44, 0.16})
            QVERIFY2(!daily.contains(odd), qPrintable(QString::number(odd)));
        QVERIFY(daily.contains(32.0)); // 08:00 one 2 mg tablet, 22:00 3 × 10 mg
        // The last dose before the stop is not a token: at least the floor (0.25 mg/day).
        QCOMPARE(daily.last(), 0.0);
        QVERIFY(daily[daily.size() - 2] >= 0.25);
    }

    // A cut the rule would take below the stop floor goes to the floor, then the stop follows.
    void noTokenLastDose()
    {
        PlannerRequest r;
        r.current = {dose("diazepam", 22, 2)};
        r.strategy = Strategy::Occupancy;
        r.maxDropPoints = 5.0;
        r.forms = FormsAllowed::TabletsAndLiquid;
        const Expected<Plan> p = makePlan(r, Catalogue::shared());
        QVERIFY(p);
        for (qsizetype i = 0; i + 1 < p->steps.size(); ++i)
            QVERIFY2(dailyMg(p->steps[i]) >= 0.25 - 1e-9, qPrintable(QString::number(dailyMg(p->steps[i]))));
        QVERIFY(p->steps.last().doses.isEmpty());
    }

    // Property: random regimens, regions, presets and patients.
    void noUnflaggedStepOverTheRuleOrLargeStop()
    {
        const Catalogue &cat = Catalogue::shared();
        const char *drugs[]
            = {"alprazolam", "lorazepam", "diazepam", "clonazepam", "oxazepam", "temazepam", "zolpidem", "nitrazepam"};
        QRandomGenerator rng(20261205u);
        int made = 0, flaggedSteps = 0, flaggedStops = 0;
        for (int attempt = 0; made < 150 && attempt < 600; ++attempt) {
            const QString drug = QString::fromLatin1(drugs[rng.bounded(int(std::size(drugs)))]);
            const DrugParams *d = cat.find(drug);
            const QString region = cat.regions()[rng.bounded(int(cat.regions().size()))];
            const QList<Product> own = productsFor(*d, region, FormsAllowed::Tablets);
            if (own.isEmpty())
                continue;
            PlannerRequest r;
            r.region = region;
            const DoseRounder rounder(drug, own);
            const int times = 1 + int(rng.bounded(3));
            const int hours[3][3] = {{22, 0, 0}, {8, 22, 0}, {8, 14, 22}};
            for (int i = 0; i < times; ++i)
                r.current.append(Dose {drug, hours[times - 1][i] * 60,
                    Milligrams(rounder.smallestAmount().value() * (1 + rng.bounded(rng.bounded(2) ? 6 : 24))), {}});
            const QList<PacePreset> &presets = pacePresets();
            applyPacePreset(presets[rng.bounded(int(presets.size()))], &r);
            if (rng.bounded(3) == 0 && drug != QStringLiteral("diazepam") && drug != QStringLiteral("zolpidem"))
                r.switchTo = QStringLiteral("diazepam");
            r.forms = rng.bounded(2) ? FormsAllowed::TabletsAndLiquid : FormsAllowed::Tablets;
            if (rng.bounded(3) == 0)
                r.ageYears = 66 + int(rng.bounded(25));
            r.liverImpairment = rng.bounded(4) == 0;
            const Expected<Plan> planned = makePlan(r, cat);
            if (!planned)
                continue; // a request the products cannot serve at all is refused with a reason
            ++made;
            const Plan &p = planned.value();
            const QString label
                = QStringLiteral("%1 %2 x%3 %4 %5").arg(drug, region).arg(times).arg(r.switchTo, formsId(r.forms));
            const Expected<PlannerRequest> rule
                = PlannerRequest::fromJson(p.extra.value(QStringLiteral("planner")).toObject());
            QVERIFY(rule);
            const QString tapered
                = p.extra.value(QStringLiteral("planner")).toObject().value(QStringLiteral("tapered_drug")).toString();
            const double deqPerMg = 10.0 / p.drugs.value(tapered).value(QStringLiteral("diazepam_eq_mg")).toDouble();
            QVERIFY2(deqPerMg > 0.0, qPrintable(label));
            const QList<Check> checks = checksOf(p, nullptr);
            double prevDeq = -1.0;
            for (qsizetype i = 0; i < p.steps.size(); ++i) {
                const Step &s = p.steps[i];
                const QJsonObject a = s.annotations;
                const QString kind = a.value(QStringLiteral("kind")).toString();
                const double deq = a.value(QStringLiteral("daily_mg_deq")).toDouble();
                const QString at = QStringLiteral("%1, step %2").arg(label).arg(i);
                if (kind == QStringLiteral("crossover") || a.value(QStringLiteral("micro_taper")).toBool()) {
                    prevDeq = deq;
                    continue;
                }
                if (prevDeq > kSmallDoseMgDeq + 1e-9 && kind == QStringLiteral("reduction")) {
                    // Against the recorded rule, computed here.
                    const int hold = i + 1 < p.steps.size() ? p.steps[i + 1].day - s.day : rule->everyDays;
                    const double cut = (prevDeq - deq) / prevDeq;
                    bool within = true;
                    if (rule->strategy == Strategy::Percent) {
                        const double pr = rule->percent / 100.0;
                        within = cut <= pr + 1e-9
                            || std::pow(1.0 - cut, double(rule->everyDays) / hold) >= 1.0 - pr - 1e-9;
                    } else if (rule->strategy == Strategy::Occupancy) {
                        within
                            = a.value(QStringLiteral("occupancy_drop_pts")).toDouble() <= rule->maxDropPoints + 0.011;
                    }
                    if (!within) {
                        ++flaggedSteps;
                        QVERIFY2(criticalAt(checks, CheckCode::CutExceedsRule, int(i)), qPrintable(at));
                        QVERIFY2(criticalAt(checks, CheckCode::RuleNotAchievable, -1), qPrintable(at));
                    }
                }
                // No token dose: a reduction never goes below 0.25 mg/day diazepam-equivalent.
                if (kind == QStringLiteral("reduction") && !s.doses.isEmpty())
                    QVERIFY2(deq >= 0.25 - 1e-6,
                        qPrintable(QStringLiteral("%1: %2 mg/day diazepam-equivalent").arg(at).arg(deq)));
                if (s.doses.isEmpty() && prevDeq > kSmallDoseMgDeq + 1e-9) {
                    ++flaggedStops;
                    QVERIFY2(criticalAt(checks, CheckCode::AbruptStop, int(i)), qPrintable(at));
                    QVERIFY2(criticalAt(checks, CheckCode::RuleNotAchievable, -1), qPrintable(at));
                }
                prevDeq = deq;
            }
        }
        QVERIFY(made >= 100);
        QVERIFY(flaggedSteps + flaggedStops > 0); // the sample does reach plans the products cannot serve
        qInfo("%d plans, %d steps over the rule and %d large stops, each named critical", made, flaggedSteps,
            flaggedStops);
    }
};

QTEST_GUILESS_MAIN(TestPlannerSafety)
#include "tst_planner_safety.moc"
