// Plan version comparison on known pairs: a plan slowed down (every later step moved), a hold
// inserted (one step added, later ones moved), a dose changed in place, a step removed, a new
// start date, and the header sections (title, current regimen, model, drug overrides).
#include "plandiff.h"

#include <QTest>

using namespace lento;

namespace {

Dose dose(double mg, int minute = 8 * 60, const char *drug = "diazepam")
{
    Dose d;
    d.drug = QString::fromLatin1(drug);
    d.minuteOfDay = minute;
    d.mg = Milligrams(mg);
    return d;
}

Step step(int day, QList<Dose> doses, const QString &note = {})
{
    Step s;
    s.day = day;
    s.doses = std::move(doses);
    s.note = note;
    return s;
}

// Diazepam 10 → 8 → 6 → 4 → 2 → stop, one reduction every `every` days from 1 March 2025.
Plan taper(int every)
{
    Plan p;
    p.title = QStringLiteral("Diazepam taper");
    p.startDate = QDate(2025, 3, 1);
    p.current = {dose(10)};
    const double levels[] = {10, 8, 6, 4, 2};
    int day = 0;
    for (double mg : levels) {
        p.steps.append(step(day, {dose(mg)}));
        day += every;
    }
    p.steps.append(step(day, {}));
    return p;
}

} // namespace

class TestPlanDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalPlansHaveNoChanges()
    {
        const PlanDiff d = PlanDiffer::compare(taper(14), taper(14));
        QVERIFY(d.isEmpty());
        QCOMPARE(d.unchangedSteps, 6);
        QCOMPARE(d.oldStepCount, 6);
    }

    void slowedDownPlanReadsAsMovedSteps()
    {
        const PlanDiff d = PlanDiffer::compare(taper(14), taper(21));
        QVERIFY(!d.isEmpty());
        QCOMPARE(d.unchangedSteps, 1); // day 0 stays
        QCOMPARE(d.steps.size(), 5);
        QCOMPARE(d.count(StepChange::Kind::Added), 0);
        QCOMPARE(d.count(StepChange::Kind::Removed), 0);
        for (int k = 0; k < 5; ++k) {
            const StepChange &c = d.steps[k];
            QCOMPARE(c.kind, StepChange::Kind::Changed);
            QVERIFY(c.moved);
            QVERIFY(!c.dosesChanged);
            QCOMPARE(c.shiftDays, 7 * (k + 1));
            QCOMPARE(c.oldDate, QDate(2025, 3, 1).addDays(14 * (k + 1)));
            QCOMPARE(c.newDate, QDate(2025, 3, 1).addDays(21 * (k + 1)));
        }
    }

    void insertedHoldIsOneAddedStep()
    {
        const Plan before = taper(14);
        Plan after = before;
        // Hold 6 mg two more weeks: a repeat of 6 mg on day 42, later steps two weeks later.
        after.steps.insert(3, step(42, {dose(6)}, QStringLiteral("hold")));
        for (int i = 4; i < after.steps.size(); ++i)
            after.steps[i].day += 14;
        const PlanDiff d = PlanDiffer::compare(before, after);
        QCOMPARE(d.count(StepChange::Kind::Added), 1);
        QCOMPARE(d.count(StepChange::Kind::Removed), 0);
        const StepChange &added = d.steps.first();
        QCOMPARE(added.kind, StepChange::Kind::Added);
        QCOMPARE(added.newIndex, 3);
        QCOMPARE(added.newDate, QDate(2025, 4, 12));
        QCOMPARE(added.newStep.note, QStringLiteral("hold"));
        // The 4, 2 and stop steps moved by 14 days; nothing else changed.
        QCOMPARE(d.steps.size(), 4);
        for (int k = 1; k < 4; ++k) {
            QVERIFY(d.steps[k].moved);
            QCOMPARE(d.steps[k].shiftDays, 14);
            QVERIFY(!d.steps[k].dosesChanged);
        }
        QCOMPARE(d.unchangedSteps, 3);
    }

    void doseChangedInPlace()
    {
        const Plan before = taper(14);
        Plan after = before;
        after.steps[2].doses = {dose(3.5, 8 * 60), dose(3.5, 20 * 60)}; // 6 → 7 mg, split in two
        const PlanDiff d = PlanDiffer::compare(before, after);
        QCOMPARE(d.steps.size(), 1);
        const StepChange &c = d.steps.first();
        QCOMPARE(c.kind, StepChange::Kind::Changed);
        QVERIFY(c.dosesChanged);
        QVERIFY(!c.moved);
        QCOMPARE(c.oldIndex, 2);
        QCOMPARE(c.newIndex, 2);
        QCOMPARE(PlanDiffer::dailyMg(c.oldStep.doses).value(QStringLiteral("diazepam")), 6.0);
        QCOMPARE(PlanDiffer::dailyMg(c.newStep.doses).value(QStringLiteral("diazepam")), 7.0);
    }

    void removedStep()
    {
        const Plan before = taper(14);
        Plan after = before;
        after.steps.removeAt(4); // drop 2 mg: 4 mg straight to stop on day 70
        const PlanDiff d = PlanDiffer::compare(before, after);
        QCOMPARE(d.count(StepChange::Kind::Removed), 1);
        QCOMPARE(d.steps.size(), 1);
        QCOMPARE(d.steps.first().oldIndex, 4);
        QCOMPARE(d.steps.first().oldDate, QDate(2025, 3, 1).addDays(56));
        QCOMPARE(d.unchangedSteps, 5);
    }

    void stepChangedInDoseAndDate()
    {
        const Plan before = taper(14);
        Plan after = before;
        after.steps[3].day = 45; // 4 mg on day 42 → 5 mg on day 45
        after.steps[3].doses = {dose(5)};
        const PlanDiff d = PlanDiffer::compare(before, after);
        QCOMPARE(d.steps.size(), 1);
        const StepChange &c = d.steps.first();
        QCOMPARE(c.kind, StepChange::Kind::Changed);
        QVERIFY(c.moved && c.dosesChanged);
        QCOMPARE(c.shiftDays, 3);
    }

    void newStartDateMovesEveryStep()
    {
        const Plan before = taper(14);
        Plan after = before;
        after.startDate = before.startDate.addDays(7);
        const PlanDiff d = PlanDiffer::compare(before, after);
        QVERIFY(d.startDateChanged);
        QCOMPARE(d.steps.size(), 6);
        for (const StepChange &c : d.steps)
            QCOMPARE(c.shiftDays, 7);
    }

    void withoutStartDatesPlanDaysAreCompared()
    {
        Plan before = taper(14);
        Plan after = taper(14);
        before.startDate = QDate();
        after.startDate = QDate();
        after.steps[1].day = 15;
        const PlanDiff d = PlanDiffer::compare(before, after);
        QCOMPARE(d.steps.size(), 1);
        QCOMPARE(d.steps.first().shiftDays, 1);
        QVERIFY(!d.steps.first().newDate.isValid());
    }

    void headerSections()
    {
        const Plan before = taper(14);
        Plan after = before;
        after.title = QStringLiteral("Slower taper");
        after.current = {dose(5), dose(5, 20 * 60)};
        after.model.tauRDays = 21;
        after.drugs.insert(QStringLiteral("diazepam"), QJsonObject {{QStringLiteral("half_life_h"), 60}});
        after.steps[5].note = QStringLiteral("review at the end");
        const PlanDiff d = PlanDiffer::compare(before, after);
        QVERIFY(d.titleChanged);
        QCOMPARE(d.oldTitle, QStringLiteral("Diazepam taper"));
        QCOMPARE(d.newTitle, QStringLiteral("Slower taper"));
        QVERIFY(d.currentChanged);
        QVERIFY(d.modelChanged);
        QVERIFY(d.drugsChanged);
        QVERIFY(!d.patientChanged);
        QVERIFY(!d.startDateChanged);
        QCOMPARE(d.steps.size(), 1);
        QVERIFY(d.steps.first().noteChanged);
        QVERIFY(!d.steps.first().moved);
    }

    void sameDosesIgnoresOrder()
    {
        QVERIFY(PlanDiffer::sameDoses({dose(1, 60), dose(2, 120)}, {dose(2, 120), dose(1, 60)}));
        QVERIFY(!PlanDiffer::sameDoses({dose(1, 60)}, {dose(1, 61)}));
        QVERIFY(!PlanDiffer::sameDoses({dose(1, 60)}, {dose(1, 60, "lorazepam")}));
        QVERIFY(!PlanDiffer::sameDoses({dose(1, 60)}, {dose(1, 60), dose(1, 60)}));
    }
};

QTEST_GUILESS_MAIN(TestPlanDiff)
#include "tst_plandiff.moc"
