// A plan with critical findings in the window: printing or exporting its handout first asks the
// prescriber to accept them (cancel makes no handout), and the new check messages are rebuilt in
// Chinese from their codes and numbers.
#include "catalogue.h"
#include "checks.h"
#include "displaytext.h"
#include "handoutactions.h"
#include "handoutoptionsdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "plandocument.h"
#include "planeditor.h"
#include "planner.h"
#include "store.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace lento;
using namespace lento::ui;

namespace {

// Answers the next top-level widget `match` accepts, polling: the call under test opens it
// inside a nested event loop.
class Answerer : public QObject
{
public:
    explicit Answerer(std::function<bool(QWidget *)> match) : m_match(std::move(match))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->isVisible() && m_match(w)) {
                    m_timer.stop();
                    m_seen = true;
                    return;
                }
        });
        m_timer.start();
    }
    bool seen() const { return m_seen; }

private:
    std::function<bool(QWidget *)> m_match;
    QTimer m_timer;
    bool m_seen = false;
};

// The pharmacist's case: halve, then stop from 10 mg/day diazepam-equivalent.
Plan clonazepamPlan()
{
    PlannerRequest r;
    r.current = {Dose {QStringLiteral("clonazepam"), 8 * 60, Milligrams(0.5), {}},
        Dose {QStringLiteral("clonazepam"), 22 * 60, Milligrams(0.5), {}}};
    applyPacePreset(*findPacePreset(QStringLiteral("percent-5-28")), &r);
    r.region = QStringLiteral("cn");
    r.ageYears = 78;
    r.liverImpairment = true;
    r.startDate = QDate(2026, 3, 2);
    return makePlan(r, Catalogue::shared()).value();
}

Check find(const QList<Check> &checks, const char *code)
{
    for (const Check &c : checks)
        if (c.code == QLatin1String(code))
            return c;
    return Check {};
}

} // namespace

class TestCriticalHandout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir, m_dir;
    std::unique_ptr<LanguageManager> m_language;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid() && m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("LentoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("LentoCritical"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QStandardPaths::setTestModeEnabled(true);
        m_language = std::make_unique<LanguageManager>();
    }

    void handoutOfACriticalPlanAsksFirst()
    {
        store::Store st;
        QVERIFY(st.open(m_dir.filePath(QStringLiteral("lento.sqlite")), {}).ok());
        MainWindow window(&st, &Catalogue::shared(), m_language.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createDemoPatient() > 0);
        const QString file = m_dir.filePath(QStringLiteral("clonazepam.lento-plan.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(PlanDocument::write(clonazepamPlan()));
        f.close();
        QVERIFY(window.importPlanFile(file));
        QTRY_VERIFY(
            find(window.planEditor()->checks(), CheckCode::RuleNotAchievable).severity == CheckSeverity::Critical);

        // Cancel: no handout options, nothing printed.
        QString listed;
        Answerer options([](QWidget *w) {
            if (auto *d = qobject_cast<HandoutOptionsDialog *>(w)) {
                d->reject();
                return true;
            }
            return false;
        });
        bool asked = false;
        QTimer::singleShot(20, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w);
                    box && box->objectName() == QLatin1String("criticalFindingsDialog")) {
                    asked = true;
                    listed = box->informativeText();
                    box->button(QMessageBox::Cancel)->click();
                }
        });
        window.action(QStringLiteral("actionExportPdf"))->trigger();
        QVERIFY(asked);
        QVERIFY2(listed.contains(QStringLiteral("stops abruptly")), qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("What would work")), qPrintable(listed));
        QVERIFY(!options.seen());

        // Accept: the handout options follow (closed here without exporting).
        asked = false;
        QTimer::singleShot(20, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w);
                    box && box->objectName() == QLatin1String("criticalFindingsDialog")) {
                    asked = true;
                    box->findChild<QAbstractButton *>(QStringLiteral("acceptCritical"))->click();
                }
        });
        window.action(QStringLiteral("actionExportPdf"))->trigger();
        QVERIFY(asked);
        QTRY_VERIFY(options.seen());
    }

    void acknowledgementFillsTheHandoutInput()
    {
        report::HandoutInput in;
        in.plan = clonazepamPlan();
        const QList<Check> checks = runChecks(in.plan, Catalogue::shared(), CheckContext {});
        QTimer::singleShot(20, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w);
                    box && box->objectName() == QLatin1String("criticalFindingsDialog"))
                    box->findChild<QAbstractButton *>(QStringLiteral("acceptCritical"))->click();
        });
        QVERIFY(acknowledgeCriticalFindings(nullptr, checks, &in));
        QVERIFY(in.criticalAccepted);
        QCOMPARE(in.criticalFindings.size(), 3); // the plan's finding, the step over the rule, the stop
        // A plan without critical findings is not asked about.
        report::HandoutInput calm;
        QVERIFY(acknowledgeCriticalFindings(nullptr, {}, &calm));
        QVERIFY(calm.criticalFindings.isEmpty());
    }

    void newFindingsInChinese()
    {
        m_language->setLanguage(QStringLiteral("zh_CN"));
        CheckContext ctx;
        ctx.ageYears = 78;
        ctx.pregnant = true;
        ctx.alcohol = true;
        const QList<Check> checks = runChecks(clonazepamPlan(), Catalogue::shared(), ctx);
        const QString rule
            = DisplayText::checkMessage(find(checks, CheckCode::RuleNotAchievable), &Catalogue::shared());
        QVERIFY2(rule.startsWith(QStringLiteral("现有药品无法按本计划的规则减量")), qPrintable(rule));
        QVERIFY2(rule.contains(QStringLiteral("可行的方案")), qPrintable(rule));
        QVERIFY2(rule.contains(QStringLiteral("Beers")), qPrintable(rule));
        for (const char *code : {CheckCode::Pregnancy, CheckCode::Alcohol}) {
            const QString m = DisplayText::checkMessage(find(checks, code), &Catalogue::shared());
            QVERIFY2(!m.isEmpty() && m.at(0).script() == QChar::Script_Han, qPrintable(m));
        }
        m_language->setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestCriticalHandout)
#include "tst_criticalhandout.moc"
