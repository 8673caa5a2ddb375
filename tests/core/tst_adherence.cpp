// Adherence figures on constructed histories whose answers are counted by hand: days on plan,
// held above plan, below plan and unrecorded, and each planned reduction classed as faster,
// on time, slower or undetermined.
#include "adherence.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace lento;

namespace {

const QDate kStart(2025, 1, 1);
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A series from kStart with `value(day)` for days 0..days-1.
template <typename F> DailyDoseSeries series(int days, F value)
{
    DailyDoseSeries s;
    s.first = kStart;
    for (int d = 0; d < days; ++d)
        s.mg.push_back(value(d));
    return s;
}

// 10 mg for 20 days, 8 mg from day 20, 6 mg from day 40, 4 mg from day 60, stop on day 75.
DailyDoseSeries plannedSeries()
{
    return series(91, [](int d) { return d < 20 ? 10.0 : d < 40 ? 8.0 : d < 60 ? 6.0 : d < 75 ? 4.0 : 0.0; });
}

} // namespace

class TestAdherence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seriesAccess()
    {
        const DailyDoseSeries s = series(5, [](int d) { return d == 0 || d == 4 ? kNaN : double(d); });
        QCOMPARE(s.last(), kStart.addDays(4));
        QCOMPARE(s.firstKnown(), kStart.addDays(1));
        QCOMPARE(s.lastKnown(), kStart.addDays(3));
        QCOMPARE(s.at(kStart.addDays(2)), 2.0);
        QVERIFY(std::isnan(s.at(kStart.addDays(-1))));
        QVERIFY(std::isnan(s.at(kStart.addDays(5))));
        QVERIFY(!s.known(kStart));
        QVERIFY(DailyDoseSeries().isEmpty());
    }

    void tolerance()
    {
        const AdherenceOptions o; // 5 %, at least 0.1 mg
        QVERIFY(Adherence::onPlan(10, 10.5, o));
        QVERIFY(!Adherence::onPlan(10, 10.6, o));
        QVERIFY(Adherence::onPlan(1, 1.1, o));
        QVERIFY(!Adherence::onPlan(1, 1.15, o));
        QVERIFY(Adherence::onPlan(0, 0.05, o));
    }

    void constructedHistory()
    {
        // Taken: on plan to day 19; still 10 mg on days 20–24 (held 5 days); 8 mg from day 25;
        // 6 mg already from day 36 (4 days below plan); nothing recorded on days 50–51;
        // 6 mg until day 62 (held 3 days), 4 mg from day 63; records end on day 70.
        const DailyDoseSeries taken = series(71, [](int d) {
            if (d == 50 || d == 51)
                return kNaN;
            return d < 25 ? 10.0 : d < 36 ? 8.0 : d < 63 ? 6.0 : 4.0;
        });
        const AdherenceSummary s = Adherence::compute(plannedSeries(), taken, kStart.addDays(80));

        QCOMPARE(s.from, kStart);
        QCOMPARE(s.to, kStart.addDays(70));
        QCOMPARE(s.daysCompared, 71);
        QCOMPARE(s.daysNotRecorded, 2);
        QCOMPARE(s.daysHeld, 8);
        QCOMPARE(s.daysBelow, 4);
        QCOMPARE(s.daysOnPlan, 57);
        QCOMPARE(qRound(s.onPlanPercent() * 10), qRound(1000.0 * 57 / 69));

        QCOMPARE(s.steps.size(), 4);
        const StepTiming &first = s.steps[0];
        QCOMPARE(first.plannedDate, kStart.addDays(20));
        QCOMPARE(first.previousMg, 10.0);
        QCOMPARE(first.plannedMg, 8.0);
        QCOMPARE(first.reachedDate, kStart.addDays(25));
        QCOMPARE(first.delayDays, 5);
        QCOMPARE(first.timing, StepTiming::Timing::Slower);

        QCOMPARE(s.steps[1].reachedDate, kStart.addDays(36));
        QCOMPARE(s.steps[1].delayDays, -4);
        QCOMPARE(s.steps[1].timing, StepTiming::Timing::Faster);

        QCOMPARE(s.steps[2].delayDays, 3);
        QCOMPARE(s.steps[2].timing, StepTiming::Timing::OnTime);

        // The stop on day 75 is after the last record: nothing can be said yet.
        QCOMPARE(s.steps[3].plannedDate, kStart.addDays(75));
        QVERIFY(!s.steps[3].reachedDate.isValid());
        QCOMPARE(s.steps[3].timing, StepTiming::Timing::Undetermined);

        QCOMPARE(s.stepsFaster, 1);
        QCOMPARE(s.stepsOnTime, 1);
        QCOMPARE(s.stepsSlower, 1);
        QCOMPARE(s.stepsUndetermined, 1);
    }

    void untilCutsThePeriod()
    {
        const DailyDoseSeries taken = series(71, [](int d) { return d < 20 ? 10.0 : 8.0; });
        const AdherenceSummary s = Adherence::compute(plannedSeries(), taken, kStart.addDays(29));
        QCOMPARE(s.to, kStart.addDays(29));
        QCOMPARE(s.daysCompared, 30);
        QCOMPARE(s.daysOnPlan, 30);
        QCOMPARE(s.steps.size(), 1); // later reductions are not due yet
        QCOMPARE(s.steps.first().timing, StepTiming::Timing::OnTime);
        QCOMPARE(s.steps.first().delayDays, 0);
    }

    void stepNeverReachedIsSlower()
    {
        const DailyDoseSeries taken = series(41, [](int) { return 10.0; });
        const AdherenceSummary s = Adherence::compute(plannedSeries(), taken, kStart.addDays(40));
        QCOMPARE(s.daysHeld, 21); // days 20..40
        QCOMPARE(s.daysOnPlan, 20);
        QCOMPARE(s.steps.size(), 2);
        QVERIFY(!s.steps[0].reachedDate.isValid());
        QCOMPARE(s.steps[0].timing, StepTiming::Timing::Slower);
        QCOMPARE(s.steps[0].delayDays, 20);
        QCOMPARE(s.steps[1].timing, StepTiming::Timing::Undetermined); // due on day 40, the last record
        QCOMPARE(s.stepsSlower, 1);
    }

    void recordsStartingLateCannotTellTheTiming()
    {
        const DailyDoseSeries taken = series(41, [](int d) { return d < 30 ? kNaN : 8.0; });
        const AdherenceSummary s = Adherence::compute(plannedSeries(), taken, kStart.addDays(39));
        QCOMPARE(s.from, kStart.addDays(30));
        QCOMPARE(s.daysCompared, 10);
        QCOMPARE(s.steps.first().reachedDate, kStart.addDays(30));
        QCOMPARE(s.steps.first().timing, StepTiming::Timing::Undetermined);
    }

    void nothingRecorded()
    {
        const AdherenceSummary s = Adherence::compute(plannedSeries(), DailyDoseSeries(), kStart.addDays(80));
        QCOMPARE(s.daysCompared, 0);
        QCOMPARE(s.onPlanPercent(), 0.0);
        QCOMPARE(s.steps.size(), 4);
        QCOMPARE(s.stepsUndetermined, 4);
    }
};

QTEST_GUILESS_MAIN(TestAdherence)
#include "tst_adherence.moc"
