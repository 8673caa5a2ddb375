// The patient history, offscreen: visit validation (every problem named, the form refuses to
// close), scale totals and bands from raw items, the patient-list filters, the view over a
// constructed one-year history in a real store (timeline, phase, adherence, charts, version
// comparison), and the summary PDF's extracted text and the visits CSV.
// Set LENTO_SCREENSHOT_DIR to keep screenshots of the view and the visit form.
#include "historyfixture.h"

#include "catalogue.h"
#include "historycharts.h"
#include "historydata.h"
#include "historytimeline.h"
#include "historyview.h"
#include "patientfilters.h"
#include "store.h"
#include "versiondiff.h"
#include "visitdialog.h"
#include "visitscaleform.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace lento;
using namespace lento::ui;
using lento::store::PlanStatus;
using lento::store::VisitRecord;

namespace {

const QDate kToday(2026, 3, 10);

VisitRecord validVisit()
{
    VisitRecord v;
    v.patientId = 1;
    v.date = kToday.addDays(-1);
    store::ActualDose d;
    d.drug = QStringLiteral("diazepam");
    d.minuteOfDay = 8 * 60;
    d.mg = Milligrams(5);
    d.from = kToday.addDays(-28);
    d.to = kToday.addDays(-1);
    v.actualDoses = {d};
    v.ciwaB = QList<int>(20, 1);
    v.bwsq = QList<int>(20, 0);
    v.vitals.pulse = 80;
    return v;
}

bool hasField(const QList<VisitProblem> &problems, const QString &field)
{
    for (const VisitProblem &p : problems) {
        if (p.field == field)
            return true;
    }
    return false;
}

QString messages(const QList<VisitProblem> &problems)
{
    QStringList m;
    for (const VisitProblem &p : problems)
        m.append(p.field + QStringLiteral(": ") + p.message);
    return m.join(QLatin1Char('\n'));
}

PlanTiming timing(PlanStatus status, const QDate &start, const QDate &end, qint64 id = 1)
{
    PlanTiming t;
    t.planId = id;
    t.status = status;
    t.start = start;
    t.end = end;
    t.modified = QDateTime(start, QTime(9, 0), Qt::UTC);
    return t;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    store::Store m_store;
    historyfixture::Built m_built;
    QDate m_today;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("history.sqlite"));
        store::OpenOptions o;
        o.clinician = QStringLiteral("Dr Lee");
        const auto opened = m_store.open(m_dbPath, o);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
        // A one-year history ending today (real dates, so the store's own timestamps fit).
        m_today = QDate::currentDate();
        historyfixture::Options fx;
        fx.start = m_today.addDays(-365);
        fx.months = 12;
        fx.versions = 3;
        m_built = historyfixture::build(
            m_store, m_dbPath, QStringLiteral("H-001"), QStringLiteral("Wang Fang"), fx, m_today);
        QVERIFY2(m_built.error.isEmpty(), qPrintable(m_built.error));
        QCOMPARE(m_built.visitDates.size(), 12);
        QVERIFY(m_built.holdFrom.isValid());
    }

    // ---- Visit validation ----

    void validVisitHasNoProblems()
    {
        const QList<VisitProblem> p = VisitDialog::validate(validVisit(), kToday);
        QVERIFY2(p.isEmpty(), qPrintable(messages(p)));
    }

    void futureDatesAreRefused()
    {
        VisitRecord v = validVisit();
        v.date = kToday.addDays(1);
        QList<VisitProblem> p = VisitDialog::validate(v, kToday);
        QVERIFY(hasField(p, QStringLiteral("date")));
        QVERIFY(p.first().message.contains(QStringLiteral("future")));
        QVERIFY(p.first().message.startsWith(QStringLiteral("Visit date")));

        v = validVisit();
        v.actualDoses[0].to = v.date.addDays(2);
        p = VisitDialog::validate(v, kToday);
        QVERIFY2(hasField(p, QStringLiteral("doses[0].to")), qPrintable(messages(p)));
        QVERIFY(p.first().message.contains(QStringLiteral("row 1")));

        v = validVisit();
        v.date = QDate();
        QVERIFY(hasField(VisitDialog::validate(v, kToday), QStringLiteral("date")));
    }

    void scoresOutOfRangeNameTheItem()
    {
        VisitRecord v = validVisit();
        (*v.ciwaB)[4] = 5;
        (*v.bwsq)[19] = 3;
        const QList<VisitProblem> p = VisitDialog::validate(v, kToday);
        QCOMPARE(p.size(), 2);
        QCOMPARE(p[0].field, QStringLiteral("ciwa_b[4]"));
        QVERIFY(p[0].message.contains(QStringLiteral("CIWA-B item 5")));
        QVERIFY(p[0].message.contains(QStringLiteral("between 0 and 4")));
        QCOMPARE(p[1].field, QStringLiteral("bwsq[19]"));
        QVERIFY(p[1].message.contains(QStringLiteral("BWSQ item 20")));

        v = validVisit();
        v.ciwaB->removeLast();
        const QList<VisitProblem> q = VisitDialog::validate(v, kToday);
        QCOMPARE(q.size(), 1);
        QVERIFY(q.first().message.contains(QStringLiteral("needs 20 item scores, got 19")));
    }

    void dosesAndVitals()
    {
        VisitRecord v = validVisit();
        v.actualDoses[0].mg = Milligrams(0);
        v.actualDoses[0].drug.clear();
        v.actualDoses[0].from = v.actualDoses[0].to.addDays(1);
        v.vitals.bpSystolic = 120;
        v.vitals.bpDiastolic = 130;
        v.vitals.pulse = 300;
        v.vitals.temperatureC = 29.0;
        const QList<VisitProblem> p = VisitDialog::validate(v, kToday);
        for (const char *field : {"doses[0].drug", "doses[0].mg", "doses[0].to", "vitals.bp_diastolic", "vitals.pulse",
                 "vitals.temperature_c"})
            QVERIFY2(hasField(p, QString::fromLatin1(field)), field);
        QVERIFY(!hasField(p, QStringLiteral("vitals.bp_systolic")));
    }

    void formRefusesToCloseAndSaysWhy()
    {
        VisitDialog dialog(&Catalogue::shared());
        dialog.setToday(kToday);
        Plan plan = historyfixture::basePlan({kToday.addDays(-60), 12, 3, 14, 0.15, false});
        dialog.startNew(1, 7, &plan, kToday.addDays(-31), kToday);
        QVERIFY(dialog.dosesTable()->rowCount() >= 2); // pre-filled: two dose times over steps
        dialog.findChild<QDateEdit *>(QStringLiteral("visitDate"))->setDate(kToday.addDays(3));
        dialog.findChild<QSpinBox *>(QStringLiteral("pulse"))->setValue(10);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        const QString text = dialog.problemLabel()->text();
        QVERIFY(text.contains(QStringLiteral("Visit date")));
        QVERIFY(text.contains(QStringLiteral("Pulse")));
        dialog.findChild<QDateEdit *>(QStringLiteral("visitDate"))->setDate(kToday);
        dialog.findChild<QSpinBox *>(QStringLiteral("pulse"))->setValue(0);
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(messages(dialog.problems())));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const VisitRecord v = dialog.visit();
        QCOMPARE(v.planId, store::RecordId(7));
        QVERIFY(!v.ciwaB.has_value());
        QVERIFY(!v.vitals.pulse.has_value());
    }

    void prefillFollowsThePlan()
    {
        const Plan plan = historyfixture::basePlan({QDate(2025, 1, 1), 12, 3, 14, 0.15, false});
        const QList<store::ActualDose> d = VisitDialog::plannedDoses(plan, QDate(2025, 1, 10), QDate(2025, 1, 20));
        // Step 0 (20 mg/day) to 14 Jan, then 17 mg/day: two dose times each.
        QCOMPARE(d.size(), 4);
        QCOMPARE(d[0].from, QDate(2025, 1, 10));
        QCOMPARE(d[0].to, QDate(2025, 1, 14));
        QCOMPARE(d[0].mg.value(), 10.0);
        QCOMPARE(d[2].from, QDate(2025, 1, 15));
        QCOMPARE(d[2].to, QDate(2025, 1, 20));
        QCOMPARE(d[2].mg.value() + d[3].mg.value(), 17.0);
    }

    // ---- Totals and bands from raw items ----

    void scaleTotalsAndBands()
    {
        VisitScaleForm ciwa(WithdrawalScale::CiwaB);
        ciwa.setItems(historyfixture::items(23, 4));
        QCOMPARE(ciwa.score()->total, 23);
        QCOMPARE(ciwa.score()->bandId, QStringLiteral("moderate"));
        QVERIFY2(ciwa.totalText().contains(QStringLiteral("23 of 80")), qPrintable(ciwa.totalText()));
        QVERIFY(ciwa.totalText().contains(QStringLiteral("moderate withdrawal")));
        QVERIFY(ciwa.totalText().contains(QStringLiteral("camh-1")));

        // A change of one item updates the total live; 41 is severe in both sets.
        ciwa.itemBox(0)->setCurrentIndex(4);
        QCOMPARE(ciwa.score()->total, 23 - 2 + 4);
        ciwa.setItems(historyfixture::items(62, 4));
        QCOMPARE(ciwa.score()->bandId, QStringLiteral("very_severe"));
        ciwa.setBandSet(QStringLiteral("three-band-1"));
        QCOMPARE(ciwa.score()->bandId, QStringLiteral("severe"));
        QVERIFY(ciwa.totalText().contains(QStringLiteral("three-band-1")));

        ciwa.setChecked(false);
        QVERIFY(!ciwa.items().has_value());
        QVERIFY(ciwa.totalText().contains(QStringLiteral("not recorded")));

        VisitScaleForm bwsq(WithdrawalScale::Bwsq);
        bwsq.setItems(historyfixture::items(9, 2));
        QCOMPARE(bwsq.score()->total, 9);
        QCOMPARE(bwsq.score()->maxTotal, 40);
        QVERIFY(bwsq.totalText().contains(QStringLiteral("no validated bands")));
        QVERIFY(bwsq.totalText().contains(QStringLiteral("band set none")));
    }

    // ---- Filters ----

    void phasesAndFilters()
    {
        const PatientFilterSettings s; // 28 / 91 days, 12 months of follow-up
        const QDate t = kToday;

        PatientStatus st = PatientFilters::classify({}, {}, t, s);
        QCOMPARE(st.phase, PatientPhase::NoPlan);
        QVERIFY(!PatientFilters::matches(PatientFilter::ActiveTaper, st));
        QVERIFY(PatientFilters::matches(PatientFilter::All, st));

        st = PatientFilters::classify(
            {timing(PlanStatus::Active, t.addDays(-100), t.addDays(100))}, {t.addDays(-10)}, t, s);
        QCOMPARE(st.phase, PatientPhase::Tapering);
        QVERIFY(PatientFilters::matches(PatientFilter::ActiveTaper, st));
        QVERIFY(!PatientFilters::matches(PatientFilter::VisitOverdue, st));
        QCOMPARE(st.visitDue, t.addDays(18));

        st = PatientFilters::classify(
            {timing(PlanStatus::Active, t.addDays(-100), t.addDays(100))}, {t.addDays(-40)}, t, s);
        QVERIFY(PatientFilters::matches(PatientFilter::VisitOverdue, st));
        QCOMPARE(st.daysOverdue, 12);

        // No visit yet: due 28 days after the start.
        st = PatientFilters::classify({timing(PlanStatus::Active, t.addDays(-30), t.addDays(100))}, {}, t, s);
        QVERIFY(st.visitOverdue);
        QCOMPARE(st.daysOverdue, 2);

        st = PatientFilters::classify({timing(PlanStatus::Active, t.addDays(10), t.addDays(200))}, {}, t, s);
        QCOMPARE(st.phase, PatientPhase::Planned);
        QVERIFY(!st.visitOverdue);

        // The last step passed: follow-up, which also counts as completed.
        st = PatientFilters::classify(
            {timing(PlanStatus::Active, t.addDays(-300), t.addDays(-30))}, {t.addDays(-20)}, t, s);
        QCOMPARE(st.phase, PatientPhase::FollowUp);
        QVERIFY(PatientFilters::matches(PatientFilter::FollowUp, st));
        QVERIFY(PatientFilters::matches(PatientFilter::Completed, st));
        QVERIFY(!PatientFilters::matches(PatientFilter::ActiveTaper, st));
        QCOMPARE(st.visitDue, t.addDays(71));

        st = PatientFilters::classify(
            {timing(PlanStatus::Completed, t.addDays(-800), t.addDays(-400))}, {t.addDays(-390)}, t, s);
        QCOMPARE(st.phase, PatientPhase::Finished);
        QVERIFY(PatientFilters::matches(PatientFilter::Completed, st));
        QVERIFY(!PatientFilters::matches(PatientFilter::FollowUp, st));
        QVERIFY(!st.visitOverdue);

        // An active plan wins over an older completed one; archived and abandoned plans do not count.
        PlanTiming archived = timing(PlanStatus::Active, t.addDays(-50), t.addDays(50), 3);
        archived.archived = true;
        st = PatientFilters::classify({timing(PlanStatus::Completed, t.addDays(-800), t.addDays(-400), 1),
                                          timing(PlanStatus::Active, t.addDays(-20), t.addDays(300), 2), archived},
            {}, t, s);
        QCOMPARE(st.planId, store::RecordId(2));
        QCOMPARE(st.phase, PatientPhase::Tapering);

        // Intervals are configurable.
        PatientFilterSettings tight = s;
        tight.taperVisitIntervalDays = 7;
        st = PatientFilters::classify(
            {timing(PlanStatus::Active, t.addDays(-100), t.addDays(100))}, {t.addDays(-10)}, t, tight);
        QVERIFY(PatientFilters::matches(PatientFilter::VisitOverdue, st));
        QVERIFY(!PatientFilters::visitText(st).isEmpty());
        QCOMPARE(PatientFilters::filters().size(), 5);
    }

    void filtersFromTheStore()
    {
        const auto st = PatientFilters::status(m_store, m_built.patientId, m_today, {});
        QVERIFY(st.ok());
        QCOMPARE(st->phase, PatientPhase::FollowUp);
        QCOMPARE(st->lastVisit, m_built.visitDates.last());
        const Plan &last = m_built.plans.last();
        QCOMPARE(st->taperEnd, last.startDate.addDays(last.steps.last().day));
        const QList<store::RecordId> ids {m_built.patientId};
        QCOMPARE(PatientFilters::matching(m_store, ids, PatientFilter::FollowUp, m_today, {}), ids);
        QVERIFY(PatientFilters::matching(m_store, ids, PatientFilter::ActiveTaper, m_today, {}).isEmpty());
        // A year earlier the same patient was tapering.
        const auto earlier = PatientFilters::status(m_store, m_built.patientId, m_today.addDays(-300), {});
        QCOMPARE(earlier->phase, PatientPhase::Tapering);
    }

    // ---- The history view ----

    void historyData()
    {
        const auto loaded = HistoryData::load(m_store, m_built.patientId, Catalogue::shared(), m_today);
        QVERIFY(loaded.ok());
        const HistoryData &d = *loaded;
        QCOMPARE(d.versions.size(), 3);
        QCOMPARE(d.visits.size(), 12);
        QCOMPARE(d.doseDrug, QStringLiteral("diazepam"));
        QCOMPARE(d.statusChanges.size(), 1);
        QCOMPARE(d.statusChanges.first().to, PlanStatus::Active);
        // Each version is in force from the day it was saved until the next one.
        QCOMPARE(d.versionInForce(m_built.savedOn[1].addDays(-1)), 0);
        QCOMPARE(d.versionInForce(m_built.savedOn[1]), 1);
        QCOMPARE(d.versionInForce(m_today), 2);
        QCOMPARE(d.planned.at(m_built.plans[0].startDate), 20.0);
        // Taken follows the plan except for the five held days.
        QCOMPARE(d.adherence.daysHeld, 5);
        QCOMPARE(d.adherence.daysBelow, 0);
        QCOMPARE(d.adherence.daysNotRecorded, 0);
        QCOMPARE(d.adherence.daysOnPlan + 5, d.adherence.daysCompared);
        QCOMPARE(d.taken.at(m_built.holdFrom), d.planned.at(m_built.holdFrom.addDays(-1)));
        QCOMPARE(d.adherence.stepsSlower, 1);
        QCOMPARE(d.adherence.stepsFaster, 0);
        // Visits carry totals, bands and the version in force.
        QCOMPARE(d.visits[2].record.decision, store::VisitDecision::Hold);
        QVERIFY(d.visits[2].ciwaB.has_value());
        QCOMPARE(d.visits[2].ciwaB->bandSet, QStringLiteral("camh-1"));
        QCOMPARE(d.visits.last().versionIndex, 2);
        // Modelled pressure exists for the days a version was in force.
        QVERIFY(!std::isnan(d.pressure[std::size_t(d.first.daysTo(m_today))]));
        QCOMPARE(d.status.phase, PatientPhase::FollowUp);
    }

    void viewShowsTheStory()
    {
        HistoryView view(&m_store);
        view.setToday(m_today);
        view.resize(1400, 900);
        QVERIFY(view.setPatient(m_built.patientId));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        HistoryTimeline *t = view.timeline();
        QCOMPARE(t->count(HistoryTimeline::Kind::Version), 3);
        QCOMPARE(t->count(HistoryTimeline::Kind::Visit), 12);
        QCOMPARE(t->count(HistoryTimeline::Kind::StatusChange), 1);
        QCOMPARE(t->count(HistoryTimeline::Kind::Phase), 2); // taper start and end
        // Newest first.
        QCOMPARE(t->topLevelItem(0)->data(0, HistoryTimeline::DateRole).toDateTime().date()
                >= t->topLevelItem(t->topLevelItemCount() - 1)->data(0, HistoryTimeline::DateRole).toDateTime().date(),
            true);
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("follow-up")));
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("Held above the planned dose on 5 day")));

        HistoryCharts *c = view.charts();
        const QStringList dose = c->seriesNames(HistoryCharts::DoseChart);
        QVERIFY2(dose.contains(QStringLiteral("Planned (plan in force)")), qPrintable(dose.join(QLatin1Char('|'))));
        QVERIFY(dose.contains(QStringLiteral("Taken (recorded at visits)")));
        QVERIFY(dose.contains(QStringLiteral("Follow-up after the taper")));
        QCOMPARE(c->pointCount(HistoryCharts::DoseChart, QStringLiteral("Plan version saved")), 3);
        QVERIFY(c->pointCount(HistoryCharts::DoseChart, QStringLiteral("Planned (plan in force)")) > 20);
        const QStringList sym = c->seriesNames(HistoryCharts::SymptomChart);
        QVERIFY(sym.contains(QStringLiteral("Withdrawal pressure (modelled)")));
        QCOMPARE(c->pointCount(HistoryCharts::SymptomChart, QStringLiteral("CIWA-B total")), 12);
        QCOMPARE(c->pointCount(HistoryCharts::SymptomChart, QStringLiteral("BWSQ total")), 12);

        // Ticking two versions compares them: version 2 moved the remaining steps a week later.
        t->setVersionChecked(m_built.versionIds[0], true);
        t->setVersionChecked(m_built.versionIds[1], true);
        QCOMPARE(view.tabs()->currentWidget(), static_cast<QWidget *>(view.diffView()));
        const QString diff = view.diffView()->plainText();
        QVERIFY2(diff.contains(QStringLiteral("7 day")), qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("version 1")));
        QVERIFY(diff.contains(QStringLiteral("version 2")));
        QVERIFY(view.compareVersions(m_built.versionIds[2], m_built.versionIds[1])); // either order
        // Version 3 also raised the first remaining step by half a milligram a day.
        const QString diff32 = view.diffView()->plainText();
        QVERIFY2(diff32.contains(QRegularExpression(QStringLiteral("doses (?!unchanged).*→"))), qPrintable(diff32));
        QVERIFY(diff32.contains(QStringLiteral("doses unchanged")));

        // Reductions tab lists the planned reductions.
        QVERIFY(view.findChild<QTreeWidget *>(QStringLiteral("stepTimings"))->topLevelItemCount() > 10);

        if (qEnvironmentVariableIsSet("LENTO_SCREENSHOT_DIR")) {
            const QString dir = qEnvironmentVariable("LENTO_SCREENSHOT_DIR");
            view.tabs()->setCurrentIndex(0);
            QTest::qWait(50);
            QVERIFY(view.grab().save(dir + QStringLiteral("/history-view.png")));
            view.tabs()->setCurrentWidget(view.diffView());
            QVERIFY(view.grab().save(dir + QStringLiteral("/history-diff.png")));
            VisitDialog dialog(&Catalogue::shared());
            dialog.setToday(m_today);
            dialog.startNew(
                m_built.patientId, m_built.planId, &m_built.plans.last(), m_built.visitDates.last(), m_today);
            dialog.ciwaBForm()->setItems(historyfixture::items(23, 4));
            dialog.show();
            QTest::qWait(50);
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/visit-dialog.png")));
            dialog.findChild<QTabWidget *>()->setCurrentIndex(2);
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/visit-ciwa.png")));
            VisitDialog during(&Catalogue::shared());
            during.setToday(m_today);
            during.startNew(
                m_built.patientId, m_built.planId, &m_built.plans.last(), m_built.visitDates[3], m_built.visitDates[4]);
            during.show();
            during.findChild<QTabWidget *>()->setCurrentIndex(1);
            QTest::qWait(50);
            QVERIFY(during.grab().save(dir + QStringLiteral("/visit-doses.png")));
        }
    }

    void savingAVisitUpdatesTheHistory()
    {
        // A separate patient so the other tests' figures stay put.
        historyfixture::Options fx;
        fx.start = m_today.addDays(-70);
        fx.months = 2;
        fx.versions = 1;
        fx.holdAtThirdVisit = false;
        const auto b
            = historyfixture::build(m_store, m_dbPath, QStringLiteral("H-002"), QStringLiteral("Li Wei"), fx, m_today);
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        HistoryView view(&m_store);
        view.setToday(m_today);
        QVERIFY(view.setPatient(b.patientId));
        QCOMPARE(view.data().visits.size(), 2);

        VisitDialog dialog(&Catalogue::shared());
        dialog.setToday(m_today);
        dialog.startNew(b.patientId, b.planId, &b.plans.last(), b.visitDates.last(), m_today);
        dialog.ciwaBForm()->setItems(historyfixture::items(12, 4));
        QVERIFY(dialog.problems().isEmpty());
        QString error;
        QVERIFY2(view.saveVisit(dialog.visit(), &error), qPrintable(error));
        QCOMPARE(view.data().visits.size(), 3);
        QCOMPARE(view.data().visits.last().ciwaB->total, 12);
        QCOMPARE(view.timeline()->currentVisit(), view.data().visits.last().record.id);
        // The pre-filled doses were the plan's: nothing held or below.
        QCOMPARE(view.data().adherence.daysHeld, 0);
        QCOMPARE(view.data().adherence.daysBelow, 0);

        // A visit dated in the future is refused by the store as well, and nothing changes.
        VisitRecord bad = dialog.visit();
        bad.date = m_today.addYears(2);
        QVERIFY(!view.saveVisit(bad, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(view.data().visits.size(), 3);
    }

    // ---- Exports ----

    void summaryPdfText()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        HistoryView view(&m_store);
        view.setToday(m_today);
        view.resize(1200, 800);
        QVERIFY(view.setPatient(m_built.patientId));
        const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
        QString error;
        QVERIFY2(view.exportSummaryPdf(pdf, &error), qPrintable(error));
        if (qEnvironmentVariableIsSet("LENTO_SCREENSHOT_DIR")) {
            const QString keep = qEnvironmentVariable("LENTO_SCREENSHOT_DIR") + QStringLiteral("/history-summary.pdf");
            QFile::remove(keep);
            QFile::copy(pdf, keep);
        }
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        file.close();

        QProcess p;
        // Reading order, with table cells that wrap joined up again.
        p.start(pdftotext, {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QStringLiteral("Taper history: Wang Fang")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("H-001")));
        QVERIFY(text.contains(QStringLiteral("Printed")));
        QVERIFY(text.contains(QStringLiteral("Dr Lee")));
        QVERIFY(text.contains(QStringLiteral("Held above the planned dose on 5 day")));
        QVERIFY(text.contains(QStringLiteral("Changes between plan versions")));
        QVERIFY(text.contains(QStringLiteral("Slower after review 1")));
        QVERIFY(text.contains(QStringLiteral("Visits")));
        QVERIFY(text.contains(QStringLiteral("Hold")));
        QVERIFY2(text.contains(QStringLiteral("Poor sleep after the cut")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("camh-1")));
        QVERIFY(text.contains(QStringLiteral("modelled")));
        // Every visit date is printed.
        const QString anyVisit = QLocale().toString(m_built.visitDates[5], QLocale::ShortFormat);
        QVERIFY2(text.contains(anyVisit), qPrintable(anyVisit));
        // CIWA-B totals with their bands: visit 3 scored 6 (mild), visit 10 scored 6 + 4 + 14 (moderate).
        QVERIFY(text.contains(QStringLiteral("6 mild")));
        QVERIFY(text.contains(QStringLiteral("24 moderate")));

        // Writing where it cannot names the file and leaves nothing behind.
        const QString badPath = m_dir.filePath(QStringLiteral("missing/dir/summary.pdf"));
        QVERIFY(!view.exportSummaryPdf(badPath, &error));
        QVERIFY(error.contains(badPath));
    }

    void visitsCsv()
    {
        HistoryView view(&m_store);
        view.setToday(m_today);
        QVERIFY(view.setPatient(m_built.patientId));
        const QString csv = m_dir.filePath(QStringLiteral("visits.csv"));
        QString error;
        QVERIFY2(view.exportVisitsCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 13); // header + 12 visits
        QVERIFY(lines.first().contains(QStringLiteral("date")));
        QVERIFY(lines[1].contains(m_built.visitDates.first().toString(Qt::ISODate)));
    }

    void emptyView()
    {
        HistoryView view(&m_store);
        QVERIFY(view.setPatient(0));
        QVERIFY(!view.data().hasData());
        QString error;
        QVERIFY(!view.exportSummaryPdf(m_dir.filePath(QStringLiteral("none.pdf")), &error));
        QVERIFY(!view.setPatient(999999));
        QVERIFY(!view.lastError().isEmpty());
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
