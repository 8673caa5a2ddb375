// The patient history as a user reaches it in the workspace window: open a patient from the list,
// record a visit through the visit form from the Patient menu (doses pre-filled from the plan),
// see it in the timeline and the charts of the History page, take the offered re-plan as an
// undoable edit, change the plan's status, filter the patient list, export the summary and the
// visits; the visit interval settings persist.
#include "catalogue.h"
#include "historycharts.h"
#include "historycontroller.h"
#include "historytimeline.h"
#include "historyview.h"
#include "mainwindow.h"
#include "medicationdosesdialog.h"
#include "patientformdialog.h"
#include "patientheader.h"
#include "patientlist.h"
#include "patientlistmodel.h"
#include "plandocument.h"
#include "planeditor.h"
#include "regimeneditor.h"
#include "settings.h"
#include "settingsdialog.h"
#include "store.h"
#include "visitdialog.h"
#include "visitreplan.h"
#include "visitscaleform.h"
#include "visitsettingsbox.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace lento;
using namespace lento::ui;
using lento::store::PlanStatus;
using lento::store::RecordId;
using lento::store::Store;

namespace {

// Runs `act` on the next visible top-level widget of type W named `name`, polling because the
// window opens it in a nested event loop.
template <typename W> class WhenShown : public QObject
{
public:
    WhenShown(const QString &name, std::function<void(W *)> act) : m_name(name), m_act(std::move(act))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *found = qobject_cast<W *>(w);
                if (found && found->isVisible() && found->objectName() == m_name) {
                    m_timer.stop();
                    m_seen = true;
                    m_act(found);
                    return;
                }
            }
        });
        m_timer.start();
    }
    bool seen() const { return m_seen; }

private:
    QString m_name;
    std::function<void(W *)> m_act;
    QTimer m_timer;
    bool m_seen = false;
};

Dose dose(double mg, int hour)
{
    Dose d;
    d.drug = QStringLiteral("diazepam");
    d.minuteOfDay = hour * 60;
    d.mg = Milligrams(mg);
    return d;
}

// 20 mg/day diazepam, cut by 2 mg/day every 14 days, started 20 days before `today`.
Plan taperPlan(const QDate &today)
{
    Plan p;
    p.title = QStringLiteral("Diazepam taper");
    p.startDate = today.addDays(-20);
    p.current = {dose(10, 8), dose(10, 20)};
    for (int i = 0; i <= 10; ++i) {
        Step s;
        s.day = i * 14;
        const double daily = 20.0 - 2.0 * i;
        if (daily > 0)
            s.doses = {dose(daily / 2, 8), dose(daily / 2, 20)};
        p.steps.append(s);
    }
    return p;
}

QStringList listedIdentifiers(const PatientList *list)
{
    QStringList ids;
    for (int r = 0; r < list->model()->rowCount(); ++r)
        ids << list->model()->index(r, PatientListModel::IdentifierColumn).data().toString();
    return ids;
}

} // namespace

class TestPatientHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    RecordId m_patient = 0;
    RecordId m_plan = 0;
    const QDate m_today = QDate::currentDate();

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("LentoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_patienthistory"));
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<Store>();
        lento::store::OpenOptions options;
        options.clinician = QStringLiteral("Dr Test");
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("lento.sqlite")), options).ok());
        lento::store::PatientRecord a;
        a.identifier = QStringLiteral("H-1");
        a.name = QStringLiteral("Ada Taper");
        const auto added = m_store->addPatient(a);
        QVERIFY(added.ok());
        m_patient = added->id;
        const auto created
            = m_store->createPlan(m_patient, PlanDocument::write(taperPlan(m_today)), QStringLiteral("first"));
        QVERIFY(created.ok());
        m_plan = created->planId;
        lento::store::PatientRecord b;
        b.identifier = QStringLiteral("N-2");
        b.name = QStringLiteral("Ben Noplan");
        QVERIFY(m_store->addPatient(b).ok());
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void recordVisitReviewHistoryStatusAndFilter()
    {
        MainWindow window(m_store.get(), &Catalogue::shared(), nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        HistoryController *history = window.history();
        QVERIFY(!history->bar()->isVisible());
        QVERIFY(!window.action(QStringLiteral("actionRecordVisit"))->isEnabled());

        // The menus name everything (Patient menu, View entries, File exports).
        const auto menus = window.menuBar()->findChildren<QMenu *>();
        QStringList titles;
        for (QMenu *m : menus)
            titles << m->objectName();
        QVERIFY(titles.contains(QStringLiteral("menuPatient")));
        QVERIFY(titles.contains(QStringLiteral("menuPlanStatus")));
        QCOMPARE(
            window.action(QStringLiteral("actionShowHistory"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+4")));
        QCOMPARE(
            window.action(QStringLiteral("actionRecordVisit"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+R")));

        // The list shows the plan's status; open the patient by clicking the row.
        PatientList *list = window.patientList();
        QCOMPARE(listedIdentifiers(list), (QStringList {QStringLiteral("H-1"), QStringLiteral("N-2")}));
        const int row = list->model()->rowOf(m_patient);
        QCOMPARE(list->model()->index(row, PatientListModel::StatusColumn).data().toString(), QStringLiteral("Draft"));
        const QRect cell = list->view()->visualRect(list->model()->index(row, PatientListModel::NameColumn));
        QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(window.currentPatientId(), m_patient);
        QCOMPARE(window.currentPlanId(), m_plan);
        QVERIFY(history->bar()->isVisible());
        QCOMPARE(history->statusField()->currentText(), QStringLiteral("Draft"));

        // Record a visit from the keyboard shortcut; the form comes pre-filled with the plan's
        // doses. The decision "hold" offers a re-plan: take "slower from the dose taken".
        int prefilledRows = -1;
        WhenShown<VisitDialog> visitForm(QStringLiteral("visitDialog"), [&prefilledRows](VisitDialog *dialog) {
            prefilledRows = dialog->dosesTable()->rowCount();
            auto *decision = dialog->findChild<QComboBox *>(QStringLiteral("decision"));
            decision->setCurrentIndex(decision->findData(int(lento::store::VisitDecision::Hold)));
            QList<int> items(20, 0);
            items[0] = 2;
            items[5] = 3;
            dialog->ciwaBForm()->setItems(items);
            dialog->accept();
        });
        QString replanText;
        WhenShown<QMessageBox> replan(QStringLiteral("replanBox"), [&replanText](QMessageBox *box) {
            replanText = box->text();
            box->findChild<QAbstractButton *>(QStringLiteral("replanSlower"))->click();
        });
        const Plan before = window.planEditor()->plan();
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(visitForm.seen());
        QVERIFY2(prefilledRows >= 2, qPrintable(QString::number(prefilledRows)));
        QVERIFY(replan.seen());
        QVERIFY(replanText.contains(VisitDialog::decisionName(lento::store::VisitDecision::Hold)));

        // Stored at once.
        const auto visits = m_store->visits(m_patient);
        QVERIFY(visits.ok());
        QCOMPARE(visits->size(), 1);
        QCOMPARE(visits->first().decision, lento::store::VisitDecision::Hold);
        QCOMPARE(visits->first().planId, m_plan);
        QVERIFY(!visits->first().actualDoses.isEmpty());

        // The re-plan is an undoable edit of the open plan, not a silent change.
        QCOMPARE(history->page(), HistoryController::Page::Plan);
        QUndoStack *undo = window.planEditor()->undoStack();
        QVERIFY(window.hasUnsavedChanges());
        QVERIFY(undo->undoText().contains(QStringLiteral("Re-plan")));
        const Plan replanned = window.planEditor()->plan();
        QVERIFY(replanned.steps != before.steps);
        QVERIFY(replanned.steps.last().day > before.steps.last().day); // slower: the taper ends later
        undo->undo();
        QCOMPARE(window.planEditor()->plan().steps, before.steps);
        QVERIFY(!window.hasUnsavedChanges());

        // The History page (View menu shortcut) shows the visit in the timeline and the charts.
        window.activateWindow(); // the dialogs took the focus
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(history->page(), HistoryController::Page::History);
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("workspaceStack"))->currentWidget(),
            static_cast<QWidget *>(history->view()));
        QCOMPARE(history->pageTabs()->currentIndex(), 1);
        HistoryView *view = history->view();
        QCOMPARE(view->timeline()->count(HistoryTimeline::Kind::Visit), 1);
        QCOMPARE(view->timeline()->count(HistoryTimeline::Kind::Version), 1);
        QVERIFY(view->charts()->pointCount(HistoryCharts::DoseChart, QStringLiteral("Taken (recorded at visits)")) > 0);
        QCOMPARE(view->charts()->pointCount(HistoryCharts::SymptomChart, QStringLiteral("CIWA-B total")), 1);

        // Plan status from the bar: the store, the header, the list and the timeline follow.
        QComboBox *status = history->statusField();
        QVERIFY(status->isEnabled());
        status->setCurrentIndex(status->findData(int(PlanStatus::Active)));
        Q_EMIT status->activated(status->currentIndex());
        QCOMPARE(m_store->plan(m_plan)->status, PlanStatus::Active);
        QCOMPARE(
            list->model()->index(list->model()->rowOf(m_patient), PatientListModel::StatusColumn).data().toString(),
            QStringLiteral("Active"));
        QCOMPARE(view->timeline()->count(HistoryTimeline::Kind::StatusChange), 1);
        QVERIFY(window.action(QStringLiteral("actionStatusActive"))->isChecked());

        // Filters: active taper lists only H-1; "completed" nobody until the status says so.
        QComboBox *filter = list->phaseFilterField();
        const auto choose = [filter](PatientFilter f) {
            filter->setCurrentIndex(filter->findData(int(f)));
            Q_EMIT filter->activated(filter->currentIndex());
        };
        choose(PatientFilter::ActiveTaper);
        QCOMPARE(listedIdentifiers(list), QStringList {QStringLiteral("H-1")});
        choose(PatientFilter::Completed);
        QCOMPARE(listedIdentifiers(list), QStringList());
        QVERIFY(list->findChild<QLabel *>(QStringLiteral("patientListHint"))->isVisibleTo(list));
        window.action(QStringLiteral("actionStatusCompleted"))->trigger();
        QCOMPARE(m_store->plan(m_plan)->status, PlanStatus::Completed);
        QCOMPARE(listedIdentifiers(list), QStringList {QStringLiteral("H-1")});
        choose(PatientFilter::FollowUp);
        QCOMPARE(listedIdentifiers(list), QStringList {QStringLiteral("H-1")});
        choose(PatientFilter::All);
        QCOMPARE(listedIdentifiers(list).size(), 2);

        // The exports the File menu offers write the files.
        QString error;
        const QString pdf = m_dir->filePath(QStringLiteral("summary.pdf"));
        const QString csv = m_dir->filePath(QStringLiteral("visits.csv"));
        QVERIFY2(view->exportSummaryPdf(pdf, &error), qPrintable(error));
        QVERIFY2(view->exportVisitsCsv(csv, &error), qPrintable(error));
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll().count('\n'), 2); // header and the one visit
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(window.action(QStringLiteral("actionExportHistorySummary"))->isEnabled());
        QVERIFY(window.action(QStringLiteral("actionExportVisitsCsv"))->isEnabled());

        // Back to the plan with the other shortcut.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(history->page(), HistoryController::Page::Plan);
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("workspaceStack"))->currentWidget(),
            static_cast<QWidget *>(window.planEditor()));
    }

    void visitOverdueFollowsTheSettings()
    {
        QVERIFY(m_store->setPlanStatus(m_plan, PlanStatus::Active).ok());
        lento::store::VisitRecord visit;
        visit.patientId = m_patient;
        visit.planId = m_plan;
        visit.date = m_today.addDays(-10);
        QVERIFY(m_store->addVisit(visit).ok());

        MainWindow window(m_store.get(), &Catalogue::shared(), nullptr);
        PatientList *list = window.patientList();
        list->setPhaseFilter(PatientFilter::VisitOverdue);
        QCOMPARE(listedIdentifiers(list), QStringList()); // due every 28 days: not yet

        AppSettings settings = window.settings();
        settings.visits.taperVisitIntervalDays = 7;
        window.applySettings(settings);
        QCOMPARE(listedIdentifiers(list), QStringList {QStringLiteral("H-1")});

        // Kept between sessions and shown in the settings dialog.
        QSettings qs;
        QCOMPARE(AppSettings::load(qs).visits.taperVisitIntervalDays, 7);
        SettingsDialog dialog(window.settings(), &Catalogue::shared());
        QCOMPARE(dialog.visitSettings()->taperIntervalField()->value(), 7);
        dialog.visitSettings()->taperIntervalField()->setValue(30);
        QCOMPARE(dialog.settings().visits.taperVisitIntervalDays, 30);
    }

    void stepBackOffersThePreviousStep()
    {
        MainWindow window(m_store.get(), &Catalogue::shared(), nullptr);
        window.show();
        QVERIFY(window.openPatient(m_patient));
        WhenShown<VisitDialog> visitForm(QStringLiteral("visitDialog"), [](VisitDialog *dialog) {
            auto *decision = dialog->findChild<QComboBox *>(QStringLiteral("decision"));
            decision->setCurrentIndex(decision->findData(int(lento::store::VisitDecision::StepBack)));
            dialog->accept();
        });
        bool previousIsDefault = false;
        WhenShown<QMessageBox> replan(QStringLiteral("replanBox"), [&previousIsDefault](QMessageBox *box) {
            auto *previous = box->findChild<QPushButton *>(QStringLiteral("replanPrevious"));
            previousIsDefault = box->defaultButton() == previous;
            previous->click();
        });
        QVERIFY(window.history()->recordVisit());
        QVERIFY(replan.seen());
        QVERIFY(previousIsDefault);
        // Day 20 is in the second step (14..27): from today the first step's 20 mg/day again.
        const Plan plan = window.planEditor()->plan();
        const int step = VisitReplan::stepOn(plan, m_today);
        QVERIFY(step > 0);
        double daily = 0;
        for (const Dose &d : plan.steps[step].doses)
            daily += d.mg.value();
        QCOMPARE(daily, 20.0);
        QVERIFY(window.hasUnsavedChanges());
    }

    void medicationToReviewIsCheckedInThePatientForm()
    {
        // A regimen typed before doses were structured, that could not be read completely.
        lento::store::MedicationRecord typed;
        typed.patientId = m_patient;
        typed.drug = QStringLiteral("diazepam");
        typed.regimen = QStringLiteral("5 mg twice daily");
        typed.needsReview = true;
        QVERIFY(m_store->addMedication(typed).ok());

        MainWindow window(m_store.get(), &Catalogue::shared(), nullptr);
        window.show();
        QVERIFY(window.openPatient(m_patient));
        QVERIFY(window.patientHeader()->regimenText().contains(QStringLiteral("to review")));
        QVERIFY(window.patientHeader()->regimenText().contains(QStringLiteral("5 mg twice daily")));

        // Edit patient ▸ the medication's doses button ▸ the regimen editor; OK marks it reviewed.
        QString buttonText;
        bool reviewNoteShown = false;
        WhenShown<MedicationDosesDialog> doses(
            QStringLiteral("medicationDosesDialog"), [&reviewNoteShown](MedicationDosesDialog *dialog) {
                reviewNoteShown = dialog->findChild<QLabel *>(QStringLiteral("reviewNote")) != nullptr;
                dialog->editor()->setDoses({dose(5, 8), dose(5, 20)});
                dialog->accept();
            });
        WhenShown<PatientFormDialog> form(
            QStringLiteral("patientFormDialog"), [&buttonText](PatientFormDialog *dialog) {
                QPushButton *button = nullptr;
                for (QPushButton *b : dialog->findChildren<QPushButton *>())
                    if (b->accessibleName() == QStringLiteral("Medication 1: doses"))
                        button = b;
                QVERIFY(button);
                buttonText = button->text();
                button->click();
                dialog->accept();
            });
        window.action(QStringLiteral("actionEditPatient"))->trigger();
        QVERIFY(form.seen());
        QVERIFY(doses.seen());
        QVERIFY(buttonText.startsWith(QStringLiteral("To review")));
        QVERIFY(reviewNoteShown);
        const auto meds = m_store->medications(m_patient);
        QVERIFY(meds.ok());
        QCOMPARE(meds->size(), 1);
        QVERIFY(!meds->first().needsReview);
        QCOMPARE(meds->first().doses.size(), 2);
        QCOMPARE(meds->first().doses[1].minuteOfDay, 20 * 60);
        QCOMPARE(meds->first().doses[1].mg.value(), 5.0);
        QVERIFY(window.patientHeader()->regimenText().contains(QStringLiteral("5 mg 08:00, 5 mg 20:00")));
        QVERIFY(!window.patientHeader()->regimenText().contains(QStringLiteral("to review")));
    }

    void commandLineOpensThePatientOnTheView()
    {
        const QString db = m_dir->filePath(QStringLiteral("lento.sqlite"));
        m_store->close();
        const auto run = [](const QStringList &args, QString *err) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(LENTO_APP_PATH), args);
            if (!p.waitForFinished(60000))
                return -1;
            *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitCode();
        };
        QString err;
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("--patient"), QStringLiteral("NOPE"),
                         QStringLiteral("--screenshot"), m_dir->filePath(QStringLiteral("x.png"))},
                     &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("--patient: no patient with identifier \"NOPE\"")), qPrintable(err));
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("--patient"), QStringLiteral("H-1"),
                         QStringLiteral("--view"), QStringLiteral("timeline")},
                     &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("--view")), qPrintable(err));
        const QString png = m_dir->filePath(QStringLiteral("history.png"));
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("--patient"), QStringLiteral("H-1"),
                         QStringLiteral("--view"), QStringLiteral("history"), QStringLiteral("--screenshot"), png},
                     &err),
            0);
        QImage shot(png);
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() >= 1000);
    }

    void keepThePlanChangesNothing()
    {
        MainWindow window(m_store.get(), &Catalogue::shared(), nullptr);
        window.show();
        QVERIFY(window.openPatient(m_patient));
        WhenShown<VisitDialog> visitForm(QStringLiteral("visitDialog"), [](VisitDialog *dialog) {
            auto *decision = dialog->findChild<QComboBox *>(QStringLiteral("decision"));
            decision->setCurrentIndex(decision->findData(int(lento::store::VisitDecision::Slow)));
            dialog->accept();
        });
        WhenShown<QMessageBox> replan(QStringLiteral("replanBox"),
            [](QMessageBox *box) { box->findChild<QAbstractButton *>(QStringLiteral("replanKeep"))->click(); });
        QVERIFY(window.history()->recordVisit());
        QVERIFY(replan.seen());
        QVERIFY(!window.hasUnsavedChanges());
        QCOMPARE(window.history()->page(), HistoryController::Page::History);
        QCOMPARE(m_store->visits(m_patient)->size(), 1);
    }
};

QTEST_MAIN(TestPatientHistory)
#include "tst_patienthistory.moc"
