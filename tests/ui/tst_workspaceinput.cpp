// What the prescriber types into the workspace is kept and acted on: settings survive a restart
// (read back by a new process), the typed plan title is saved and exported, a generated title
// follows the strategy, a branched plan is named as a branch, planner settings changed in the
// form show at once (start date moves the dates; other settings raise the bar with its Generate
// button), unreadable or implausible amounts are refused with a message, Undo puts the form
// back with the plan, and a date of birth can be typed.
#include "amountspinbox.h"
#include "catalogue.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "patientformdialog.h"
#include "plandocument.h"
#include "plandocumentmodel.h"
#include "planeditor.h"
#include "planfiles.h"
#include "plannerform.h"
#include "plannerformsync.h"
#include "regimeneditor.h"
#include "store.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <QUndoStack>

#include <cstdio>
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

const char kReadSettings[] = "LENTO_TEST_READ_SETTINGS";

void useSettingsIn(const QString &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("LentoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("LentoTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
}

// The restarted program: reads the settings as the window does at start-up and prints them.
int readSettingsProgram(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    useSettingsIn(qEnvironmentVariable(kReadSettings));
    QSettings qs;
    const AppSettings a = AppSettings::load(qs);
    const QStringList lines {QStringLiteral("clinician=") + a.clinician, QStringLiteral("clinicName=") + a.clinicName,
        QStringLiteral("clinicPhone=") + a.clinicPhone, QStringLiteral("language=") + a.language,
        QStringLiteral("percent=") + QString::number(a.planner.percent),
        QStringLiteral("everyDays=") + QString::number(a.planner.everyDays),
        QStringLiteral("tauRDays=") + QString::number(a.planner.model.tauRDays),
        QStringLiteral("region=") + a.planner.region};
    std::fputs(lines.join(QLatin1Char('\n')).toUtf8().constData(), stdout);
    return 0;
}

// Clicks the button `buttonName` of the next visible message box named `boxName`.
class BoxAnswerer : public QObject
{
public:
    BoxAnswerer(const QString &boxName, const QString &buttonName) : m_box(boxName), m_button(buttonName)
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible() && box->objectName() == m_box) {
                    m_timer.stop();
                    if (auto *b = box->findChild<QAbstractButton *>(m_button))
                        b->click();
                    return;
                }
            }
        });
        m_timer.start();
    }

private:
    QString m_box;
    QString m_button;
    QTimer m_timer;
};

} // namespace

class TestWorkspaceInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("lento.sqlite")); }
    PlannerForm *form() const { return m_window->planEditor()->plannerForm(); }
    Plan plan() const { return m_window->planEditor()->plan(); }

    RecordId demo()
    {
        const RecordId id = m_window->createDemoPatient();
        return id;
    }

    // Selects the strategy as a user does (the combo box's own signal, not setRequest).
    void chooseStrategy(Strategy strategy)
    {
        QComboBox *box = form()->strategyBox();
        box->setCurrentIndex(box->findData(int(strategy)));
    }

    QLineEdit *amountLine(int row) const
    {
        const auto spins = form()->regimen()->findChildren<AmountSpinBox *>();
        return row < spins.size() ? spins.at(row)->findChild<QLineEdit *>() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        useSettingsIn(m_settingsDir.path());
        QStandardPaths::setTestModeEnabled(true);
        m_language = std::make_unique<LanguageManager>();
        AppSettings settings = AppSettings::defaults();
        settings.planner.region = QStringLiteral("uk");
        QSettings qs;
        settings.save(qs);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<Store>();
        STORE_OK(m_store->open(dbPath()));
        m_window = std::make_unique<MainWindow>(m_store.get(), &Catalogue::shared(), m_language.get());
        m_window->resize(1366, 740);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }

    // ---- Settings ----

    void settingsSurviveARestart()
    {
        AppSettings s = m_window->settings();
        s.clinician = QStringLiteral("Dr Chen");
        s.clinicName = QStringLiteral("Riverside Practice");
        s.clinicPhone = QStringLiteral("+44 20 7946 0000");
        s.language = QStringLiteral("en");
        s.planner.percent = 7.5;
        s.planner.everyDays = 21;
        s.planner.model.tauRDays = 20.0;
        // Saved twice, as by two sessions: the second save must not leave a second section.
        m_window->applySettings(s);
        m_window->applySettings(s);

        QProcess restarted;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kReadSettings), m_settingsDir.path());
        restarted.setProcessEnvironment(env);
        restarted.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(restarted.waitForFinished(60000));
        const QStringList read = QString::fromUtf8(restarted.readAllStandardOutput()).split(QLatin1Char('\n'));
        QCOMPARE(read,
            QStringList({QStringLiteral("clinician=Dr Chen"), QStringLiteral("clinicName=Riverside Practice"),
                QStringLiteral("clinicPhone=+44 20 7946 0000"), QStringLiteral("language=en"),
                QStringLiteral("percent=7.5"), QStringLiteral("everyDays=21"), QStringLiteral("tauRDays=20"),
                QStringLiteral("region=uk")}));

        QFile conf(QSettings().fileName());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(conf.readAll());
        QCOMPARE(text.count(QStringLiteral("[%General]")), 0);
        QCOMPARE(text.count(QStringLiteral("[profile]")), 1);

        AppSettings defaults = AppSettings::defaults();
        defaults.planner.region = QStringLiteral("uk");
        m_window->applySettings(defaults);
    }

    void settingsOfEarlierVersionsAreRead()
    {
        // Files written before the fix hold the profile as "[%General]" (read back as "General").
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[%General]\nclinician=Dr Old\nclinicName=Old Clinic\nlanguage=zh_CN\n");
        file.close();
        QSettings qs(path, QSettings::IniFormat);
        const AppSettings a = AppSettings::load(qs);
        QCOMPARE(a.clinician, QStringLiteral("Dr Old"));
        QCOMPARE(a.clinicName, QStringLiteral("Old Clinic"));
        QCOMPARE(a.language, QStringLiteral("zh_CN"));
        a.save(qs);
        qs.sync();
        QVERIFY(!qs.childGroups().contains(QStringLiteral("General")));
        QCOMPARE(qs.value(QStringLiteral("profile/clinician")).toString(), QStringLiteral("Dr Old"));
    }

    // ---- Plan title ----

    void typedTitleIsSavedAndExported()
    {
        demo();
        const RecordId planId = m_window->currentPlanId();
        QCOMPARE(form()->titleEdit()->text(), plan().title); // the demo plan's title was typed
        form()->titleEdit()->setFocus();
        form()->titleEdit()->selectAll();
        QTest::keyClicks(form()->titleEdit(), QStringLiteral("Slow plan for Mrs Li"));
        QCOMPARE(plan().title, QStringLiteral("Slow plan for Mrs Li"));
        QVERIFY(m_window->hasUnsavedChanges());
        QCOMPARE(m_window->planEditor()->undoStack()->count(), 1); // typing is one undo step

        QVERIFY(m_window->savePlan(QStringLiteral("renamed")));
        const auto versions = m_store->versions(planId, true);
        STORE_OK(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->last().title, QStringLiteral("Slow plan for Mrs Li"));
        QCOMPARE(PlanDocument::parse(versions->last().document)->title, QStringLiteral("Slow plan for Mrs Li"));

        const QString file = m_dir->filePath(QStringLiteral("plan.json"));
        QVERIFY(m_window->exportPlanFile(file));
        QCOMPARE(PlanFiles::readPlan(file)->title, QStringLiteral("Slow plan for Mrs Li"));

        // Reopened, the typed title is in the field and a new strategy keeps it.
        QVERIFY(m_window->openPatient(0));
        QVERIFY(m_window->openPatient(m_store->plan(planId)->patientId));
        QCOMPARE(form()->titleEdit()->text(), QStringLiteral("Slow plan for Mrs Li"));
        chooseStrategy(Strategy::Occupancy);
        m_window->planEditor()->generate();
        QCOMPARE(plan().title, QStringLiteral("Slow plan for Mrs Li"));
    }

    void generatedTitleFollowsTheStrategy()
    {
        demo();
        // Emptying the title field gives the plan the generated title, shown greyed in the field.
        form()->titleEdit()->setFocus();
        form()->titleEdit()->selectAll();
        QTest::keyClick(form()->titleEdit(), Qt::Key_Backspace);
        const QString before = plan().title;
        QCOMPARE(form()->titleEdit()->placeholderText(), before);
        QVERIFY2(before.startsWith(QStringLiteral("Alprazolam, 10 %")), qPrintable(before));
        chooseStrategy(Strategy::Guided);
        m_window->planEditor()->generate();
        QVERIFY2(plan().title.contains(QStringLiteral("guided")), qPrintable(plan().title));
        QVERIFY(form()->titleEdit()->text().isEmpty());

        // A crossover names both drugs.
        QComboBox *to = form()->switchBox();
        to->setCurrentIndex(to->findData(QStringLiteral("diazepam")));
        chooseStrategy(Strategy::Percent);
        m_window->planEditor()->generate();
        QVERIFY2(plan().title.startsWith(QStringLiteral("Alprazolam to diazepam")), qPrintable(plan().title));
    }

    void branchedPlanIsNamedAsABranch()
    {
        const RecordId patient = demo();
        const RecordId planId = m_window->currentPlanId();
        const RecordId v1 = m_window->baseVersionId();
        const QString parentTitle = plan().title;
        Store other;
        STORE_OK(other.open(dbPath()));
        STORE_OK(other.saveVersion(planId, other.version(v1)->document, QStringLiteral("elsewhere"), v1));

        QVERIFY(m_window->planEditor()->document()->setNote(0, QStringLiteral("Mine")).ok);
        BoxAnswerer answer(QStringLiteral("conflictBox"), QStringLiteral("conflictSaveAsNew"));
        QVERIFY(m_window->savePlan(QStringLiteral("mine")));
        QVERIFY(m_window->currentPlanId() != planId);
        const auto branched = m_store->plan(m_window->currentPlanId());
        STORE_OK(branched);
        QVERIFY(branched->title != parentTitle);
        QCOMPARE(branched->title, QStringLiteral("%1 (branched from version 1)").arg(parentTitle));
        QCOMPARE(m_store->plan(planId)->title, parentTitle);
        QCOMPARE(m_store->plans(patient)->size(), 2);
        QVERIFY(!m_window->hasUnsavedChanges());
    }

    // ---- Form changes show at once ----

    void startDateMovesTheDatesAtOnce()
    {
        demo();
        const QDate start = plan().startDate;
        QVERIFY(!m_window->hasUnsavedChanges());
        form()->startEdit()->setDate(start.addDays(7));
        QCOMPARE(plan().startDate, start.addDays(7));
        QVERIFY(m_window->hasUnsavedChanges());
        QVERIFY(!m_window->planEditor()->formSync()->pending());
        m_window->planEditor()->undoStack()->undo();
        QCOMPARE(plan().startDate, start);
        QCOMPARE(form()->startEdit()->date(), start);
    }

    void otherSettingsRaiseTheBarWithItsButtonInView()
    {
        demo();
        const Plan before = plan();
        PlannerFormSync *sync = m_window->planEditor()->formSync();
        QVERIFY(!sync->pendingBar()->isVisible());
        QComboBox *to = form()->switchBox();
        to->setCurrentIndex(to->findData(QStringLiteral("diazepam")));
        QVERIFY(sync->pending());
        QVERIFY(sync->pendingBar()->isVisible());
        // The button is inside the window's visible area, whatever the form's scroll position.
        QPushButton *apply = sync->pendingGenerateButton();
        const QRect inWindow(apply->mapTo(m_window.get(), QPoint(0, 0)), apply->size());
        QVERIFY2(m_window->rect().contains(inWindow),
            qPrintable(QStringLiteral("%1,%2 %3x%4")
                           .arg(inWindow.x())
                           .arg(inWindow.y())
                           .arg(inWindow.width())
                           .arg(inWindow.height())));
        QCOMPARE(plan(), before); // nothing applied yet
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(!sync->pending());
        QVERIFY(!sync->pendingBar()->isVisible());
        bool diazepam = false;
        for (const Step &s : plan().steps)
            for (const Dose &d : s.doses)
                diazepam = diazepam || d.drug == QLatin1String("diazepam");
        QVERIFY(diazepam);
        QVERIFY(m_window->hasUnsavedChanges());
    }

    // ---- Amounts ----

    void unreadableAmountIsRefusedWithAMessage()
    {
        demo();
        QLineEdit *line = amountLine(0);
        QVERIFY(line);
        const double before = form()->regimen()->doses().first().mg.value();
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("1e9"));
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(form()->regimen()->doses().first().mg.value(), before);
        const auto *message = form()->findChildren<QLabel *>().last();
        bool named = false;
        for (const QLabel *label : form()->findChildren<QLabel *>())
            named = named
                || (label->isVisible() && label->text().contains(QStringLiteral("\"1e9\""))
                    && label->text().contains(QStringLiteral("dose 1")));
        QVERIFY2(named, qPrintable(message->text()));
    }

    void implausibleAmountIsRefusedAndUndoRestoresTheForm()
    {
        demo();
        const Plan before = plan();
        auto *amount = form()->regimen()->findChildren<AmountSpinBox *>().first();
        amount->setValue(999.0);
        m_window->planEditor()->generate();
        QCOMPARE(plan(), before);
        bool named = false;
        for (const QLabel *label : form()->findChildren<QLabel *>())
            named = named
                || (label->isVisible() && label->text().contains(QStringLiteral("Current regimen (Alprazolam)"))
                    && label->text().contains(QStringLiteral("usual maximum of 4 mg")));
        QVERIFY(named);

        // A plausible change is applied; Undo brings back the plan and the form.
        amount->setValue(2.0);
        m_window->planEditor()->generate();
        QCOMPARE(plan().current.first().mg.value(), 2.0);
        m_window->planEditor()->undoStack()->undo();
        QCOMPARE(plan().current.first().mg.value(), 1.0);
        QCOMPARE(form()->regimen()->doses().first().mg.value(), 1.0);
        QVERIFY(!m_window->planEditor()->formSync()->pending());
    }

    // ---- Window size ----

    void windowFitsALaptopScreen()
    {
        demo();
        // 1366 × 768 less a title bar and a panel.
        const QSize laptop(1366, 740);
        const QSize least = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QVERIFY2(least.width() <= laptop.width() && least.height() <= laptop.height(),
            qPrintable(QStringLiteral("%1 x %2").arg(least.width()).arg(least.height())));
        QCOMPARE(m_window->size(), laptop);
        QTest::qWait(300);
        m_window->grab().save(QStringLiteral("/tmp/i13-1366-en.png"));
    }

    void languageSwitchRetranslatesTheForm()
    {
        demo();
        auto *drug = form()->regimen()->findChildren<QComboBox *>().value(0);
        QVERIFY(drug);
        QCOMPARE(drug->currentText(), QStringLiteral("Alprazolam"));
        const QString date = form()->startEdit()->text();
        QVERIFY(m_language->setLanguage(QStringLiteral("zh_CN")));
        QTRY_COMPARE(drug->currentText(), QStringLiteral("阿普唑仑"));
        QCOMPARE(form()->startEdit()->text(), date); // an ISO date, the same in both languages
        QCOMPARE(drug->currentData().toString(), QStringLiteral("alprazolam"));
        QVERIFY(!m_window->planEditor()->formSync()->pending()); // retranslating is not an edit
        QTest::qWait(300);
        m_window->grab().save(QStringLiteral("/tmp/i13-1366-zh.png"));
        QVERIFY(m_language->setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(drug->currentText(), QStringLiteral("Alprazolam"));
    }

    // ---- Dates ----

    void dateOfBirthCanBeTyped()
    {
        PatientFormDialog dialog(lento::store::PatientRecord(), {}, &Catalogue::shared());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QDateEdit *dob = dialog.birthField();
        QCOMPARE(dialog.patient().dateOfBirth, QDate()); // not recorded
        // No label lies over another (the medication headers showed at the top-left before).
        QList<QRect> shown;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const QRect r(label->mapTo(&dialog, QPoint(0, 0)), label->size());
            for (const QRect &other : std::as_const(shown))
                QVERIFY2(!r.intersects(other), qPrintable(label->text()));
            shown.append(r);
        }
        // The calendar of the empty field opens near a plausible year, not at January 1900.
        QTest::mouseClick(dob, Qt::LeftButton, {}, QPoint(dob->width() - 6, dob->height() / 2)); // the arrow
        QTRY_VERIFY(dob->calendarWidget()->isVisible());
        QCOMPARE(dob->calendarWidget()->yearShown(), QDate::currentDate().year() - 60);
        QTest::keyClick(dob->calendarWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!dob->calendarWidget()->isVisible());
        QCOMPARE(dialog.patient().dateOfBirth, QDate());

        dob->setFocus();
        QTest::keyClicks(dob, QStringLiteral("1958-03-02"));
        QCOMPARE(dob->date(), QDate(1958, 3, 2));
        QCOMPARE(dialog.patient().dateOfBirth, QDate(1958, 3, 2));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kReadSettings))
        return readSettingsProgram(argc, argv);
    QApplication app(argc, argv);
    TestWorkspaceInput test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workspaceinput.moc"
