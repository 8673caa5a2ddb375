// The workspace window against a real store in a temporary folder: first-run page, the demo
// patient and its generated plan, saving a new version, both answers to a save conflict
// (reload / save as new plan), the unsaved-changes prompt, import and export of plan files, a
// read-only store, settings that persist, and switching the language retranslating the window.
#include "demopatient.h"
#include "emptystate.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "patientheader.h"
#include "patientlist.h"
#include "plandocument.h"
#include "plandocumentmodel.h"
#include "planeditor.h"
#include "planfiles.h"
#include "store.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace lento;
using namespace lento::ui;
using lento::store::RecordId;
using lento::store::Store;

#define STORE_OK(expression)                                                                                           \
    do {                                                                                                               \
        const auto &r_ = (expression);                                                                                 \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().text()));                                        \
    } while (false)

namespace {

// Answers the next message box named `boxName` by clicking the button `pick` chooses. Polls,
// because the box is opened inside a nested event loop by the call under test.
class BoxAnswerer : public QObject
{
public:
    BoxAnswerer(const QString &boxName, std::function<QAbstractButton *(QMessageBox *)> pick)
        : m_name(boxName), m_pick(std::move(pick))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible() && box->objectName() == m_name) {
                    m_text = box->text() + QLatin1Char('\n') + box->informativeText();
                    m_timer.stop();
                    m_answered = true;
                    if (QAbstractButton *b = m_pick(box))
                        b->click();
                    else
                        box->reject();
                    return;
                }
            }
        });
        m_timer.start();
    }
    bool answered() const { return m_answered; }
    QString text() const { return m_text; }

    static std::function<QAbstractButton *(QMessageBox *)> named(const QString &name)
    {
        return [name](QMessageBox *box) { return box->findChild<QAbstractButton *>(name); };
    }
    static std::function<QAbstractButton *(QMessageBox *)> standard(QMessageBox::StandardButton which)
    {
        return [which](QMessageBox *box) { return box->button(which); };
    }

private:
    QString m_name;
    std::function<QAbstractButton *(QMessageBox *)> m_pick;
    QTimer m_timer;
    bool m_answered = false;
    QString m_text;
};

// Prefixes every string of the window's own classes, standing in for a real catalogue.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (QByteArray(context).startsWith("lento::ui::"))
            return QStringLiteral("ZH:") + QString::fromUtf8(source);
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("lento.sqlite")); }

    void openWindow(bool readOnly = false)
    {
        m_window.reset();
        m_store = std::make_unique<Store>();
        lento::store::OpenOptions options;
        options.readOnly = readOnly;
        const auto opened = m_store->open(dbPath(), options);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
        m_window = std::make_unique<MainWindow>(m_store.get(), &Catalogue::shared(), m_language.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    RecordId demo()
    {
        const RecordId id = m_window->createDemoPatient();
        return id;
    }

    // Makes one undoable edit in the editor (a step note), so the plan has unsaved changes.
    void edit(const QString &note)
    {
        const auto result = m_window->planEditor()->document()->setNote(0, note);
        QVERIFY2(result.ok, qPrintable(result.error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("LentoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("LentoTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QStandardPaths::setTestModeEnabled(true);
        m_language = std::make_unique<LanguageManager>();
        // Deterministic planner defaults: UK products, 10 % every 14 days.
        AppSettings settings = AppSettings::defaults();
        settings.planner.region = QStringLiteral("uk");
        QSettings qs;
        settings.save(qs);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_language->setLanguage(QStringLiteral("en"));
        m_dir.reset();
    }

    void firstRunShowsWhatToDo()
    {
        QVERIFY(m_window->emptyState()->isVisible());
        QVERIFY(m_window->emptyState()->isFirstRun());
        QVERIFY(m_window->emptyState()->demoButton()->isVisible());
        QVERIFY(!m_window->patientHeader()->isVisible());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Lento"));
        QVERIFY(!m_window->action(QStringLiteral("actionSave"))->isEnabled());
        QVERIFY(!m_window->readOnlyBanner()->isVisible());
    }

    void demoPatientHasGeneratedFirstVersion()
    {
        const RecordId id = demo();
        QVERIFY(id > 0);
        const auto patient = m_store->patient(id);
        STORE_OK(patient);
        QCOMPARE(patient->identifier, QStringLiteral("DEMO-1"));
        QCOMPARE(patient->risks.priorAbruptWithdrawals, 1);
        const auto meds = m_store->medications(id);
        STORE_OK(meds);
        QCOMPARE(meds->size(), 1);
        QCOMPARE(meds->first().drug, QStringLiteral("alprazolam"));
        QCOMPARE(meds->first().doses.size(), 3);
        QCOMPARE(meds->first().doses[1].minuteOfDay, 14 * 60);
        QCOMPARE(meds->first().doses[1].mg.value(), 1.0);
        QVERIFY(!meds->first().needsReview);
        const auto plans = m_store->plans(id);
        STORE_OK(plans);
        QCOMPARE(plans->size(), 1);
        QCOMPARE(plans->first().versionCount, 1);

        // The window opened it with that version in the editor.
        QCOMPARE(m_window->currentPatientId(), id);
        QCOMPARE(m_window->currentPlanId(), plans->first().id);
        QCOMPARE(m_window->baseVersionId(), plans->first().headVersionId);
        QVERIFY(!m_window->hasUnsavedChanges());
        const Plan shown = m_window->planEditor()->plan();
        QVERIFY(shown.steps.size() > 3);
        QCOMPARE(shown.current.size(), 3);
        QCOMPARE(shown.current.first().mg.value(), 1.0);
        QVERIFY(shown.steps.last().doses.isEmpty()); // the taper ends stopped
        QVERIFY(m_window->patientHeader()->isVisible());
        QVERIFY(m_window->patientHeader()->risksText().contains(QStringLiteral("1 earlier abrupt withdrawal")));
        QVERIFY(m_window->patientHeader()->regimenText().contains(QStringLiteral("Alprazolam 1 mg 08:00")));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("DEMO-1")));

        // A second demo patient gets the next identifier.
        const RecordId second = demo();
        QCOMPARE(m_store->patient(second)->identifier, QStringLiteral("DEMO-2"));
    }

    void savingCreatesVersion()
    {
        const RecordId id = demo();
        QVERIFY(id);
        const RecordId planId = m_window->currentPlanId();
        const RecordId first = m_window->baseVersionId();
        edit(QStringLiteral("Check in by phone"));
        QVERIFY(m_window->hasUnsavedChanges());
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));

        QVERIFY(m_window->savePlan(QStringLiteral("Phone check added")));
        QVERIFY(!m_window->hasUnsavedChanges());
        QVERIFY(!m_window->isWindowModified());
        const auto versions = m_store->versions(planId, true);
        STORE_OK(versions);
        QCOMPARE(versions->size(), 2);
        const auto &latest = versions->last();
        QCOMPARE(latest.comment, QStringLiteral("Phone check added"));
        QCOMPARE(latest.parentVersionId, first);
        QCOMPARE(m_window->baseVersionId(), latest.id);
        const auto saved = PlanDocument::parse(latest.document);
        QVERIFY(saved.ok());
        QCOMPARE(saved->steps.first().note, QStringLiteral("Check in by phone"));

        // Saving again without changes still writes a version on request, from the new base.
        QVERIFY(m_window->savePlan(QString()));
        QCOMPARE(m_store->versions(planId)->size(), 3);
    }

    void conflictReloadTakesNewest()
    {
        demo();
        const RecordId planId = m_window->currentPlanId();
        const RecordId v1 = m_window->baseVersionId();
        // Another program (a second connection) saves a newer version.
        Store other;
        STORE_OK(other.open(dbPath()));
        Plan elsewhere = *PlanDocument::parse(other.version(v1)->document);
        elsewhere.steps.first().note = QStringLiteral("Saved elsewhere");
        const auto v2 = other.saveVersion(planId, elsewhere, QStringLiteral("elsewhere"), v1);
        STORE_OK(v2);

        edit(QStringLiteral("Mine"));
        BoxAnswerer answer(QStringLiteral("conflictBox"), BoxAnswerer::named(QStringLiteral("conflictReload")));
        QVERIFY(!m_window->savePlan(QStringLiteral("mine")));
        QVERIFY(answer.answered());
        QVERIFY(answer.text().contains(QStringLiteral("Version 2")));
        QCOMPARE(m_window->baseVersionId(), v2->id);
        QVERIFY(!m_window->hasUnsavedChanges());
        QCOMPARE(m_window->planEditor()->plan().steps.first().note, QStringLiteral("Saved elsewhere"));
        QCOMPARE(m_store->versions(planId)->size(), 2);
        // Now saving works against the newest version.
        edit(QStringLiteral("Mine again"));
        QVERIFY(m_window->savePlan(QStringLiteral("after reload")));
        QCOMPARE(m_store->versions(planId)->size(), 3);
    }

    void conflictSaveAsNewPlanBranches()
    {
        const RecordId patient = demo();
        const RecordId planId = m_window->currentPlanId();
        const RecordId v1 = m_window->baseVersionId();
        Store other;
        STORE_OK(other.open(dbPath()));
        STORE_OK(other.saveVersion(planId, other.version(v1)->document, QStringLiteral("elsewhere"), v1));

        edit(QStringLiteral("Mine"));
        BoxAnswerer answer(QStringLiteral("conflictBox"), BoxAnswerer::named(QStringLiteral("conflictSaveAsNew")));
        QVERIFY(m_window->savePlan(QStringLiteral("mine")));
        QVERIFY(answer.answered());
        const auto plans = m_store->plans(patient);
        STORE_OK(plans);
        QCOMPARE(plans->size(), 2);
        QVERIFY(m_window->currentPlanId() != planId);
        const auto branched = m_store->plan(m_window->currentPlanId());
        STORE_OK(branched);
        QCOMPARE(branched->branchedFromVersionId, v1);
        QCOMPARE(branched->versionCount, 1);
        QCOMPARE(m_store->versions(planId)->size(), 2); // the other plan is untouched
        QVERIFY(!m_window->hasUnsavedChanges());
        QCOMPARE(m_window->patientHeader()->planChooser()->count(), 2);
    }

    void conflictCancelKeepsChanges()
    {
        demo();
        const RecordId planId = m_window->currentPlanId();
        const RecordId v1 = m_window->baseVersionId();
        Store other;
        STORE_OK(other.open(dbPath()));
        STORE_OK(other.saveVersion(planId, other.version(v1)->document, QStringLiteral("elsewhere"), v1));
        edit(QStringLiteral("Mine"));
        BoxAnswerer answer(QStringLiteral("conflictBox"), BoxAnswerer::standard(QMessageBox::Cancel));
        QVERIFY(!m_window->savePlan(QStringLiteral("mine")));
        QVERIFY(answer.answered());
        QVERIFY(m_window->hasUnsavedChanges());
        QCOMPARE(m_window->baseVersionId(), v1);
    }

    void switchingPatientAsksAboutUnsavedChanges()
    {
        const RecordId first = demo();
        const RecordId second = demo();
        QCOMPARE(m_window->currentPatientId(), second);
        edit(QStringLiteral("Unsaved"));
        {
            BoxAnswerer cancel(QStringLiteral("unsavedChangesBox"), BoxAnswerer::standard(QMessageBox::Cancel));
            QVERIFY(!m_window->openPatient(first));
            QVERIFY(cancel.answered());
            QCOMPARE(m_window->currentPatientId(), second);
            QVERIFY(m_window->hasUnsavedChanges());
        }
        {
            BoxAnswerer discard(QStringLiteral("unsavedChangesBox"), BoxAnswerer::standard(QMessageBox::Discard));
            QVERIFY(m_window->openPatient(first));
            QVERIFY(discard.answered());
            QCOMPARE(m_window->currentPatientId(), first);
            QVERIFY(!m_window->hasUnsavedChanges());
        }
        // Closing with unsaved changes asks too; Cancel keeps the window open.
        edit(QStringLiteral("Unsaved again"));
        BoxAnswerer cancel(QStringLiteral("unsavedChangesBox"), BoxAnswerer::standard(QMessageBox::Cancel));
        QVERIFY(!m_window->close());
        QVERIFY(cancel.answered());
        QVERIFY(m_window->isVisible());
        m_window->planEditor()->undoStack()->setClean();
    }

    void exportThenImportMakesNewPlan()
    {
        const RecordId patient = demo();
        const QString file = m_dir->filePath(QStringLiteral("out.lento-plan.json"));
        QVERIFY(m_window->exportPlanFile(file));
        const auto read = PlanFiles::readPlan(file);
        QVERIFY(read.ok());
        QCOMPARE(read.value(), m_window->planEditor()->plan());

        QVERIFY(m_window->importPlanFile(file));
        QCOMPARE(m_window->currentPlanId(), RecordId(0));
        QVERIFY(m_window->hasUnsavedChanges());
        QVERIFY(m_window->savePlan(QStringLiteral("imported")));
        QCOMPARE(m_store->plans(patient)->size(), 2);

        // A broken file changes nothing and the message names the file and the JSON path.
        const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"lento-plan/1","current":[],"steps":[{"day":"x","doses":[]}]})");
        f.close();
        const RecordId planBefore = m_window->currentPlanId();
        BoxAnswerer ok(QStringLiteral("errorBox"), BoxAnswerer::standard(QMessageBox::Ok));
        QVERIFY(!m_window->importPlanFile(bad));
        QVERIFY(ok.answered());
        QVERIFY(ok.text().contains(QStringLiteral("bad.json")));
        QVERIFY(ok.text().contains(QStringLiteral("steps[0].day")));
        QCOMPARE(m_window->currentPlanId(), planBefore);
    }

    void handoutIsFilledFromPatientAndSettings()
    {
        AppSettings s = m_window->settings();
        s.clinicName = QStringLiteral("Riverside Practice");
        s.clinician = QStringLiteral("Dr Chen");
        m_window->applySettings(s);
        demo();
        report::HandoutInput in = m_window->handoutInput();
        QCOMPARE(in.patientName, QStringLiteral("Alex Morgan (demo)"));
        QCOMPARE(in.patientIdentifier, QStringLiteral("DEMO-1"));
        QCOMPARE(in.clinicName, QStringLiteral("Riverside Practice"));
        QCOMPARE(in.prescriber, QStringLiteral("Dr Chen"));
        QCOMPARE(in.language, QStringLiteral("en"));
        QCOMPARE(in.plan, m_window->planEditor()->plan());
        QVERIFY(m_window->action(QStringLiteral("actionPrint"))->isEnabled());
        QVERIFY(m_window->action(QStringLiteral("actionExportPdf"))->isEnabled());
        // The patient's own handout language wins over the interface language.
        lento::store::PatientRecord p = *m_store->patient(m_window->currentPatientId());
        p.handoutLanguage = QStringLiteral("zh_CN");
        STORE_OK(m_store->updatePatient(p));
        const RecordId id = p.id;
        QVERIFY(m_window->openPatient(0));
        QVERIFY(m_window->openPatient(id));
        QCOMPARE(m_window->handoutInput().language, QStringLiteral("zh_CN"));
        AppSettings defaults = AppSettings::defaults();
        defaults.planner.region = QStringLiteral("uk");
        m_window->applySettings(defaults);
    }

    void readOnlyStoreDisablesSaving()
    {
        demo();
        const RecordId patient = m_window->currentPatientId();
        openWindow(true);
        QVERIFY(m_window->readOnlyBanner()->isVisible());
        QVERIFY(!m_window->readOnlyBanner()->text().isEmpty());
        QVERIFY(m_window->openPatient(patient));
        QVERIFY(!m_window->action(QStringLiteral("actionSave"))->isEnabled());
        QVERIFY(!m_window->action(QStringLiteral("actionNewPatient"))->isEnabled());
        QVERIFY(!m_window->action(QStringLiteral("actionCreateDemoPatient"))->isEnabled());
        QVERIFY(!m_window->savePlan(QStringLiteral("nope")));
        QCOMPARE(m_store->versions(m_window->currentPlanId())->size(), 1);
    }

    void settingsPersist()
    {
        AppSettings s = m_window->settings();
        s.planner.percent = 7.5;
        s.planner.everyDays = 21;
        s.planner.model.tauRDays = 20.0;
        s.clinician = QStringLiteral("Dr Chen");
        m_window->applySettings(s);
        QSettings qs;
        const AppSettings back = AppSettings::load(qs);
        QCOMPARE(back, s);
        QCOMPARE(m_store->clinician(), QStringLiteral("Dr Chen"));
        demo();
        QCOMPARE(m_store->versions(m_window->currentPlanId())->first().author, QStringLiteral("Dr Chen"));
        // Restore the defaults for the other tests.
        AppSettings defaults = AppSettings::defaults();
        defaults.planner.region = QStringLiteral("uk");
        m_window->applySettings(defaults);
    }

    void windowLayoutIsRemembered()
    {
        m_window->resize(m_window->minimumSizeHint().expandedTo(QSize(1300, 820)) + QSize(17, 9));
        QVERIFY(m_window->close());
        QSettings qs;
        QVERIFY(!qs.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
        QVERIFY(!qs.value(QStringLiteral("splitterLayout2/workspaceSplitter")).toByteArray().isEmpty());
        openWindow();
        QCOMPARE(m_window->size(), m_window->minimumSizeHint().expandedTo(QSize(1300, 820)) + QSize(17, 9));
    }

    void everyActionIsReachableFromTheKeyboard()
    {
        const QList<QAction *> menus = m_window->menuBar()->actions();
        QCOMPARE(menus.size(), 5); // File, Edit, View, Patient, Help
        for (QAction *menuAction : menus) {
            QVERIFY2(menuAction->text().contains(QLatin1Char('&')), qPrintable(menuAction->text()));
            QStringList mnemonics;
            for (QAction *a : menuAction->menu()->actions()) {
                if (a->isSeparator())
                    continue;
                const QString text = a->text();
                const int amp = text.indexOf(QLatin1Char('&'));
                QVERIFY2(amp >= 0, qPrintable(text));
                const QString key = text.mid(amp + 1, 1).toLower();
                QVERIFY2(!mnemonics.contains(key), qPrintable(QStringLiteral("duplicate mnemonic in ") + text));
                mnemonics << key;
            }
        }
        for (const char *name : {"actionSave", "actionNewPatient", "actionUndo", "actionRedo", "actionFindPatient",
                 "actionQuit", "actionSettings", "actionEditPatient"})
            QVERIFY2(!m_window->action(QLatin1String(name))->shortcut().isEmpty(), name);
        QCOMPARE(m_window->action(QStringLiteral("actionSave"))->shortcut(), QKeySequence(QKeySequence::Save));
        // Ctrl+F puts the cursor in the patient search.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_window->patientList()->searchField()->hasFocus());
    }

    void switchingLanguageRetranslates()
    {
        demo();
        QMenu *file = m_window->menuBar()->actions().first()->menu();
        QCOMPARE(file->title(), QStringLiteral("&File"));
        const QString title = m_window->windowTitle();
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QTRY_COMPARE(file->title(), QStringLiteral("ZH:&File"));
        QCOMPARE(m_window->action(QStringLiteral("actionSave"))->text(), QStringLiteral("ZH:&Save"));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("ZH:")));
        QVERIFY(m_window->patientList()->searchField()->placeholderText().startsWith(QStringLiteral("ZH:")));
        QVERIFY(m_window->patientHeader()->editButton()->text().startsWith(QStringLiteral("ZH:")));
        QCoreApplication::removeTranslator(&marking);
        QTRY_COMPARE(file->title(), QStringLiteral("&File"));
        QCOMPARE(m_window->windowTitle(), title);

        // The real switch: Chinese locale and font, and back.
        QVERIFY(m_language->setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(m_language->language(), QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        QVERIFY(QApplication::font().families().contains(QStringLiteral("Noto Sans CJK SC")));
        QTRY_VERIFY(m_window->patientHeader()->regimenText().contains(QStringLiteral("阿普唑仑")));
        QVERIFY(m_language->setLanguage(QStringLiteral("en")));
        QCOMPARE(QLocale().language(), QLocale::English);
        QTRY_VERIFY(m_window->patientHeader()->regimenText().contains(QStringLiteral("Alprazolam")));
        QVERIFY(!m_language->setLanguage(QStringLiteral("fr")));
        QCOMPARE(m_language->language(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
