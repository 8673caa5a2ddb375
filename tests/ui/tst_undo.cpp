// The plan's edit path: every edit through PlanDocumentModel's facade is one undo step, undo
// and redo restore the exact plan (compared as values and as written documents), failed edits
// change nothing, and hand edits leave the step annotations consistent with the doses.
#include "catalogue.h"
#include "plandocument.h"
#include "plandocumentmodel.h"
#include "planedits.h"
#include "planner.h"
#include "simulator.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace lento;
using namespace lento::ui;

class TestUndo : public QObject
{
    Q_OBJECT

private:
    static Plan diazepamPlan()
    {
        PlannerRequest r;
        auto current = parseRegimenSpec(QStringLiteral("diazepam:10@08:00,10@22:00"), Catalogue::shared());
        Q_ASSERT(current.ok());
        r.current = current.value();
        r.percent = 10;
        r.everyDays = 14;
        r.region = QStringLiteral("uk");
        r.startDate = QDate(2026, 3, 2);
        auto plan = makePlan(r, Catalogue::shared());
        Q_ASSERT(plan.ok());
        return plan.value();
    }

    static void open(PlanDocumentModel &doc, const Plan &plan)
    {
        doc.setCatalogue(&Catalogue::shared());
        doc.resetPlan(plan);
    }

    static double ann(const Step &s, const char *key)
    {
        return s.annotations.value(QLatin1String(key)).toDouble(std::nan(""));
    }

private Q_SLOTS:
    void roundTripEveryEdit()
    {
        PlanDocumentModel doc;
        open(doc, diazepamPlan());
        QVERIFY(doc.plan().steps.size() > 10);
        QVERIFY(doc.undoStack()->isClean());

        QList<Plan> states {doc.plan()};
        QList<QByteArray> written {PlanDocument::write(doc.plan())};
        auto record = [&](const PlanDocumentModel::Result &r) {
            QVERIFY2(r.ok, qPrintable(r.error));
            states.append(doc.plan());
            written.append(PlanDocument::write(doc.plan()));
            QCOMPARE(doc.undoStack()->count(), states.size() - 1);
        };
        record(doc.setDoseAmount(2, QStringLiteral("diazepam"), 8 * 60, 7.0));
        record(doc.setStepLength(3, 21));
        record(doc.insertStep(4));
        record(doc.insertHold(1, 10));
        record(doc.splitStep(6));
        record(doc.mergeWithNext(8));
        record(doc.deleteStep(5));
        record(doc.setNote(2, QStringLiteral("Review by phone")));
        Dose extra;
        extra.drug = QStringLiteral("diazepam");
        extra.minuteOfDay = 14 * 60;
        extra.mg = Milligrams(2.0);
        record(doc.addDose(3, extra));
        Dose moved = doc.plan().steps[3].doses[0];
        moved.minuteOfDay = 9 * 60;
        record(doc.setDose(3, 0, moved));
        record(doc.removeDose(3, 1));
        record(doc.setStartDate(QDate(2026, 4, 1)));
        PlannerRequest slower;
        slower.percent = 5;
        slower.everyDays = 28;
        slower.region = QStringLiteral("uk");
        record(doc.regenerateFrom(6, slower));
        QVERIFY(!doc.undoStack()->isClean());

        // Every state differs from the one before (each edit did something).
        for (int i = 1; i < states.size(); ++i)
            QVERIFY2(!(states[i] == states[i - 1]), qPrintable(QStringLiteral("edit %1 changed nothing").arg(i)));

        for (int i = states.size() - 2; i >= 0; --i) {
            doc.undoStack()->undo();
            QVERIFY(doc.plan() == states[i]);
            QCOMPARE(PlanDocument::write(doc.plan()), written[i]);
        }
        QVERIFY(doc.undoStack()->isClean());
        for (int i = 1; i < states.size(); ++i) {
            doc.undoStack()->redo();
            QVERIFY(doc.plan() == states[i]);
            QCOMPARE(PlanDocument::write(doc.plan()), written[i]);
        }
    }

    void oneChangeSignalPerEdit()
    {
        PlanDocumentModel doc;
        open(doc, diazepamPlan());
        QSignalSpy spy(&doc, &PlanDocumentModel::changed);
        QVERIFY(doc.setStepLength(1, 20).ok);
        QCOMPARE(spy.count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(spy.count(), 2);
        doc.undoStack()->redo();
        QCOMPARE(spy.count(), 3);
        // An edit that changes nothing makes no undo step and no signal.
        QVERIFY(doc.setStepLength(1, 20).ok);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void rejectedEditsNameTheFieldAndChangeNothing()
    {
        PlanDocumentModel doc;
        open(doc, diazepamPlan());
        const Plan before = doc.plan();
        const int last = int(before.steps.size()) - 1;

        auto r = doc.setStepLength(2, 0);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("Step 3, duration (days)")), qPrintable(r.error));
        r = doc.setStepLength(last, 10);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("lasts to the end")), qPrintable(r.error));
        r = doc.setDoseAmount(1, QStringLiteral("diazepam"), 8 * 60, -1.0);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("Step 2, Diazepam at 08:00 (mg)")), qPrintable(r.error));
        r = doc.setDoseAmount(1, QStringLiteral("no-such-drug"), 8 * 60, 1.0);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("no-such-drug")));
        r = doc.mergeWithNext(last);
        QVERIFY(!r.ok);
        r = doc.splitStep(99);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("no step 100")));
        Dose bad;
        bad.drug = QStringLiteral("diazepam");
        bad.minuteOfDay = 1440;
        bad.mg = Milligrams(1.0);
        r = doc.setDose(1, 0, bad);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("Step 2, time")), qPrintable(r.error));
        r = doc.insertHold(2, 0);
        QVERIFY(!r.ok);
        QVERIFY(r.error.startsWith(QStringLiteral("Hold (days)")));

        QVERIFY(doc.plan() == before);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void doseEditReannotatesTheStepAndItsSuccessor()
    {
        PlanDocumentModel doc;
        open(doc, diazepamPlan());
        const Plan before = doc.plan();
        // Step 3 (index 2): make the 08:00 dose 2 mg smaller than it is.
        const Step &s = before.steps[2];
        const Dose morning = s.doses[0];
        const double newMg = morning.mg.value() - 2.0;
        QVERIFY(doc.setDoseAmount(2, morning.drug, morning.minuteOfDay, newMg).ok);
        const Plan &after = doc.plan();
        const Step &edited = after.steps[2];
        const Step &next = after.steps[3];

        double daily = 0.0;
        for (const Dose &d : edited.doses)
            daily += d.mg.value();
        const double prev = ann(after.steps[1], "daily_mg_deq");
        QCOMPARE(ann(edited, "daily_mg_deq"), daily); // diazepam: 1 mg = 1 mg deq
        QVERIFY(std::fabs(ann(edited, "realised_cut_pct") - 100.0 * (prev - daily) / prev) < 0.01);
        QVERIFY(std::fabs(ann(edited, "occupancy_after") - occupancyPercent(daily, after.model)) < 0.01);
        QVERIFY(std::fabs(ann(edited, "occupancy_before") - occupancyPercent(prev, after.model)) < 0.01);
        QVERIFY(edited.annotations.value(QStringLiteral("edited")).toBool());
        QVERIFY(!edited.annotations.contains(QStringLiteral("rule_ratio")));
        // The composition of the new amount, made from the plan's products.
        const QJsonArray comps = edited.annotations.value(QStringLiteral("compositions")).toArray();
        QCOMPARE(comps.size(), edited.doses.size());
        double composed = 0.0;
        for (const QJsonValue &p : comps[0].toObject().value(QStringLiteral("pieces")).toArray())
            composed += p.toObject().value(QStringLiteral("mg")).toDouble();
        QCOMPARE(composed, newMg);
        // The next step's cut is now measured from the edited step.
        const double nextDaily = ann(next, "daily_mg_deq");
        QVERIFY(std::fabs(ann(next, "realised_cut_pct") - 100.0 * (daily - nextDaily) / daily) < 0.01);
        QVERIFY(!next.annotations.value(QStringLiteral("edited")).toBool());
        // Steps further on are untouched.
        QVERIFY(after.steps[5] == before.steps[5]);
    }

    void amountsAreRoundedToTheProducts()
    {
        PlanDocumentModel doc;
        open(doc, diazepamPlan());
        // UK diazepam: 2, 5 and 10 mg tablets, halves allowed, so amounts go in 0.5 mg steps
        // (4.5 = 2 + 2½): 4.2 mg rounds to 4 and 4.3 mg to 4.5, and the note says so.
        auto morning = [&doc] {
            for (const Dose &d : doc.plan().steps[1].doses)
                if (d.minuteOfDay == 8 * 60)
                    return d.mg.value();
            return -1.0;
        };
        auto r = doc.setDoseAmount(1, QStringLiteral("diazepam"), 8 * 60, 4.2);
        QVERIFY(r.ok);
        QVERIFY2(r.note.contains(QStringLiteral("rounded to 4 mg")), qPrintable(r.note));
        QCOMPARE(morning(), 4.0);
        r = doc.setDoseAmount(1, QStringLiteral("diazepam"), 8 * 60, 4.3);
        QVERIFY(r.ok);
        QVERIFY2(r.note.contains(QStringLiteral("rounded to 4.5 mg")), qPrintable(r.note));
        QCOMPARE(morning(), 4.5);
        // An amount the products make is taken as it is.
        r = doc.setDoseAmount(1, QStringLiteral("diazepam"), 8 * 60, 3.0);
        QVERIFY(r.ok && r.note.isEmpty());
        QCOMPARE(morning(), 3.0);
    }

    void stepStructureEdits()
    {
        PlanDocumentModel doc;
        open(doc, diazepamPlan());
        const Plan p0 = doc.plan();
        const int len3 = PlanEdits::stepLength(p0, 3);

        // Length: later steps move with the change.
        QVERIFY(doc.setStepLength(3, len3 + 7).ok);
        QCOMPARE(doc.plan().steps[4].day, p0.steps[4].day + 7);
        QCOMPARE(doc.plan().steps.last().day, p0.steps.last().day + 7);
        doc.undoStack()->undo();

        // Split: same doses, first half shorter or equal, nothing else moves.
        QVERIFY(doc.splitStep(3).ok);
        QCOMPARE(doc.plan().steps.size(), p0.steps.size() + 1);
        QCOMPARE(doc.plan().steps[4].doses, p0.steps[3].doses);
        QCOMPARE(doc.plan().steps[4].day, p0.steps[3].day + len3 / 2);
        QCOMPARE(doc.plan().steps[5].day, p0.steps[4].day);
        // Merge undoes the split's structure (annotations aside).
        QVERIFY(doc.mergeWithNext(3).ok);
        QCOMPARE(doc.plan().steps.size(), p0.steps.size());
        for (int i = 0; i < p0.steps.size(); ++i) {
            QCOMPARE(doc.plan().steps[i].day, p0.steps[i].day);
            QCOMPARE(doc.plan().steps[i].doses, p0.steps[i].doses);
        }
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.plan() == p0);

        // Insert: halfway between the neighbours, later steps move by the default length.
        QVERIFY(doc.insertStep(3).ok);
        const Plan &ins = doc.plan();
        QCOMPARE(ins.steps.size(), p0.steps.size() + 1);
        QCOMPARE(ins.steps[4].day, p0.steps[4].day);
        QCOMPARE(ins.steps[5].day, p0.steps[4].day + 14);
        double a = 0, b = 0, m = 0;
        for (const Dose &x : p0.steps[3].doses)
            a += x.mg.value();
        for (const Dose &x : p0.steps[4].doses)
            b += x.mg.value();
        for (const Dose &x : ins.steps[4].doses)
            m += x.mg.value();
        QVERIFY2(m <= a && m >= b, qPrintable(QStringLiteral("%1 %2 %3").arg(a).arg(m).arg(b)));
        doc.undoStack()->undo();

        // Hold: the doses of the step before, for the given days, as a step marked "hold".
        QVERIFY(doc.insertHold(2, 10).ok);
        QCOMPARE(doc.plan().steps[3].doses, p0.steps[2].doses);
        QCOMPARE(doc.plan().steps[3].annotations.value(QStringLiteral("kind")).toString(), QStringLiteral("hold"));
        QCOMPARE(doc.plan().steps[4].day, p0.steps[3].day + 10);
        doc.undoStack()->undo();

        // Delete: later steps move earlier by the deleted step's length.
        const int len2 = PlanEdits::stepLength(p0, 2);
        QVERIFY(doc.deleteStep(2).ok);
        QCOMPARE(doc.plan().steps.size(), p0.steps.size() - 1);
        QCOMPARE(doc.plan().steps[2].doses, p0.steps[3].doses);
        QCOMPARE(doc.plan().steps[2].day, p0.steps[3].day - len2);
        doc.undoStack()->undo();
        QVERIFY(doc.plan() == p0);
    }

    void regenerateKeepsThePrefix()
    {
        PlanDocumentModel doc;
        open(doc, diazepamPlan());
        const Plan p0 = doc.plan();
        PlannerRequest slower;
        slower.percent = 5;
        slower.everyDays = 28;
        slower.region = QStringLiteral("uk");
        QVERIFY(doc.regenerateFrom(4, slower).ok);
        const Plan &p = doc.plan();
        for (int i = 0; i < 4; ++i)
            QVERIFY(p.steps[i] == p0.steps[i]);
        QCOMPARE(p.steps[4].doses, p0.steps[4].doses);
        QCOMPARE(p.steps[5].day, p0.steps[5].day); // step 5 keeps its length
        // The remainder follows the new pace: it is a reduction from step 5's doses and the whole
        // plan now takes longer (5 % every 28 days instead of 10 % every 14).
        const double cut = p.steps[5].annotations.value(QStringLiteral("realised_cut_pct")).toDouble();
        QVERIFY2(cut > 0.0, qPrintable(QString::number(cut)));
        const QJsonObject planner = p.extra.value(QStringLiteral("planner")).toObject();
        QCOMPARE(planner.value(QStringLiteral("every_days")).toInt(), 28);
        QCOMPARE(planner.value(QStringLiteral("percent")).toDouble(), 5.0);
        QVERIFY(p.steps.last().day > p0.steps.last().day);
        QVERIFY(p.steps.last().doses.isEmpty());
    }
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
