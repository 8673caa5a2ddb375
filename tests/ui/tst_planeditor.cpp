// The plan editor, offscreen: its models pass QAbstractItemModelTester while being edited,
// editing a dose in the table changes the charts' data, the charts carry full series of the
// expected length, checks select their step, bad values are refused with the field named,
// undo restores the exact plan, "Show calculations" and the opioid dialog show modelled figures.
#include "calculationsdialog.h"
#include "catalogue.h"
#include "chartcurve.h"
#include "chartspanel.h"
#include "checksmodel.h"
#include "checkspanel.h"
#include "displaytext.h"
#include "languagemanager.h"
#include "opioiddialog.h"
#include "planeditor.h"
#include "plannerform.h"
#include "recomputer.h"
#include "stepdosesmodel.h"
#include "stepstablemodel.h"
#include "taperchart.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace lento;
using namespace lento::ui;

namespace {
// Warnings the item views print when an editor is pulled from under them during a commit.
QStringList g_viewWarnings;
void recordViewWarnings(QtMsgType type, const QMessageLogContext &, const QString &m)
{
    if (type == QtWarningMsg && m.contains(QStringLiteral("does not belong to this view")))
        g_viewWarnings << m;
}

// Alprazolam 1 mg three times a day, switched to diazepam and tapered 10 % every 14 days: about
// 40 steps over 20 months with two drugs.
Plan crossoverPlan()
{
    PlannerRequest r;
    r.current = parseRegimenSpec(QStringLiteral("alprazolam:1@08:00,1@14:00,1@22:00"), Catalogue::shared()).value();
    r.switchTo = QStringLiteral("diazepam");
    r.percent = 10;
    r.everyDays = 14;
    r.region = QStringLiteral("uk");
    r.startDate = QDate(2026, 1, 5);
    auto plan = makePlan(r, Catalogue::shared());
    Q_ASSERT(plan.ok());
    return plan.value();
}

const ChartCurve *curve(ChartsPanel *charts, int index, const QString &key)
{
    for (const ChartCurve &c : charts->chart(index)->curves())
        if (c.key == key)
            return &c;
    return nullptr;
}

} // namespace

class TestPlanEditor : public QObject
{
    Q_OBJECT

    PlanEditor *m_editor = nullptr;

private Q_SLOTS:
    void init()
    {
        m_editor = new PlanEditor;
        m_editor->resize(1400, 900);
        m_editor->setCatalogue(&Catalogue::shared());
        m_editor->setPlan(crossoverPlan());
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor));
        QApplication::setActiveWindow(m_editor); // cell editors take focus as with a user
        QVERIFY(QTest::qWaitForWindowActive(m_editor));
        m_editor->recomputer()->recomputeNow();
    }

    void cleanup()
    {
        delete m_editor;
        m_editor = nullptr;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void modelsPassTheTesterWhileEdited()
    {
        QAbstractItemModelTester steps(m_editor->stepsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester doses(m_editor->dosesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester checks(
            m_editor->checksModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        PlanDocumentModel *doc = m_editor->document();
        m_editor->selectStep(4);
        QVERIFY(doc->setDoseAmount(4, QStringLiteral("diazepam"), 8 * 60, 12.0).ok);
        QVERIFY(doc->insertStep(4).ok);
        QVERIFY(doc->deleteStep(2).ok);
        Dose d;
        d.drug = QStringLiteral("diazepam");
        d.minuteOfDay = 18 * 60; // a new dose time: a new table column
        d.mg = Milligrams(2.0);
        QVERIFY(doc->addDose(4, d).ok);
        QVERIFY(doc->removeDose(4, 2).ok);
        QVERIFY(doc->splitStep(6).ok);
        QVERIFY(doc->setDoseAmount(6, QStringLiteral("diazepam"), 8 * 60, 60.0).ok); // an increase: new findings
        m_editor->recomputer()->recomputeNow();
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        m_editor->recomputer()->recomputeNow();
        QCOMPARE(m_editor->stepsModel()->rowCount(), crossoverPlan().steps.size());
    }

    void editsAreCoalescedLatestWins()
    {
        Recomputer *r = m_editor->recomputer();
        QSignalSpy spy(r, &Recomputer::recomputed);
        PlanDocumentModel *doc = m_editor->document();
        for (double mg : {19.0, 18.0, 17.0, 16.0})
            QVERIFY(doc->setDoseAmount(4, QStringLiteral("diazepam"), 22 * 60, mg).ok);
        QCOMPARE(spy.count(), 0); // nothing recomputed while editing
        QVERIFY(r->pending());
        QTRY_COMPARE(spy.count(), 1); // one recompute for four edits
        QCOMPARE(r->revision(), doc->revision()); // of the latest plan
        QVERIFY(r->valid());
    }

    void tableShowsTheStepFigures()
    {
        StepsTableModel *m = m_editor->stepsModel();
        const Plan plan = m_editor->plan();
        QCOMPARE(m->rowCount(), plan.steps.size());
        // Columns: alprazolam and diazepam at 08:00, 14:00 and 22:00.
        QVERIFY(m->doseColumn(QStringLiteral("alprazolam"), 8 * 60) >= 0);
        QVERIFY(m->doseColumn(QStringLiteral("diazepam"), 22 * 60) >= 0);
        const int row = 4; // the first reduction (step 3 gathers diazepam into two daily doses)
        QCOMPARE(m->index(row, StepsTableModel::DayColumn).data().toInt(), plan.steps[row].day);
        QCOMPARE(m->index(row, StepsTableModel::DateColumn).data().toString(),
            QLocale().toString(plan.startDate.addDays(plan.steps[row].day), QLocale::ShortFormat));
        QCOMPARE(m->index(row, StepsTableModel::DurationColumn).data(Qt::EditRole).toInt(),
            plan.steps[row + 1].day - plan.steps[row].day);
        QCOMPARE(m->index(row, m->deqColumn()).data().toString(), DisplayText::mg(54.0, 2));
        QCOMPARE(m->index(row, m->cutColumn()).data().toString(), DisplayText::percent(10.0, 1));
        QVERIFY(m->index(row, m->occupancyColumn()).data().toString().contains(QStringLiteral("70.8")));
        QVERIFY(m->headerData(m->occupancyColumn(), Qt::Horizontal).toString().contains(QStringLiteral("modelled")));
        const QString comp = m->index(row, m->compositionColumn()).data().toString();
        QVERIFY2(comp.contains(QStringLiteral("2 × 10 mg + 2 × 2 mg")), qPrintable(comp)); // 24 mg at 08:00
        // The last step lasts to the end and its length is not editable.
        QVERIFY(!(m->flags(m->index(m->rowCount() - 1, StepsTableModel::DurationColumn)) & Qt::ItemIsEditable));
    }

    void editingADoseChangesTheCharts()
    {
        ChartsPanel *charts = m_editor->charts();
        const ChartCurve *dose = curve(charts, ChartsPanel::DoseChart, QStringLiteral("dose:diazepam"));
        const ChartCurve *level = curve(charts, ChartsPanel::ConcentrationChart, QStringLiteral("level"));
        QVERIFY(dose && level);
        const std::vector<double> doseBefore = *dose->y;
        const std::vector<double> levelBefore = *level->y;

        // Through the view, as a user would: F2 on the diazepam 08:00 cell of step 6, type, Enter.
        StepsTableModel *m = m_editor->stepsModel();
        QTableView *view = m_editor->stepsView();
        const QModelIndex cell = m->index(5, m->doseColumn(QStringLiteral("diazepam"), 8 * 60));
        const double old = cell.data(Qt::EditRole).toDouble();
        view->setFocus();
        view->setCurrentIndex(cell);
        QTest::keyClick(view, Qt::Key_F2);
        auto *spin = view->findChild<QDoubleSpinBox *>();
        QVERIFY(spin);
        QVERIFY(!spin->accessibleName().isEmpty());
        spin->selectAll();
        QTest::keyClicks(spin, QLocale().toString(old - 5.0, 'f', 1));
        QTest::keyClick(spin, Qt::Key_Return);
        // The delegate commits on Return through a queued call.
        QTRY_COMPARE(m->index(5, cell.column()).data(Qt::EditRole).toDouble(), old - 5.0);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->recomputer()->recomputeNow();

        dose = curve(charts, ChartsPanel::DoseChart, QStringLiteral("dose:diazepam"));
        level = curve(charts, ChartsPanel::ConcentrationChart, QStringLiteral("level"));
        QVERIFY(dose && level);
        QVERIFY(*dose->y != doseBefore);
        QVERIFY(*level->y != levelBefore);
        QCOMPARE(level->y->size(), levelBefore.size());
        // Only the edited step's span changes in the prescribed dose.
        const double stepDay = m_editor->plan().steps[5].day;
        for (std::size_t i = 0; i < dose->size(); ++i)
            if ((*dose->x)[i] < stepDay)
                QCOMPARE(dose->yAt(i), doseBefore[i]);

        m_editor->undoStack()->undo();
        QVERIFY(m_editor->plan() == crossoverPlan());
    }

    void clearingTheLastDoseOfAColumnThroughTheView()
    {
        // A dose time used by one step only has its own column; typing 0 into it removes the
        // dose and the column (a model reset while the cell editor commits).
        PlanDocumentModel *doc = m_editor->document();
        Dose d;
        d.drug = QStringLiteral("diazepam");
        d.minuteOfDay = 18 * 60;
        d.mg = Milligrams(2.0);
        QVERIFY(doc->addDose(5, d).ok);
        StepsTableModel *m = m_editor->stepsModel();
        const int column = m->doseColumn(QStringLiteral("diazepam"), 18 * 60);
        QVERIFY(column >= 0);
        const int columns = m->columnCount();
        QTableView *view = m_editor->stepsView();
        view->setFocus();
        view->setCurrentIndex(m->index(5, column));
        QTest::keyClick(view, Qt::Key_F2);
        auto *spin = view->findChild<QDoubleSpinBox *>();
        QVERIFY(spin);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("0"));
        g_viewWarnings.clear();
        const QtMessageHandler previous = qInstallMessageHandler(recordViewWarnings);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(m->columnCount(), columns - 1);
        qInstallMessageHandler(previous);
        QVERIFY2(g_viewWarnings.isEmpty(), qPrintable(g_viewWarnings.join(QLatin1Char('\n'))));
        QCOMPARE(m->doseColumn(QStringLiteral("diazepam"), 18 * 60), -1);
        QCOMPARE(m_editor->plan().steps[5].doses, crossoverPlan().steps[5].doses);
        QCOMPARE(m_editor->selectedStep(), 5);
        QCOMPARE(m_editor->undoStack()->count(), 2);
    }

    void chartsHaveSeriesOfTheExpectedLength()
    {
        ChartsPanel *charts = m_editor->charts();
        QTest::qWait(50); // let the layout settle the plot widths
        m_editor->recomputer()->recomputeNow();
        const SimulationResult &result = m_editor->recomputer()->result();
        QVERIFY(result.tH.size() > 1000);
        for (int index = 0; index < 3; ++index) {
            TaperChart *chart = charts->chart(index);
            const QStringList names = charts->seriesNames(index);
            QVERIFY2(!names.isEmpty(), qPrintable(QString::number(index)));
            // Decimation keeps at most a minimum and a maximum per pixel column, plus one point
            // beyond each edge of the visible range.
            const int buckets = std::max(50, chart->plotWidth());
            for (const ChartCurve &c : chart->curves()) {
                QVERIFY(c.size() > 0);
                if (index > 0) {
                    // Model curves carry every simulated sample before decimation.
                    QCOMPARE(c.size(), result.tH.size());
                }
                const int points = charts->pointCount(index, c.name);
                QVERIFY2(points > 0, qPrintable(c.name));
                QVERIFY2(points <= 2 * buckets + 2, qPrintable(QStringLiteral("%1: %2").arg(c.name).arg(points)));
                QVERIFY2(points <= int(c.size()), qPrintable(c.name));
            }
        }
        // One dose curve per drug plus the diazepam-equivalent total, the level, the pressure.
        QVERIFY(curve(charts, ChartsPanel::DoseChart, QStringLiteral("dose:alprazolam")));
        QVERIFY(curve(charts, ChartsPanel::DoseChart, QStringLiteral("dose:diazepam")));
        QVERIFY(curve(charts, ChartsPanel::DoseChart, QStringLiteral("dose:total")));
        QVERIFY(curve(charts, ChartsPanel::ConcentrationChart, QStringLiteral("level")));
        QVERIFY(curve(charts, ChartsPanel::PressureChart, QStringLiteral("pressure")));
    }

    void checkSelectsItsStep()
    {
        // Make step 8 cut far too much: a per-step finding appears.
        PlanDocumentModel *doc = m_editor->document();
        const int step = 8;
        // plan() returns a copy: keep it alive while its doses are walked and the document changes.
        const QList<Dose> doses = m_editor->plan().steps[step].doses;
        for (const Dose &d : doses)
            QVERIFY(doc->setDoseAmount(step, d.drug, d.minuteOfDay, 2.0).ok);
        m_editor->recomputer()->recomputeNow();
        m_editor->selectStep(0);
        ChecksModel *checks = m_editor->checksModel();
        int row = -1;
        for (int r = 0; r < checks->rowCount(); ++r)
            if (checks->checkAt(r)->stepIndex == step)
                row = r;
        QVERIFY(row >= 0);
        const QString message = checks->index(row, ChecksModel::MessageColumn).data().toString();
        QVERIFY(!message.isEmpty());
        auto *panel = m_editor->findChild<ChecksPanel *>();
        QVERIFY(panel);
        QTableView *view = panel->view();
        view->scrollTo(checks->index(row, ChecksModel::MessageColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(checks->index(row, 2)).center());
        QCOMPARE(m_editor->selectedStep(), step);
        QCOMPARE(m_editor->stepsView()->currentIndex().row(), step);
    }

    void badValuesAreRefusedNamingTheField()
    {
        StepsTableModel *m = m_editor->stepsModel();
        const Plan before = m_editor->plan();
        QVERIFY(!m->setData(m->index(2, StepsTableModel::DurationColumn), 0));
        QVERIFY2(
            m_editor->message().contains(QStringLiteral("Step 3, duration (days)")), qPrintable(m_editor->message()));
        QVERIFY(!m->setData(m->index(2, m->doseColumn(QStringLiteral("diazepam"), 22 * 60)), QStringLiteral("lots")));
        QVERIFY2(m_editor->message().contains(QStringLiteral("(mg)")), qPrintable(m_editor->message()));
        QVERIFY(!m->setData(m->index(2, m->doseColumn(QStringLiteral("diazepam"), 22 * 60)), 5000.0));
        QVERIFY2(
            m_editor->message().contains(QStringLiteral("Diazepam at 22:00 (mg)")), qPrintable(m_editor->message()));
        // Doses table: a time that is not a time.
        m_editor->selectStep(3);
        StepDosesModel *doses = m_editor->dosesModel();
        QCOMPARE(doses->rowCount(), before.steps[3].doses.size());
        QVERIFY(!doses->setData(doses->index(0, StepDosesModel::TimeColumn), QStringLiteral("25:99")));
        QVERIFY2(m_editor->message().contains(QStringLiteral("Step 4, time")), qPrintable(m_editor->message()));
        QVERIFY(m_editor->plan() == before);
        QCOMPARE(m_editor->undoStack()->count(), 0);
        // A good time through the doses table moves the dose and re-sorts the step.
        QVERIFY(doses->setData(doses->index(0, StepDosesModel::TimeColumn), QStringLiteral("07:30")));
        QCOMPARE(m_editor->plan().steps[3].doses[0].minuteOfDay, 7 * 60 + 30);
    }

    void stepActionsAndUndoRestoreTheExactPlan()
    {
        const Plan original = m_editor->plan();
        m_editor->selectStep(5);
        const QList<QAction *> actions = m_editor->stepActions();
        QCOMPARE(actions.size(), 9);
        actions[0]->trigger(); // insert step
        QCOMPARE(m_editor->plan().steps.size(), original.steps.size() + 1);
        QCOMPARE(m_editor->selectedStep(), 6);
        actions[3]->trigger(); // split
        actions[4]->trigger(); // merge with next
        actions[2]->trigger(); // delete
        QCOMPARE(m_editor->undoStack()->count(), 4);
        while (m_editor->undoStack()->canUndo())
            m_editor->undoStack()->undo();
        QVERIFY(m_editor->plan() == original);
        QVERIFY(m_editor->undoStack()->isClean());
    }

    void generateFromTheForm()
    {
        PlannerForm *form = m_editor->plannerForm();
        form->percentBox()->setValue(5.0);
        form->everyBox()->setValue(28);
        m_editor->generate();
        const QJsonObject planner = m_editor->plan().extra.value(QStringLiteral("planner")).toObject();
        QCOMPARE(planner.value(QStringLiteral("percent")).toDouble(), 5.0);
        QCOMPARE(planner.value(QStringLiteral("every_days")).toInt(), 28);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        // A bad product list is refused and names the field.
        form->productsEdit()->setText(QStringLiteral("tablet:abc"));
        const Plan before = m_editor->plan();
        m_editor->generate();
        QVERIFY(m_editor->plan() == before);
        QVERIFY(!form->request().ok());
        QVERIFY2(form->request().error().path.startsWith(QStringLiteral("Products")),
            qPrintable(form->request().error().text()));
        form->productsEdit()->clear();
        form->holdsEdit()->setText(QStringLiteral("x"));
        QVERIFY(form->request().error().path.startsWith(QStringLiteral("Extra holds, item 1")));
    }

    void pacePresetsSetStrategyAndPace()
    {
        PlannerForm *form = m_editor->plannerForm();
        QComboBox *preset = form->presetBox();
        const int occupancy = preset->findData(QStringLiteral("occupancy-2.5"));
        QVERIFY(occupancy > 0);
        preset->setCurrentIndex(occupancy);
        Q_EMIT preset->activated(occupancy);
        QCOMPARE(Strategy(form->strategyBox()->currentData().toInt()), Strategy::Occupancy);
        QCOMPARE(form->maxDropBox()->value(), 2.5);
        QCOMPARE(form->everyBox()->value(), 14);
        QCOMPARE(form->request()->maxDropPoints, 2.5);
        // Editing the pace by hand leaves the preset: the box shows "Custom".
        form->everyBox()->setValue(21);
        QCOMPARE(preset->currentData().toString(), QString());
        // Values that match a preset select it.
        form->strategyBox()->setCurrentIndex(form->strategyBox()->findData(int(Strategy::Percent)));
        form->percentBox()->setValue(5.0);
        form->everyBox()->setValue(28);
        QCOMPARE(preset->currentData().toString(), QStringLiteral("percent-5-28"));
        QVERIFY(!preset->itemText(preset->currentIndex()).isEmpty());
    }

    void checkSourcesSpeakTheUiLanguage()
    {
        Check kindling;
        kindling.code = QString::fromLatin1(CheckCode::Kindling);
        kindling.ruleSource = QStringLiteral("Lento model: kindling adjustment; ASAM 2025 (PMID 40526204)");
        Check cited;
        cited.code = QString::fromLatin1(CheckCode::AbruptStop);
        cited.ruleSource = QStringLiteral("ASAM 2025 (PMID 40526204)");
        QCOMPARE(DisplayText::checkSource(kindling), kindling.ruleSource);
        QCOMPARE(DisplayText::checkSource(cited), cited.ruleSource);
        {
            LanguageManager language;
            QVERIFY(language.setLanguage(QStringLiteral("zh_CN")));
            const QString zh = DisplayText::checkSource(kindling);
            QVERIFY2(zh.contains(QStringLiteral("模型")) && zh.endsWith(QStringLiteral("ASAM 2025 (PMID 40526204)")),
                qPrintable(zh));
            QCOMPARE(DisplayText::checkSource(cited), cited.ruleSource); // a citation stays as written
            QVERIFY(language.setLanguage(QStringLiteral("en")));
        }
        QCOMPARE(DisplayText::checkSource(kindling), kindling.ruleSource);
    }

    void calculationsShowSourcesAndModelledFigures()
    {
        const Plan plan = m_editor->plan();
        const QString html = CalculationsDialog::render(
            plan, 4, Catalogue::shared(), PlannerRequest(), &m_editor->recomputer()->result());
        QVERIFY(html.contains(QStringLiteral("Ashton")));
        QVERIFY(html.contains(QStringLiteral("(modelled)")));
        QVERIFY(html.contains(QStringLiteral("10.0 %"))); // realised cut 60 → 54
        QVERIFY(html.contains(QStringLiteral("70.8 %"))); // occupancy 60/(60+24.7)
        QVERIFY(html.contains(QStringLiteral("68.6 %"))); // occupancy 54/(54+24.7)
        QVERIFY(html.contains(QStringLiteral("2 × 10 mg + 2 × 2 mg")));
        // The crossover step names both drugs' equivalences.
        const QString cross = CalculationsDialog::render(plan, 0, Catalogue::shared(), PlannerRequest(), nullptr);
        QVERIFY(cross.contains(QStringLiteral("Alprazolam: 0.5 mg ≈ 10 mg diazepam")));
    }

    void opioidDialogCombinesByBliss()
    {
        OpioidDialog dialog;
        dialog.setAgents({QStringLiteral("Diazepam")}, 0.4, 0.3);
        QCOMPARE(dialog.agentCount(), 2);
        QVERIFY(qAbs(dialog.remainingDrive() - 0.42) < 1e-12);
        QVERIFY(qAbs(dialog.combinedDepression() - 0.58) < 1e-12);
        QVERIFY(qAbs(dialog.additiveSum() - 0.70) < 1e-12);
        const QString text = dialog.resultText();
        QVERIFY2(text.contains(QStringLiteral("Modelled")) && text.contains(QStringLiteral("42 %"))
                && text.contains(QStringLiteral("58 %")) && text.contains(QStringLiteral("70 %")),
            qPrintable(text));
        dialog.addAgent();
        dialog.setDepression(2, 0.5);
        QVERIFY(qAbs(dialog.remainingDrive() - 0.21) < 1e-12);
    }

    void chineseUiUsesChineseDrugNames()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China));
        QVERIFY(DisplayText::chineseUi());
        QCOMPARE(DisplayText::drugName(QStringLiteral("alprazolam"), &Catalogue::shared()), QStringLiteral("阿普唑仑"));
        m_editor->retranslate();
        const StepsTableModel *m = m_editor->stepsModel();
        const QString header
            = m->headerData(m->doseColumn(QStringLiteral("alprazolam"), 8 * 60), Qt::Horizontal).toString();
        QVERIFY2(header.contains(QStringLiteral("阿普唑仑")), qPrintable(header));
    }

    void screenshot()
    {
        // Set LENTO_SCREENSHOT=/path/file.png to look at the editor as laid out offscreen.
        const QString path = qEnvironmentVariable("LENTO_SCREENSHOT");
        m_editor->selectStep(3);
        const QPixmap shot = m_editor->grab();
        QVERIFY(!shot.isNull());
        if (!path.isEmpty())
            QVERIFY(shot.save(path));
        CalculationsDialog calc;
        calc.showStep(m_editor->plan(), 3, Catalogue::shared(), PlannerRequest(), &m_editor->recomputer()->result());
        calc.show();
        QVERIFY(calc.html().contains(QStringLiteral("modelled")));
        OpioidDialog opioid;
        opioid.setAgents({QStringLiteral("Alprazolam"), QStringLiteral("Diazepam")}, 0.4, 0.3);
        opioid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&opioid));
        if (!path.isEmpty()) {
            QVERIFY(
                calc.grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-calculations.png"))));
            QVERIFY(opioid.grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-opioid.png"))));
        }
    }
};

QTEST_MAIN(TestPlanEditor)
#include "tst_planeditor.moc"
