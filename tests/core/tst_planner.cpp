// The taper planner against published and derived schedules (docs/taper-rules.md):
// NHS Scotland's lorazepam → diazepam crossover with 1 mg steps (R3), the derived 10 % sequences
// rounded to 0.5 and 0.25 mg (R8), the six-month schedule's shape (R4); plus each option's
// behaviour (targets, holds, micro-taper, cut order, equivalence sources) and error paths.
#include "catalogue.h"
#include "checks.h"
#include "plandocument.h"
#include "planner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace lento;

namespace {

Dose dose(const char *drug, int hour, double mg)
{
    return Dose {QString::fromLatin1(drug), hour * 60, Milligrams(mg), {}};
}

QList<Product> products(const char *spec)
{
    return parseProductSpec(QString::fromLatin1(spec)).value();
}

double dailyMg(const Step &s, const QString &drug = QString())
{
    double t = 0.0;
    for (const Dose &d : s.doses)
        if (drug.isEmpty() || d.drug == drug)
            t += d.mg.value();
    return t;
}

double annotation(const Step &s, const char *key)
{
    return s.annotations.value(QLatin1String(key)).toDouble();
}

QList<double> dailySeries(const Plan &p)
{
    QList<double> out;
    for (const Step &s : p.steps)
        out << std::round(dailyMg(s) * 1000.0) / 1000.0;
    return out;
}

QList<Check> checksWith(const Plan &p, const char *code)
{
    QList<Check> out;
    for (const Check &c : runChecks(p, Catalogue::shared(), CheckContext {}))
        if (c.code == QLatin1String(code))
            out << c;
    return out;
}

Plan plan(const PlannerRequest &r)
{
    const Expected<Plan> p = makePlan(r, Catalogue::shared());
    if (!p)
        qFatal("makePlan failed: %s", qPrintable(p.error().text()));
    return p.value();
}

PlannerRequest nhsRequest()
{
    PlannerRequest r;
    r.current = {dose("lorazepam", 8, 1.0), dose("lorazepam", 22, 1.0)};
    r.switchTo = QStringLiteral("diazepam");
    r.strategy = Strategy::Linear;
    r.linearMg = Milligrams(1.0);
    r.everyDays = 14;
    r.stageDays = 7;
    r.region = QStringLiteral("uk");
    return r;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nhsScotlandCrossoverAndOneMgSteps()
    {
        const Plan p = plan(nhsRequest());
        // R3: 22 steps; step 1 switches the night dose, step 2 the morning dose (Ashton 1:10).
        QCOMPARE(p.steps.size(), 22);
        const Step &s1 = p.steps[0];
        QCOMPARE(s1.day, 0);
        QCOMPARE(s1.doses.size(), 2);
        QCOMPARE(s1.doses[0].drug, QStringLiteral("lorazepam"));
        QCOMPARE(s1.doses[0].mg.value(), 1.0);
        QCOMPARE(s1.doses[1].drug, QStringLiteral("diazepam"));
        QCOMPARE(s1.doses[1].minuteOfDay, 22 * 60);
        QCOMPARE(s1.doses[1].mg.value(), 10.0);
        QCOMPARE(p.steps[1].day, 7);
        QCOMPARE(dailyMg(p.steps[1], QStringLiteral("diazepam")), 20.0);
        QCOMPARE(s1.annotations.value(QStringLiteral("kind")).toString(), QStringLiteral("crossover"));
        // Steps 3–12: the morning dose 9 → 1 → stop while the night dose stays 10;
        // steps 13–22: the night dose 9 → 1 → stop.
        for (int k = 2; k < 22; ++k) {
            const Step &s = p.steps[k];
            double morning = 0.0, night = 0.0;
            for (const Dose &d : s.doses) {
                QCOMPARE(d.drug, QStringLiteral("diazepam"));
                (d.minuteOfDay == 8 * 60 ? morning : night) += d.mg.value();
            }
            const double expectedMorning = std::max(0, 11 - k);
            const double expectedNight = k <= 11 ? 10.0 : 21.0 - k;
            QCOMPARE(morning, expectedMorning);
            QCOMPARE(night, expectedNight);
            QCOMPARE(s.day, 14 * (k - 1));
            QCOMPARE(annotation(s, "daily_mg_deq"), 20.0 - (k - 1));
        }
        QVERIFY(p.steps.last().doses.isEmpty());
        QCOMPARE(p.steps.last().annotations.value(QStringLiteral("kind")).toString(), QStringLiteral("stop"));
        // Realised cut reported: 4 → 3 is 25 %, 3 → 2 is 33.3 %.
        QCOMPARE(annotation(p.steps[18], "realised_cut_pct"), 25.0);
        QCOMPARE(annotation(p.steps[19], "realised_cut_pct"), 33.3);
        // Compositions from UK products, e.g. 9 mg = 1 × 5 mg + 2 × 2 mg, 1 mg = ½ × 2 mg.
        const QJsonArray comp = p.steps[2].annotations.value(QStringLiteral("compositions")).toArray();
        QCOMPARE(comp[0].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("1 × 5 mg + 2 × 2 mg"));
        const QJsonArray last = p.steps[20].annotations.value(QStringLiteral("compositions")).toArray();
        QCOMPARE(last[0].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("½ × 2 mg"));
        // The equivalence used is written into the document.
        QCOMPARE(p.drugs.value(QStringLiteral("lorazepam")).value(QStringLiteral("diazepam_eq_mg")).toDouble(), 1.0);
    }

    void nhsScotlandChecksNearTheEnd()
    {
        const Plan p = plan(nhsRequest());
        // R3: the linear schedule breaks the ASAM 25 %/2 weeks ceiling in its last three steps
        // (3 → 2, 2 → 1, 1 → stop); 4 → 3 is exactly 25 % and passes.
        const QList<Check> pace = checksWith(p, CheckCode::CutOver25In2Weeks);
        QCOMPARE(pace.size(), 3);
        QCOMPARE(pace[0].stepIndex, 19);
        QCOMPARE(pace[1].stepIndex, 20);
        QCOMPARE(pace[2].stepIndex, 21);
        QCOMPARE(pace[0].severity, CheckSeverity::Warning);
        QCOMPARE(pace[1].severity, CheckSeverity::Warning);
        QCOMPARE(pace[2].severity, CheckSeverity::Info); // final stop from 1 mg
        QVERIFY(pace[0].ruleSource.contains(QStringLiteral("ASAM 2025")));
        QVERIFY(checksWith(p, CheckCode::AbruptStop).isEmpty());
        QVERIFY(checksWith(p, CheckCode::FirstCutOver10).isEmpty());
        QVERIFY(checksWith(p, CheckCode::DoseIncrease).isEmpty());
        QVERIFY(checksWith(p, CheckCode::IntervalUnder7).isEmpty());
        QVERIFY(checksWith(p, CheckCode::CutExceedsRule).isEmpty()); // 1 mg steps are the rule
        // Holding the last steps four weeks each brings them within the paced ceiling.
        Plan slower = p;
        for (int k = 20; k < slower.steps.size(); ++k)
            slower.steps[k].day += 14 * (k - 19);
        const QList<Check> paced = checksWith(slower, CheckCode::CutOver25In2Weeks);
        QCOMPARE(paced.size(), 2);
        QCOMPARE(paced[0].stepIndex, 20);
    }

    void vaDodEquivalenceHalvesTheSwitchedDose()
    {
        PlannerRequest r = nhsRequest();
        r.equivalence = QStringLiteral("vadod");
        const Plan p = plan(r);
        QCOMPARE(p.steps[0].doses[1].mg.value(), 5.0); // lorazepam 2 mg ≈ diazepam 10 mg
        QCOMPARE(p.drugs.value(QStringLiteral("lorazepam")).value(QStringLiteral("diazepam_eq_mg")).toDouble(), 2.0);
        QCOMPARE(annotation(p.steps[1], "daily_mg_deq"), 10.0);
    }

    void derivedTenPercentRoundedToHalfMg()
    {
        PlannerRequest r;
        r.current = {dose("diazepam", 22, 20.0)};
        r.percent = 10.0;
        r.rounding = RoundingMode::Nearest;
        r.products = products("tablet:2:quarter"); // ¼ × 2 mg = 0.5 mg
        const Plan p = plan(r);
        // R8: 20, 18, 16, 14.5, ..., 1, 0.5 (24 doses with the start), then stop.
        const QList<double> expected {
            18, 16, 14.5, 13, 11.5, 10.5, 9.5, 8.5, 7.5, 7, 6.5, 6, 5.5, 5, 4.5, 4, 3.5, 3, 2.5, 2, 1.5, 1, 0.5, 0};
        QCOMPARE(dailySeries(p), expected);
        // The realised cut after rounding is reported, and climbs to 50 % (1 → 0.5).
        QCOMPARE(annotation(p.steps[1], "realised_cut_pct"), 11.1);
        QCOMPARE(annotation(p.steps[22], "realised_cut_pct"), 50.0);
        // Cuts beyond the rule are explained, lengthened, and point to liquid.
        const Step &late = p.steps[22];
        QVERIFY(late.annotations.value(QStringLiteral("rule_exceeded")).toBool());
        QVERIFY(annotation(late, "interval_days") > 14);
        const QString notes
            = late.annotations.value(QStringLiteral("notes")).toVariant().toStringList().join(QLatin1Char(' '));
        QVERIFY2(notes.contains(QStringLiteral("liquid"), Qt::CaseInsensitive), qPrintable(notes));
        // Once the cut exceeds the rule even after lengthening, a check says so.
        QVERIFY(!checksWith(p, CheckCode::CutExceedsRule).isEmpty());
    }

    void derivedTenPercentRoundedToQuarterMg()
    {
        PlannerRequest r;
        r.current = {dose("diazepam", 22, 20.0)};
        r.rounding = RoundingMode::Nearest;
        r.products = products("tablet:1:quarter"); // ¼ × 1 mg = 0.25 mg
        const Plan p = plan(r);
        const QList<double> expected {18, 16.25, 14.5, 13, 11.75, 10.5, 9.5, 8.5, 7.75, 7, 6.25, 5.5, 5, 4.5, 4, 3.5,
            3.25, 3, 2.75, 2.5, 2.25, 2, 1.75, 1.5, 1.25, 1, 0.75, 0.5, 0.25, 0};
        QCOMPARE(dailySeries(p), expected); // R8: 30 doses with the start
    }

    void defaultRoundingNeverCutsBeyondTheRule()
    {
        PlannerRequest r;
        r.current = {dose("diazepam", 22, 20.0)};
        r.products = products("tablet:2:quarter");
        const Plan p = plan(r);
        double prev = 20.0;
        for (const Step &s : p.steps) {
            const double now = dailyMg(s);
            const bool forced = s.annotations.value(QStringLiteral("rule_exceeded")).toBool();
            if (now > 0.0 && !forced)
                QVERIFY2((prev - now) / prev <= 0.10 + 1e-9, qPrintable(QStringLiteral("%1 -> %2").arg(prev).arg(now)));
            QVERIFY(now < prev);
            prev = now;
        }
        QCOMPARE(dailyMg(p.steps[0]), 18.0);
        QCOMPARE(dailyMg(p.steps[1]), 16.5); // 16.2 rounds up, never down past the rule
    }

    void sixMonthScheduleShape()
    {
        // R4: about 25 % of the current dose every 2 weeks from 15 mg, down to 0.25 mg, 26 weeks.
        PlannerRequest r;
        r.current = {dose("diazepam", 22, 15.0)};
        r.percent = 25.0;
        r.rounding = RoundingMode::Nearest;
        r.maxIntervalDays = 28;
        r.products = products("tablet:1:quarter");
        const Plan p = plan(r);
        const QList<double> published {11, 8.5, 6, 4.75, 3.5, 2.5, 2, 1.5, 1, 0.75, 0.5, 0.25, 0};
        QCOMPARE(p.steps.size(), published.size());
        const QList<double> ours = dailySeries(p);
        for (qsizetype i = 0; i < published.size(); ++i)
            QVERIFY2(std::fabs(ours[i] - published[i]) <= 0.25 * std::max(1.0, published[i]) + 1e-9,
                qPrintable(QStringLiteral("step %1: %2 vs %3").arg(i).arg(ours[i]).arg(published[i])));
        QCOMPARE(ours[ours.size() - 2], 0.25);
        const double weeks = p.steps.last().day / 7.0 + 2.0; // the handout counts from week 1
        QVERIFY2(weeks >= 24.0 && weeks <= 32.0, qPrintable(QString::number(weeks)));
    }

    void occupancyStepsGetSmallerInMg()
    {
        for (double pts : {5.0, 2.5, 1.3}) {
            PlannerRequest r;
            r.current = {dose("diazepam", 8, 30.0), dose("diazepam", 22, 30.0)};
            r.strategy = Strategy::Occupancy;
            r.maxDropPoints = pts;
            r.forms = FormsAllowed::TabletsAndLiquid;
            const Plan p = plan(r);
            double firstCut = 0.0, lastCut = 0.0, prev = 60.0;
            for (const Step &s : p.steps) {
                const double now = dailyMg(s);
                if (now > 0.0) {
                    QVERIFY2(annotation(s, "occupancy_drop_pts") <= pts + 1e-6,
                        qPrintable(QStringLiteral("%1 pts: %2").arg(pts).arg(annotation(s, "occupancy_drop_pts"))));
                    if (firstCut == 0.0)
                        firstCut = prev - now;
                    lastCut = prev - now;
                }
                prev = now;
            }
            QVERIFY(p.steps.last().doses.isEmpty());
            QVERIFY2(lastCut < firstCut / 5.0, qPrintable(QStringLiteral("%1 vs %2").arg(lastCut).arg(firstCut)));
        }
        // Slower presets take more steps.
        auto count = [](double pts) {
            PlannerRequest r;
            r.current = {dose("diazepam", 22, 40.0)};
            r.strategy = Strategy::Occupancy;
            r.maxDropPoints = pts;
            r.forms = FormsAllowed::TabletsAndLiquid;
            return plan(r).steps.size();
        };
        QVERIFY(count(5.0) < count(2.5));
        QVERIFY(count(2.5) < count(1.3));
    }

    void stopsAtATargetMaintenanceDose()
    {
        PlannerRequest r;
        r.current = {dose("diazepam", 8, 10.0), dose("diazepam", 22, 10.0)};
        r.targetMg = Milligrams(5.0);
        const Plan p = plan(r);
        QCOMPARE(dailyMg(p.steps.last()), 5.0);
        for (const Step &s : p.steps)
            QVERIFY(dailyMg(s) >= 5.0);
    }

    void holdStepsAndIntervals()
    {
        PlannerRequest r;
        r.current = {dose("diazepam", 22, 20.0)};
        r.holds = {HoldSpec {2, 21}};
        const Plan p = plan(r);
        QCOMPARE(p.steps[2].annotations.value(QStringLiteral("kind")).toString(), QStringLiteral("hold"));
        QCOMPARE(p.steps[2].doses, p.steps[1].doses);
        QCOMPARE(p.steps[2].day, 28);
        QCOMPARE(p.steps[3].day, 28 + 21);
        for (int i = 1; i < p.steps.size(); ++i)
            QVERIFY(p.steps[i].day - p.steps[i - 1].day >= 14);
    }

    void cutOrderKeepsTimes()
    {
        PlannerRequest r;
        r.current = {dose("diazepam", 8, 10.0), dose("diazepam", 22, 10.0)};
        r.strategy = Strategy::Linear;
        r.linearMg = Milligrams(2.0);
        const Plan day = plan(r);
        QCOMPARE(day.steps[0].doses[0].mg.value(), 8.0); // morning first (default)
        QCOMPARE(day.steps[0].doses[1].mg.value(), 10.0);
        r.cutOrder = CutOrder::NightFirst;
        const Plan night = plan(r);
        QCOMPARE(night.steps[0].doses[0].mg.value(), 10.0);
        QCOMPARE(night.steps[0].doses[1].mg.value(), 8.0);
    }

    void microTaperUsesDailyLiquidDecrements()
    {
        PlannerRequest r;
        r.current = {dose("diazepam", 22, 5.0)};
        r.forms = FormsAllowed::TabletsAndLiquid;
        r.microTaper = true;
        const Plan p = plan(r);
        QVERIFY(p.steps.size() > 60);
        double prev = 5.0;
        int micro = 0;
        for (const Step &s : p.steps) {
            QVERIFY(dailyMg(s) < prev + 1e-9);
            prev = dailyMg(s);
            micro += s.annotations.value(QStringLiteral("micro_taper")).toBool() ? 1 : 0;
        }
        QVERIFY(micro > 50);
        // Each micro-taper note states the number of smaller cuts and the days they span: both
        // must match the steps that follow it.
        static const QRegularExpression note(QStringLiteral("made in (\\d+) smaller cuts over (\\d+) days"));
        int notes = 0;
        for (qsizetype i = 0; i < p.steps.size(); ++i) {
            const QJsonArray n = p.steps[i].annotations.value(QStringLiteral("notes")).toArray();
            for (const QJsonValue &v : n) {
                const QRegularExpressionMatch m = note.match(v.toString());
                if (!m.hasMatch())
                    continue;
                ++notes;
                const int cuts = m.captured(1).toInt(), days = m.captured(2).toInt();
                QVERIFY(cuts >= 2);
                QVERIFY(i + cuts <= p.steps.size());
                for (int c = 0; c < cuts; ++c)
                    QVERIFY(p.steps[i + c].annotations.value(QStringLiteral("micro_taper")).toBool());
                QCOMPARE(p.steps[i + cuts - 1].day - p.steps[i].day + 1, days);
            }
        }
        QVERIFY(notes > 5);
        QVERIFY(checksWith(p, CheckCode::IntervalUnder7).isEmpty());
        QVERIFY(checksWith(p, CheckCode::CutOver25In2Weeks).size() <= 2); // only near the stop
        r.forms = FormsAllowed::Tablets;
        const Expected<Plan> tablets = makePlan(r, Catalogue::shared());
        QVERIFY(!tablets);
        QCOMPARE(tablets.error().path, QStringLiteral("microTaper"));
    }

    void crossoverShowsTheInterdoseSwing()
    {
        PlannerRequest r;
        r.current = {dose("alprazolam", 8, 1.0), dose("alprazolam", 14, 1.0), dose("alprazolam", 22, 1.0)};
        r.switchTo = QStringLiteral("diazepam");
        const Plan p = plan(r);
        QCOMPARE(p.steps[0].doses.last().drug, QStringLiteral("diazepam")); // evening first
        QCOMPARE(p.steps[0].doses.last().mg.value(), 20.0); // Ashton 0.5 : 10
        const double before = annotation(p.steps[0], "interdose_swing_before");
        const double after = annotation(p.steps[0], "interdose_swing_after");
        QVERIFY(before > 0.3);
        QVERIFY(after < before / 3.0);
        // Three stages of 7 days, then two doses a day (the 14:00 dose shared, the larger at night),
        // then the first reduction.
        QCOMPARE(p.steps[3].day, 21);
        QCOMPARE(p.steps[3].annotations.value(QStringLiteral("kind")).toString(), QStringLiteral("crossover"));
        QCOMPARE(p.steps[3].doses.size(), 2);
        QCOMPARE(p.steps[3].doses[0].minuteOfDay, 8 * 60);
        QCOMPARE(p.steps[3].doses[0].mg.value(), 30.0);
        QCOMPARE(p.steps[3].doses[1].minuteOfDay, 22 * 60);
        QCOMPARE(p.steps[3].doses[1].mg.value(), 30.0);
        QCOMPARE(p.steps[4].day, 28);
        QCOMPARE(p.steps[4].annotations.value(QStringLiteral("kind")).toString(), QStringLiteral("reduction"));
        for (qsizetype k = 4; k < p.steps.size(); ++k)
            QVERIFY(p.steps[k].doses.size() <= 2);
    }

    void requestIsRecordedAndDocumentRoundTrips()
    {
        PlannerRequest r = nhsRequest();
        r.holds = {HoldSpec {3, 7}};
        r.products = products("tablet:10:quarter,tablet:2:half,liquid:2mg/5mL:0.1mL");
        r.forms = FormsAllowed::TabletsAndLiquid;
        r.targetMg = Milligrams(2.0);
        const Plan p = plan(r);
        const QJsonObject planner = p.extra.value(QStringLiteral("planner")).toObject();
        QCOMPARE(planner.value(QStringLiteral("strategy")).toString(), QStringLiteral("linear"));
        QCOMPARE(planner.value(QStringLiteral("tapered_drug")).toString(), QStringLiteral("diazepam"));
        const Expected<PlannerRequest> back = PlannerRequest::fromJson(planner);
        QVERIFY(back);
        QCOMPARE(back->strategy, r.strategy);
        QCOMPARE(back->linearMg, r.linearMg);
        QCOMPARE(back->switchTo, r.switchTo);
        QCOMPARE(back->holds, r.holds);
        QCOMPARE(back->targetMg->value(), 2.0);
        QCOMPARE(productSpec(back->products), productSpec(r.products));
        QCOMPARE(back->forms, r.forms);
        const Expected<Plan> again = PlanDocument::parse(PlanDocument::write(p));
        QVERIFY2(again, again ? "" : qPrintable(again.error().text()));
        QCOMPARE(again.value(), p);
        const Expected<PlannerRequest> bad
            = PlannerRequest::fromJson(QJsonObject {{QStringLiteral("strategy"), QStringLiteral("fast")}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().path, QStringLiteral("planner.strategy"));
    }

    void regimenSpec()
    {
        const Expected<QList<Dose>> d
            = parseRegimenSpec(QStringLiteral("alprazolam:1@08:00,0.5@14:00,diazepam:5mg@22:00"), Catalogue::shared());
        QVERIFY(d);
        QCOMPARE(d->size(), 3);
        QCOMPARE(d->at(1).drug, QStringLiteral("alprazolam"));
        QCOMPARE(d->at(1).mg.value(), 0.5);
        QCOMPARE(d->at(2).drug, QStringLiteral("diazepam"));
        QCOMPARE(d->at(2).minuteOfDay, 22 * 60);
        for (const char *bad :
            {"1@08:00", "alprazolam:1", "alprazolam:x@08:00", "alprazolam:1@25:00", "nodrug:1@08:00"}) {
            const Expected<QList<Dose>> e = parseRegimenSpec(QString::fromLatin1(bad), Catalogue::shared());
            QVERIFY2(!e, bad);
            QVERIFY(e.error().path.startsWith(QStringLiteral("--current item 1")));
        }
    }

    void aStopFromMoreThanASmallDoseSaysWhatWouldHelp()
    {
        // UK lorazepam tablets go no lower than 0.5 mg (5 mg/day diazepam-equivalent): the stop
        // step says so, and the checks still flag the stop.
        PlannerRequest r;
        r.current = {dose("lorazepam", 8, 1.0), dose("lorazepam", 22, 1.0)};
        const Plan p = plan(r);
        const QJsonArray notes = p.steps.last().annotations.value(QStringLiteral("notes")).toArray();
        bool said = false;
        for (const QJsonValue &n : notes)
            said = said || n.toString().contains(QStringLiteral("more than a small dose"));
        QVERIFY2(said, QJsonDocument(notes).toJson().constData());
        QVERIFY(!checksWith(p, CheckCode::AbruptStop).isEmpty());
    }

    void badRequestsNameTheField_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("no regimen") << 0 << QStringLiteral("current");
        QTest::newRow("two drugs") << 1 << QStringLiteral("current");
        QTest::newRow("percent") << 2 << QStringLiteral("percent");
        QTest::newRow("every") << 3 << QStringLiteral("everyDays");
        QTest::newRow("target") << 4 << QStringLiteral("targetMg");
        QTest::newRow("region") << 5 << QStringLiteral("region");
        QTest::newRow("equivalence") << 6 << QStringLiteral("equivalence");
        QTest::newRow("switch") << 7 << QStringLiteral("switchTo");
        QTest::newRow("dose") << 8 << QStringLiteral("current[0].mg");
        QTest::newRow("forms") << 9 << QStringLiteral("forms");
        QTest::newRow("switch to a shorter-acting drug") << 10 << QStringLiteral("switchTo");
    }

    void badRequestsNameTheField()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        PlannerRequest r;
        r.current = {dose("diazepam", 22, 10.0)};
        switch (which) {
        case 0:
            r.current.clear();
            break;
        case 1:
            r.current.append(dose("alprazolam", 8, 1.0));
            break;
        case 2:
            r.percent = 80;
            break;
        case 3:
            r.everyDays = 3;
            break;
        case 4:
            r.targetMg = Milligrams(12.0);
            break;
        case 5:
            r.region = QStringLiteral("mars");
            break;
        case 6:
            r.equivalence = QStringLiteral("guess");
            break;
        case 7:
            r.switchTo = QStringLiteral("nodrug");
            break;
        case 8:
            r.current[0].mg = Milligrams(-1);
            break;
        case 9:
            r.current = {dose("alprazolam", 8, 0.4)};
            r.region = QStringLiteral("cn");
            r.forms = FormsAllowed::Liquid;
            break;
        case 10:
            r.switchTo = QStringLiteral("alprazolam");
            break;
        }
        const Expected<Plan> p = makePlan(r, Catalogue::shared());
        QVERIFY(!p);
        QCOMPARE(p.error().path, field);
        QVERIFY(!p.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
