// Re-planning after a visit: the step in force on a date, "slower from the dose taken" (steps
// before the visit kept, the dose taken held, later reductions further apart) and "back to the
// previous step" (the earlier doses for that step's length, the rest moved later), and the
// refusals that name why.
#include "catalogue.h"
#include "planner.h"
#include "visitreplan.h"

#include <QtTest>

using namespace lento;

namespace {

Dose dose(double mg, int hour)
{
    Dose d;
    d.drug = QStringLiteral("diazepam");
    d.minuteOfDay = hour * 60;
    d.mg = Milligrams(mg);
    return d;
}

double daily(const Step &s)
{
    double sum = 0;
    for (const Dose &d : s.doses)
        sum += d.mg.value();
    return sum;
}

// 20 mg/day, 2 mg/day less every 14 days, from 1 March 2025.
Plan plan()
{
    Plan p;
    p.startDate = QDate(2025, 3, 1);
    p.current = {dose(10, 8), dose(10, 20)};
    for (int i = 0; i <= 10; ++i) {
        Step s;
        s.day = i * 14;
        if (i < 10)
            s.doses = {dose((20.0 - 2 * i) / 2, 8), dose((20.0 - 2 * i) / 2, 20)};
        p.steps.append(s);
    }
    return p;
}

PlannerRequest request()
{
    PlannerRequest r;
    r.strategy = Strategy::Percent;
    r.percent = 10;
    r.everyDays = 14;
    return r;
}

} // namespace

class TestVisitReplan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepOn()
    {
        const Plan p = plan();
        QCOMPARE(VisitReplan::stepOn(p, QDate(2025, 2, 28)), -1);
        QCOMPARE(VisitReplan::stepOn(p, QDate(2025, 3, 1)), 0);
        QCOMPARE(VisitReplan::stepOn(p, QDate(2025, 3, 14)), 0);
        QCOMPARE(VisitReplan::stepOn(p, QDate(2025, 3, 15)), 1);
        Plan undated = p;
        undated.startDate = QDate();
        QCOMPARE(VisitReplan::stepOn(undated, QDate(2025, 3, 15)), -1);
    }

    void slowerInterval()
    {
        QCOMPARE(VisitReplan::slowerInterval(14), 21);
        QCOMPARE(VisitReplan::slowerInterval(28), 42);
        QCOMPARE(VisitReplan::slowerInterval(7), 14); // at least a week longer
    }

    void slowerFromTheDoseTaken()
    {
        const Plan p = plan();
        const QDate visit(2025, 3, 20); // day 19, step 1 (18 mg/day)
        const QList<Dose> taken = {dose(9.5, 8), dose(9.5, 20)}; // the patient stayed near 19 mg
        const auto out = VisitReplan::slowerFrom(p, visit, taken, request(), Catalogue::shared());
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().text()));
        // The steps before the visit are unchanged.
        QCOMPARE(out->steps[0], p.steps[0]);
        QCOMPARE(out->steps[1], p.steps[1]);
        // From the visit day the dose taken, held for 21 days (14 × 1.5).
        QCOMPARE(out->steps[2].day, 19);
        QCOMPARE(out->steps[2].doses, taken);
        QCOMPARE(out->steps[3].day, 19 + 21);
        QVERIFY(daily(out->steps[3]) < 19.0);
        // Every later reduction at least as far apart, down to a stop that comes later than before.
        for (qsizetype i = 3; i + 1 < out->steps.size(); ++i)
            QVERIFY(daily(out->steps[i + 1]) <= daily(out->steps[i]));
        QVERIFY(out->steps.last().doses.isEmpty());
        QVERIFY(out->steps.last().day > p.steps.last().day);
    }

    void slowerWithoutRecordedDosesHoldsTheStep()
    {
        const Plan p = plan();
        const auto out = VisitReplan::slowerFrom(p, QDate(2025, 3, 15), {}, request(), Catalogue::shared());
        QVERIFY(out.ok());
        // The visit is on the first day of step 1: that step stays, 21 days long now.
        QCOMPARE(out->steps[1].day, 14);
        QCOMPARE(out->steps[1].doses, p.steps[1].doses);
        QCOMPARE(out->steps[2].day, 14 + 21);
    }

    void previousStep()
    {
        const Plan p = plan();
        const auto out = VisitReplan::previousStep(p, QDate(2025, 3, 20)); // day 19 of step 1
        QVERIFY(out.ok());
        QCOMPARE(out->steps.size(), p.steps.size() + 2); // step 1 as begun, step 0 again, step 1 again
        QCOMPARE(out->steps[1], p.steps[1]); // 14..18 as planned
        QCOMPARE(out->steps[2].day, 19); // back to 20 mg/day for 14 days
        QCOMPARE(out->steps[2].doses, p.steps[0].doses);
        QCOMPARE(out->steps[3].day, 33); // then step 1's doses again, everything later by 19 days
        QCOMPARE(out->steps[3].doses, p.steps[1].doses);
        QCOMPARE(out->steps.last().day, p.steps.last().day + 19);
    }

    void previousStepOnTheReductionDay()
    {
        const Plan p = plan();
        const auto out = VisitReplan::previousStep(p, QDate(2025, 3, 15)); // first day of step 1
        QVERIFY(out.ok());
        QCOMPARE(out->steps.size(), p.steps.size()); // step 0 simply lasts 14 days longer
        QCOMPARE(out->steps[0], p.steps[0]);
        QCOMPARE(out->steps[1].day, 28);
        QCOMPARE(out->steps[1].doses, p.steps[1].doses);
    }

    void refusals()
    {
        const Plan p = plan();
        auto out = VisitReplan::previousStep(p, QDate(2025, 3, 5));
        QVERIFY(!out.ok());
        QVERIFY(out.error().text().contains(QStringLiteral("first step")));
        out = VisitReplan::previousStep(p, QDate(2025, 2, 1));
        QVERIFY(out.error().text().contains(QStringLiteral("before the plan starts")));
        out = VisitReplan::slowerFrom(p, QDate(2026, 1, 1), {}, request(), Catalogue::shared());
        QVERIFY(out.error().text().contains(QStringLiteral("already ended")));
        Plan undated = p;
        undated.startDate = QDate();
        out = VisitReplan::previousStep(undated, QDate(2025, 3, 20));
        QVERIFY(out.error().text().contains(QStringLiteral("no start date")));
    }
};

QTEST_GUILESS_MAIN(TestVisitReplan)
#include "tst_visitreplan.moc"
