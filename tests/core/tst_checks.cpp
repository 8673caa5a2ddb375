// Guideline and safety checks on hand-written plans (no planner annotations): each check fires
// where it should, with its severity, step and rule source, and stays quiet where it should not.
#include "catalogue.h"
#include "checks.h"
#include "modelinput.h"
#include "planner.h"

#include <QJsonArray>
#include <QTest>

using namespace lento;

namespace {

Dose dose(const char *drug, int hour, double mg)
{
    return Dose {QString::fromLatin1(drug), hour * 60, Milligrams(mg), {}};
}

// A diazepam plan: current dose, then (day, daily dose at 22:00) steps; 0 = stop.
Plan diazepam(double current, const QList<QPair<int, double>> &steps)
{
    Plan p;
    p.current = {dose("diazepam", 22, current)};
    for (const auto &s : steps) {
        Step st;
        st.day = s.first;
        if (s.second > 0.0)
            st.doses = {dose("diazepam", 22, s.second)};
        p.steps.append(st);
    }
    return p;
}

QList<Check> find(const QList<Check> &checks, const char *code)
{
    QList<Check> out;
    for (const Check &c : checks)
        if (c.code == QLatin1String(code))
            out << c;
    return out;
}

QList<Check> run(const Plan &p, const CheckContext &ctx = {})
{
    return runChecks(p, Catalogue::shared(), ctx);
}

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gentleTaperHasNoWarnings()
    {
        const Plan p = diazepam(20, {{0, 18}, {14, 16.5}, {28, 15}, {42, 13.5}});
        for (const Check &c : run(p))
            QVERIFY2(c.severity == CheckSeverity::Info, qPrintable(c.code + QStringLiteral(": ") + c.message));
    }

    void asamCeilingOverTwoWeeks()
    {
        // Two weekly 15 % cuts: 27.75 % within two weeks on the second one.
        const Plan weekly = diazepam(20, {{0, 17}, {7, 14.45}, {21, 14}});
        const QList<Check> c = find(run(weekly), CheckCode::CutOver25In2Weeks);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].stepIndex, 1);
        QCOMPARE(c[0].severity, CheckSeverity::Warning);
        QVERIFY(c[0].ruleSource.contains(QStringLiteral("PMID 40526204")));
        QCOMPARE(c[0].details.value(QStringLiteral("cut_pct")).toDouble(), 27.8);
        // A single 20 % cut is within; a 30 % cut held four weeks is paced within 25 %.
        QVERIFY(find(run(diazepam(10, {{0, 8}, {14, 7.5}})), CheckCode::CutOver25In2Weeks).isEmpty());
        QVERIFY(find(run(diazepam(10, {{0, 10}, {14, 7}, {42, 6.5}})), CheckCode::CutOver25In2Weeks).isEmpty());
        QCOMPARE(find(run(diazepam(10, {{0, 10}, {14, 7}, {28, 6.5}})), CheckCode::CutOver25In2Weeks).size(), 1);
    }

    void firstCutIncreaseAndInterval()
    {
        const QList<Check> c = run(diazepam(20, {{0, 17}, {5, 16}, {19, 18}, {33, 17}}));
        const QList<Check> first = find(c, CheckCode::FirstCutOver10);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first[0].stepIndex, 0);
        const QList<Check> interval = find(c, CheckCode::IntervalUnder7);
        QCOMPARE(interval.size(), 1);
        QCOMPARE(interval[0].stepIndex, 1);
        QCOMPARE(interval[0].details.value(QStringLiteral("days")).toInt(), 5);
        const QList<Check> up = find(c, CheckCode::DoseIncrease);
        QCOMPARE(up.size(), 1);
        QCOMPARE(up[0].stepIndex, 2);
        QCOMPARE(up[0].severity, CheckSeverity::Warning);
        QVERIFY(find(run(diazepam(20, {{0, 19}, {14, 18}})), CheckCode::FirstCutOver10).isEmpty());
    }

    void abruptStops()
    {
        const Plan abrupt = diazepam(10, {{0, 9}, {14, 0}});
        QList<Check> c = find(run(abrupt), CheckCode::AbruptStop);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].stepIndex, 1);
        // A stop from 9 mg/day diazepam-equivalent is critical even without a kindling history.
        QCOMPARE(c[0].severity, CheckSeverity::Critical);
        CheckContext seizures;
        seizures.seizureHistory = true;
        c = find(run(abrupt, seizures), CheckCode::AbruptStop);
        QCOMPARE(c[0].severity, CheckSeverity::Critical);
        Plan prior = abrupt;
        prior.patient.priorAbruptWithdrawals = 1;
        QCOMPARE(find(run(prior), CheckCode::AbruptStop)[0].severity, CheckSeverity::Critical);
        QCOMPARE(find(run(prior), CheckCode::Kindling).size(), 1);
        // Stopping from 1 mg is the end of a taper, not an abrupt stop.
        QVERIFY(find(run(diazepam(2, {{0, 1}, {28, 0}})), CheckCode::AbruptStop).isEmpty());
        // Stopping everything on day 0 from the current regimen.
        QCOMPARE(find(run(diazepam(30, {{0, 0}})), CheckCode::AbruptStop).size(), 1);
    }

    void usualMaximum()
    {
        const QList<Check> c = find(run(diazepam(50, {{0, 45}, {14, 40}})), CheckCode::AboveUsualMax);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].stepIndex, -1);
        QVERIFY(c[0].message.contains(QStringLiteral("Diazepam")));
        // Diazepam's 40 mg/day is a believed value: the source says so instead of a bare key.
        QVERIFY2(c[0].ruleSource.contains(QStringLiteral("believed")), qPrintable(c[0].ruleSource));
        QVERIFY2(!c[0].ruleSource.contains(QStringLiteral("(BLV)")), qPrintable(c[0].ruleSource));
        QVERIFY(find(run(diazepam(30, {{0, 27}})), CheckCode::AboveUsualMax).isEmpty());
    }

    void opioidShowsTheBlissCombination()
    {
        CheckContext ctx;
        ctx.opioidCoPrescription = true;
        const QList<Check> c = find(run(diazepam(10, {{0, 9}}), ctx), CheckCode::OpioidCoPrescription);
        QCOMPARE(c.size(), 1);
        QVERIFY2(c[0].message.contains(QStringLiteral("42 %")) && c[0].message.contains(QStringLiteral("58 %")),
            qPrintable(c[0].message));
        QVERIFY(c[0].message.contains(QStringLiteral("illustration")));
        QVERIFY(c[0].message.contains(QStringLiteral("worse than independent")));
        QCOMPARE(c[0].details.value(QStringLiteral("combined")).toDouble(), 0.58);
        QVERIFY(find(run(diazepam(10, {{0, 9}})), CheckCode::OpioidCoPrescription).isEmpty());
    }

    void ageAndLiver()
    {
        CheckContext old;
        old.ageYears = 72;
        Plan p = diazepam(10, {{0, 9}});
        QList<Check> c = find(run(p, old), CheckCode::Accumulation);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].severity, CheckSeverity::Warning);
        QCOMPARE(c[0].details.value(QStringLiteral("suggested_multiplier")).toDouble(), 1.5);
        p.patient.halfLifeMultiplier = 1.6;
        QCOMPARE(find(run(p, old), CheckCode::Accumulation)[0].severity, CheckSeverity::Info);
        CheckContext liver;
        liver.liverImpairment = true;
        QCOMPARE(find(run(diazepam(10, {{0, 9}}), liver), CheckCode::Accumulation)[0]
                     .details.value(QStringLiteral("suggested_multiplier"))
                     .toDouble(),
            2.0);
        CheckContext young;
        young.ageYears = 40;
        QVERIFY(find(run(diazepam(10, {{0, 9}}), young), CheckCode::Accumulation).isEmpty());
    }

    void shortActingSwingSuggestsCrossover()
    {
        Plan p;
        p.current = {dose("alprazolam", 8, 1), dose("alprazolam", 22, 1)};
        Step s;
        s.day = 0;
        s.doses = {dose("alprazolam", 8, 1), dose("alprazolam", 22, 0.75)};
        p.steps = {s};
        const QList<Check> c = find(run(p), CheckCode::ShortActingSwing);
        QCOMPARE(c.size(), 1);
        QVERIFY(c[0].details.value(QStringLiteral("swing")).toDouble() > kLargeSwing);
        QVERIFY(c[0].message.contains(QStringLiteral("crossover")));
        // Switched to diazepam: no suggestion.
        Step sw;
        sw.day = 0;
        sw.doses = {dose("alprazolam", 8, 1), dose("diazepam", 22, 20)};
        Step all;
        all.day = 7;
        all.doses = {dose("diazepam", 8, 20), dose("diazepam", 22, 20)};
        p.steps = {sw, all};
        QVERIFY(find(run(p), CheckCode::ShortActingSwing).isEmpty());
        QVERIFY(find(run(diazepam(10, {{0, 9}})), CheckCode::ShortActingSwing).isEmpty());
    }

    void epilepsyIndication()
    {
        Plan p;
        p.current = {dose("clonazepam", 22, 1)};
        Step s;
        s.doses = {dose("clonazepam", 22, 0.75)};
        p.steps = {s};
        QList<Check> c = find(run(p), CheckCode::EpilepsyIndication);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].severity, CheckSeverity::Info);
        CheckContext ctx;
        ctx.epilepsyIndication = true;
        c = find(run(p, ctx), CheckCode::EpilepsyIndication);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].severity, CheckSeverity::Critical);
        QVERIFY(c[0].message.contains(QStringLiteral("neurologist")));
        QVERIFY(find(run(diazepam(10, {{0, 9}})), CheckCode::EpilepsyIndication).isEmpty());
    }

    void equivalences()
    {
        Plan p;
        p.current = {dose("midazolam", 22, 7.5)};
        Step s;
        s.doses = {dose("midazolam", 22, 7.5)};
        p.steps = {s};
        QCOMPARE(find(run(p), CheckCode::UnverifiedEquivalence).size(), 1);
        // A switch between drugs whose sources disagree two-fold is pointed out.
        Plan sw;
        sw.current = {dose("lorazepam", 8, 1), dose("lorazepam", 22, 1)};
        Step a;
        a.doses = {dose("lorazepam", 8, 1), dose("diazepam", 22, 10)};
        sw.steps = {a};
        QCOMPARE(find(run(sw), CheckCode::EquivalenceDisagreement).size(), 1);
        QVERIFY(find(run(sw), CheckCode::UnverifiedEquivalence).isEmpty());
        // Without overrides in the plan, the context's source decides: VA/DoD (lorazepam 2 mg ≈
        // diazepam 10 mg) makes diazepam 10 mg an increase from lorazepam 1 mg.
        CheckContext vadod;
        vadod.equivalence = QStringLiteral("vadod");
        QVERIFY(find(run(sw), CheckCode::DoseIncrease).isEmpty());
        QCOMPARE(find(run(sw, vadod), CheckCode::DoseIncrease).size(), 1);
    }

    void guidedPlanOverItsCap()
    {
        // A guided crossover from alprazolam: the switching stages go over the cap and are named;
        // the same findings come from a simulation the caller already has (the workspace's).
        PlannerRequest r;
        r.current = {dose("alprazolam", 8, 1), dose("alprazolam", 14, 1), dose("alprazolam", 22, 1)};
        r.strategy = Strategy::Guided;
        r.switchTo = QStringLiteral("diazepam");
        const Expected<Plan> p = makePlan(r, Catalogue::shared());
        QVERIFY(p);
        const QList<Check> own = find(run(*p), CheckCode::PressureAboveCap);
        QVERIFY(!own.isEmpty());
        for (const Check &c : own) {
            const bool planned
                = p->steps[c.stepIndex].annotations.value(QStringLiteral("pressure_cap_exceeded")).toBool();
            QCOMPARE(c.severity, planned ? CheckSeverity::Info : CheckSeverity::Warning);
            QVERIFY(
                c.details.value(QStringLiteral("peak")).toDouble() > c.details.value(QStringLiteral("cap")).toDouble());
        }
        QCOMPARE(own.first().severity, CheckSeverity::Warning); // a crossover stage: the planner did not flag it
        const Expected<ModelInput> in = resolve(*p, Catalogue::shared());
        QVERIFY(in);
        SimulationOptions o;
        o.stepMinutes = 60;
        const Expected<SimulationResult> sim = simulate(*in, o);
        QVERIFY(sim);
        CheckContext ctx;
        ctx.simulation = &sim.value();
        const QList<Check> reused = find(run(*p, ctx), CheckCode::PressureAboveCap);
        QCOMPARE(reused.size(), own.size());
        for (qsizetype i = 0; i < own.size(); ++i)
            QCOMPARE(reused[i].stepIndex, own[i].stepIndex);
        // A percent plan promises no cap: nothing of the kind.
        r.strategy = Strategy::Percent;
        QVERIFY(find(run(makePlan(r, Catalogue::shared()).value()), CheckCode::PressureAboveCap).isEmpty());
    }

    void misspeltDrugKeysAreNamed()
    {
        Plan p = diazepam(10, {{0, 9}, {14, 8}});
        p.drugs.insert(QStringLiteral("diazepam"),
            QJsonObject {{QStringLiteral("half_lfe_h"), 60},
                {QStringLiteral("metabolite"), QJsonObject {{QStringLiteral("relative_potencey"), 1}}}});
        const QList<Check> c = find(run(p), CheckCode::UnusedDrugKey);
        QCOMPARE(c.size(), 2);
        QStringList paths;
        for (const Check &x : c)
            paths << x.details.value(QStringLiteral("path")).toString();
        paths.sort();
        QCOMPARE(paths,
            QStringList({QStringLiteral("drugs.diazepam.half_lfe_h"),
                QStringLiteral("drugs.diazepam.metabolite.relative_potencey")}));
        // Correct keys raise nothing.
        p.drugs.insert(QStringLiteral("diazepam"), QJsonObject {{QStringLiteral("half_life_h"), 60}});
        QVERIFY(find(run(p), CheckCode::UnusedDrugKey).isEmpty());
    }

    void unknownDrugIsCriticalAndOthersStillRun()
    {
        Plan p = diazepam(10, {{0, 9}, {3, 0}});
        p.steps[0].doses.append(dose("nosuchdrug", 8, 1));
        const QList<Check> c = run(p);
        QCOMPARE(find(c, CheckCode::UnknownDrug).size(), 1);
        QCOMPARE(find(c, CheckCode::UnknownDrug)[0].severity, CheckSeverity::Critical);
        QCOMPARE(find(c, CheckCode::IntervalUnder7).size(), 1);
    }

    void plannedRuleIsChecked()
    {
        // A plan recording "10 % every 14 days" whose step 2 was edited to a 30 % cut.
        Plan p = diazepam(20, {{0, 18}, {14, 12.6}, {28, 11.5}});
        PlannerRequest r;
        QJsonObject planner = r.toJson();
        planner.insert(QStringLiteral("tapered_drug"), QStringLiteral("diazepam"));
        p.extra.insert(QStringLiteral("planner"), planner);
        const QList<Check> c = find(run(p), CheckCode::CutExceedsRule);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].stepIndex, 1);
        QCOMPARE(c[0].severity, CheckSeverity::Critical); // a plan must not break its own rule quietly
        // Near the end (from a small dose) a larger cut is a warning only.
        Plan tail = diazepam(2, {{0, 1.8}, {14, 1}});
        tail.extra.insert(QStringLiteral("planner"), planner);
        const QList<Check> t = find(run(tail), CheckCode::CutExceedsRule);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t[0].severity, CheckSeverity::Warning);
        // Without the planner key the same plan has no rule to break.
        p.extra.remove(QStringLiteral("planner"));
        QVERIFY(find(run(p), CheckCode::CutExceedsRule).isEmpty());
    }

    void olderPatientSwitchedToDiazepamRaisesBeers()
    {
        Plan p;
        p.current = {dose("alprazolam", 8, 1), dose("alprazolam", 22, 1)};
        Step s1 {0, {dose("alprazolam", 8, 1), dose("diazepam", 22, 20)}, {}, {}, {}};
        Step s2 {7, {dose("diazepam", 8, 20), dose("diazepam", 22, 20)}, {}, {}, {}};
        p.steps = {s1, s2};
        CheckContext old;
        old.ageYears = 78;
        const QList<Check> c = find(run(p, old), CheckCode::BeersLongActing);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].stepIndex, 0);
        QVERIFY2(
            c[0].message.contains(QStringLiteral("Alternative: taper Alprazolam itself")), qPrintable(c[0].message));
        QVERIFY(c[0].ruleSource.contains(QStringLiteral("Beers")));
        CheckContext young;
        young.ageYears = 50;
        QVERIFY(find(run(p, young), CheckCode::BeersLongActing).isEmpty());
        // Tapering diazepam itself is not a switch.
        QVERIFY(find(run(diazepam(10, {{0, 9}}), old), CheckCode::BeersLongActing).isEmpty());
    }

    void zDrugAtNightGetsInsomniaAdviceNotSwingAdvice()
    {
        Plan p;
        p.current = {dose("zolpidem", 22, 10)};
        p.steps = {Step {0, {dose("zolpidem", 22, 7.5)}, {}, {}, {}}, Step {28, {dose("zolpidem", 22, 5)}, {}, {}, {}}};
        const QList<Check> all = run(p);
        QVERIFY(find(all, CheckCode::ShortActingSwing).isEmpty());
        const QList<Check> c = find(all, CheckCode::ReboundInsomnia);
        QCOMPARE(c.size(), 1);
        QVERIFY(c[0].message.contains(QStringLiteral("CBT-I")));
        QVERIFY(c[0].message.contains(QStringLiteral("rebound insomnia")));
        // A short-acting drug taken through the day still gets the swing advice.
        Plan day;
        day.current = {dose("alprazolam", 8, 1), dose("alprazolam", 22, 1)};
        day.steps = {Step {0, {dose("alprazolam", 8, 0.75), dose("alprazolam", 22, 1)}, {}, {}, {}}};
        QCOMPARE(find(run(day), CheckCode::ShortActingSwing).size(), 1);
        QVERIFY(find(run(day), CheckCode::ReboundInsomnia).isEmpty());
    }

    void pregnancyAndAlcohol()
    {
        const Plan p = diazepam(10, {{0, 9}});
        CheckContext ctx;
        QVERIFY(find(run(p, ctx), CheckCode::Pregnancy).isEmpty());
        QVERIFY(find(run(p, ctx), CheckCode::Alcohol).isEmpty());
        ctx.pregnant = true;
        ctx.alcohol = true;
        const QList<Check> preg = find(run(p, ctx), CheckCode::Pregnancy);
        QCOMPARE(preg.size(), 1);
        QCOMPARE(preg[0].severity, CheckSeverity::Warning);
        QVERIFY(preg[0].message.contains(QStringLiteral("Do not stop abruptly")));
        const QList<Check> alc = find(run(p, ctx), CheckCode::Alcohol);
        QCOMPARE(alc.size(), 1);
        QVERIFY(alc[0].message.contains(QStringLiteral("seizures")));
    }

    void crossoverPeakAndDrowsiness()
    {
        // Alprazolam 3 mg/day to diazepam (Ashton: 60 mg/day), evening first, a week per stage.
        PlannerRequest r;
        r.current = {dose("alprazolam", 8, 1), dose("alprazolam", 14, 1), dose("alprazolam", 22, 1)};
        r.switchTo = QStringLiteral("diazepam");
        r.forms = FormsAllowed::TabletsAndLiquid;
        const Expected<Plan> p = makePlan(r, Catalogue::shared());
        QVERIFY(p);
        const QList<Check> all = run(p.value());
        const QList<Check> peak = find(all, CheckCode::CrossoverPressure);
        QCOMPARE(peak.size(), 1);
        QCOMPARE(peak[0].details.value(QStringLiteral("band")).toInt(), 2); // high
        QCOMPARE(peak[0].details.value(QStringLiteral("day")).toInt(), 2);
        const QList<Check> sleepy = find(all, CheckCode::HighDoseSedation);
        QCOMPARE(sleepy.size(), 1);
        QVERIFY(sleepy[0].message.contains(QStringLiteral("drive")));
        QCOMPARE(sleepy[0].details.value(QStringLiteral("threshold_mg_deq")).toDouble(), 24.7);
        // A taper without a switch has neither.
        QVERIFY(find(run(diazepam(10, {{0, 9}})), CheckCode::CrossoverPressure).isEmpty());
        QVERIFY(find(run(diazepam(40, {{0, 36}})), CheckCode::HighDoseSedation).isEmpty());
    }

    void equivalenceFallbackIsNamed()
    {
        // NHS Scotland has no value for alprazolam: Ashton's 0.5 mg stands in, and says so.
        PlannerRequest r;
        r.current = {dose("alprazolam", 8, 0.5), dose("alprazolam", 22, 0.5)};
        r.switchTo = QStringLiteral("diazepam");
        r.equivalence = QStringLiteral("nhss");
        const Expected<Plan> p = makePlan(r, Catalogue::shared());
        QVERIFY(p);
        const QString note = p->steps.first().annotations.value(QStringLiteral("notes")).toArray().first().toString();
        QVERIFY2(note.contains(QStringLiteral("Alprazolam has no NHS Scotland equivalence: Ashton used instead")),
            qPrintable(note));
        QVERIFY2(!note.contains(QStringLiteral("(NHS Scotland equivalence)")), qPrintable(note));
        const QList<Check> c = find(run(p.value()), CheckCode::UnverifiedEquivalence);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].details.value(QStringLiteral("used")).toString(), QStringLiteral("ashton"));
        QVERIFY(c[0].message.contains(QStringLiteral("NHS Scotland gives no diazepam equivalence for Alprazolam")));
        // Lorazepam has an NHS Scotland value: nothing to say.
        r.current = {dose("lorazepam", 8, 1), dose("lorazepam", 22, 1)};
        const Expected<Plan> q = makePlan(r, Catalogue::shared());
        QVERIFY(q);
        QVERIFY(find(run(q.value()), CheckCode::UnverifiedEquivalence).isEmpty());
    }

    void jsonForm()
    {
        const QList<Check> c = run(diazepam(10, {{0, 9}, {14, 0}}));
        QVERIFY(!c.isEmpty());
        const QJsonObject o = find(c, CheckCode::AbruptStop)[0].toJson();
        QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(o.value(QStringLiteral("step")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("abrupt_stop"));
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("rule_source")).toString().isEmpty());
        // Ordered by step, plan-wide first.
        for (qsizetype i = 1; i < c.size(); ++i)
            QVERIFY(c[i - 1].stepIndex <= c[i].stepIndex);
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
