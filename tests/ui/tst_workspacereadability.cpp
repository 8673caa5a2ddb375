// The workspace window says what the prescriber must notice and shows its texts in full: a visit
// date or plan start date far from today is warned about under its field (an old visit is saved
// once confirmed), check texts wrap instead of being cut, a step's tablet composition fits without
// horizontal scrolling, the charts' Chinese axis titles show whole, and counts use plural forms in
// English ("1 day", "14 days") and Chinese.
#include "catalogue.h"
#include "chartspanel.h"
#include "checkspanel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "planeditor.h"
#include "plannerform.h"
#include "settings.h"
#include "stepstablemodel.h"
#include "store.h"
#include "taperchart.h"
#include "visitdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QDateEdit>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QtTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace lento;
using namespace lento::ui;
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

// Every row of `view` is at least as tall as its wrapped contents need.
QString shortRow(const QTableView *view)
{
    const auto *items = static_cast<const QAbstractItemView *>(view); // wrapped at the column widths
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->rowHeight(row) < items->sizeHintForRow(row))
            return QStringLiteral("row %1: %2 px shown, %3 px needed")
                .arg(row)
                .arg(view->rowHeight(row))
                .arg(items->sizeHintForRow(row));
    }
    return {};
}

// The texts the chart's scene draws (titles, axis titles, labels).
QStringList drawnTexts(const TaperChart *chart)
{
    QStringList texts;
    const auto *view = chart->findChild<QChartView *>();
    if (!view || !view->scene())
        return texts;
    for (const QGraphicsItem *item : view->scene()->items()) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item); text && text->isVisible())
            texts << text->toPlainText();
    }
    return texts;
}

} // namespace

class TestWorkspaceReadability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    const QDate m_today = QDate::currentDate();

    PlannerForm *form() const { return m_window->planEditor()->plannerForm(); }
    Plan plan() const { return m_window->planEditor()->plan(); }
    QTableView *checksView() const { return m_window->planEditor()->findChild<ChecksPanel *>()->view(); }
    QTableView *dosesView() const
    {
        for (QTableView *view : m_window->planEditor()->findChildren<QTableView *>())
            if (view->model() == reinterpret_cast<const QAbstractItemModel *>(m_window->planEditor()->dosesModel()))
                return view;
        return nullptr;
    }
    QTableView *stepsView() const
    {
        for (QTableView *view : m_window->planEditor()->findChildren<QTableView *>())
            if (qobject_cast<StepsTableModel *>(view->model()))
                return view;
        return nullptr;
    }
    void grab(const QString &name)
    {
        QTest::qWait(200);
        m_window->grab().save(QStringLiteral("/tmp/i13b-%1.png").arg(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("LentoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workspacereadability"));
        QStandardPaths::setTestModeEnabled(true);
        m_language = std::make_unique<LanguageManager>();
        QVERIFY(m_language->setLanguage(QStringLiteral("en")));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<Store>();
        lento::store::OpenOptions options;
        options.clinician = QStringLiteral("Dr Test");
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("lento.sqlite")), options).ok());
        m_window = std::make_unique<MainWindow>(m_store.get(), &Catalogue::shared(), m_language.get());
        m_window->resize(1366, 740); // a 1366 × 768 laptop screen less a title bar and a panel
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->createDemoPatient() != 0);
    }

    void cleanup()
    {
        if (m_language->language() != QLatin1String("en"))
            QVERIFY(m_language->setLanguage(QStringLiteral("en")));
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }

    // ---- Dates far from today ----

    void oldVisitIsWarnedAndSavedOnceConfirmed()
    {
        const RecordId patient = m_window->currentPatientId();
        const QDate old = m_today.addYears(-2);
        QString warning, futureWarning, problems;
        bool stillOpen = false;
        WhenShown<VisitDialog> visitForm(QStringLiteral("visitDialog"), [&](VisitDialog *dialog) {
            QVERIFY(!dialog->dateWarningLabel()->isVisible()); // today's date: nothing to say
            auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("visitDate"));
            date->setDate(m_today.addDays(3));
            futureWarning = dialog->dateWarningLabel()->isVisible() ? dialog->dateWarningLabel()->text() : QString();
            date->setDate(old);
            warning = dialog->dateWarningLabel()->isVisible() ? dialog->dateWarningLabel()->text() : QString();
            dialog->grab().save(QStringLiteral("/tmp/i13b-visit-old.png"));
            {
                // The prescriber first goes back to the date...
                WhenShown<QMessageBox> ask(QStringLiteral("oldVisitBox"), [](QMessageBox *box) {
                    box->findChild<QAbstractButton *>(QStringLiteral("oldVisitChange"))->click();
                });
                dialog->accept();
                QVERIFY(ask.seen());
                stillOpen = dialog->isVisible() && dialog->result() != QDialog::Accepted;
            }
            problems = dialog->problemLabel()->isVisible() ? dialog->problemLabel()->text() : QString();
            // ...then confirms it: a visit entered after the fact is kept.
            WhenShown<QMessageBox> ask(QStringLiteral("oldVisitBox"),
                [](QMessageBox *box) { box->findChild<QAbstractButton *>(QStringLiteral("oldVisitSave"))->click(); });
            dialog->accept();
            QVERIFY(ask.seen());
        });
        WhenShown<QMessageBox> replan(QStringLiteral("replanBox"), [](QMessageBox *box) { box->reject(); });
        m_window->action(QStringLiteral("actionRecordVisit"))->trigger();
        QVERIFY(visitForm.seen());

        QVERIFY2(
            futureWarning.contains(QStringLiteral("Visit date")) && futureWarning.contains(QStringLiteral("future")),
            qPrintable(futureWarning));
        QVERIFY2(warning.startsWith(QStringLiteral("Visit date: "))
                && warning.contains(QStringLiteral("more than a year ago")),
            qPrintable(warning));
        QVERIFY(stillOpen);
        QVERIFY2(problems.isEmpty(), qPrintable(problems)); // a warning, not a problem to correct
        const auto visits = m_store->visits(patient);
        QVERIFY(visits.ok());
        QCOMPARE(visits->size(), 1);
        QCOMPARE(visits->first().date, old);
    }

    void farStartDateIsWarnedWithoutBlocking()
    {
        QLabel *warning = form()->startWarningLabel();
        QVERIFY(!warning->isVisible());
        const QDate start = plan().startDate;

        form()->startEdit()->setDate(m_today.addYears(3)); // a slip of the year
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().startsWith(QStringLiteral("Start date: ")), qPrintable(warning->text()));
        QVERIFY2(warning->text().contains(QStringLiteral("more than a year after today")), qPrintable(warning->text()));
        QCOMPARE(plan().startDate, m_today.addYears(3)); // applied: the warning does not block
        grab(QStringLiteral("start-future"));

        form()->startEdit()->setDate(m_today.addYears(-2));
        QVERIFY2(
            warning->text().contains(QStringLiteral("more than a year before today")), qPrintable(warning->text()));
        QVERIFY(warning->isVisible());

        form()->startEdit()->setDate(m_today.addDays(7));
        QVERIFY(!warning->isVisible());

        form()->startEdit()->setDate(m_today.addYears(-2));
        QVERIFY(warning->isVisible());
        QVERIFY(m_language->setLanguage(QStringLiteral("zh_CN")));
        QTRY_VERIFY2(warning->text().contains(QStringLiteral("开始日期")), qPrintable(warning->text()));
        grab(QStringLiteral("start-past-zh"));
        QVERIFY(m_language->setLanguage(QStringLiteral("en")));

        // Undo back to the plan's own date: nothing more to say.
        QUndoStack *undo = m_window->planEditor()->undoStack();
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(form()->startEdit()->date(), start);
        QVERIFY(!warning->isVisible());
    }

    // ---- Texts in full ----

    void checkTextsWrapInFull_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void checkTextsWrapInFull()
    {
        QFETCH(QString, language);
        QVERIFY(m_language->setLanguage(language));
        QTableView *view = checksView();
        QVERIFY(view->model()->rowCount() > 0);
        QTest::qWait(100);
        // Some finding is longer than one line of its column: the test means something.
        bool wraps = false;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex message = view->model()->index(row, 2);
            wraps = wraps || view->fontMetrics().horizontalAdvance(message.data().toString()) > view->columnWidth(2);
            QVERIFY(message.data(Qt::ToolTipRole).toString().startsWith(message.data().toString()));
        }
        QVERIFY(wraps);
        QVERIFY(view->wordWrap());
        const QString shortRowText = shortRow(view);
        QVERIFY2(shortRowText.isEmpty(), qPrintable(shortRowText));
        // Narrower, the rows grow with the text.
        m_window->resize(1100, 700);
        QTest::qWait(100);
        const QString narrowRowText = shortRow(view);
        QVERIFY2(narrowRowText.isEmpty(), qPrintable(narrowRowText));
        m_window->resize(1366, 740);
        grab(QStringLiteral("checks-") + language);
    }

    void compositionFitsWithoutScrolling_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("en 1366") << QStringLiteral("en") << QSize(1366, 740);
        QTest::newRow("zh_CN 1366") << QStringLiteral("zh_CN") << QSize(1366, 740);
        QTest::newRow("en 1920") << QStringLiteral("en") << QSize(1920, 1040);
    }

    void compositionFitsWithoutScrolling()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(m_language->setLanguage(language));
        m_window->resize(size);
        QTableView *steps = stepsView();
        QTableView *doses = dosesView();
        QVERIFY(steps && doses);
        int longest = 0;
        for (int step = 0; step < steps->model()->rowCount(); ++step) {
            steps->setCurrentIndex(steps->model()->index(step, 0));
            QTest::qWait(20);
            QVERIFY(doses->model()->rowCount() > 0 || step == steps->model()->rowCount() - 1);
            for (int row = 0; row < doses->model()->rowCount(); ++row)
                longest = std::max(longest,
                    int(doses->model()->index(row, doses->model()->columnCount() - 1).data().toString().size()));
            QVERIFY2(doses->horizontalScrollBar()->maximum() == 0,
                qPrintable(QStringLiteral("step %1 scrolls by %2 px")
                               .arg(step + 1)
                               .arg(doses->horizontalScrollBar()->maximum())));
            const QString shortRowText = shortRow(doses);
            QVERIFY2(shortRowText.isEmpty(), qPrintable(QStringLiteral("step %1, %2").arg(step + 1).arg(shortRowText)));
        }
        QVERIFY(longest > 20); // compositions of several pieces were shown
        steps->setCurrentIndex(steps->model()->index(1, 0));
        grab(QStringLiteral("doses-%1-%2").arg(language).arg(size.width()));
    }

    void axisTitlesShowWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("everyTitle"); // else a title may be left out, never cut
        // The window's first size on a 1920 × 1080 screen, a larger one, and a laptop's.
        QTest::newRow("zh_CN 1360") << QStringLiteral("zh_CN") << QSize(1360, 860) << true;
        QTest::newRow("en 1360") << QStringLiteral("en") << QSize(1360, 860) << false;
        QTest::newRow("zh_CN 1600") << QStringLiteral("zh_CN") << QSize(1600, 1000) << true;
        QTest::newRow("zh_CN 1366x740") << QStringLiteral("zh_CN") << QSize(1366, 740) << false;
    }

    void axisTitlesShowWhole()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, everyTitle);
        QVERIFY(m_language->setLanguage(language));
        m_window->resize(size);
        auto *charts = m_window->planEditor()->findChild<ChartsPanel *>();
        QVERIFY(charts);
        QTest::qWait(500);
        grab(QStringLiteral("charts-%1-%2x%3").arg(language).arg(size.width()).arg(size.height()));
        const auto tr = [](const char *text) { return QCoreApplication::translate("lento::ui::ChartsPanel", text); };
        const QStringList titles[3] = {{tr("mg/day")}, {tr("ng/mL"), tr("Diazepam-eq. mg/day")},
            {tr("Pressure (modelled)"), tr("Effect, adaptation (modelled)")}};
        if (language == QLatin1String("zh_CN"))
            QCOMPARE(titles[2].last(), QStringLiteral("效应、适应（模型估算）"));
        // Drawn in lines, perhaps, but whole: the same characters, no "…".
        const auto squeezed = [](QString text) {
            text.replace(QStringLiteral("<br>"), QString());
            text.remove(QRegularExpression(QStringLiteral("[\\s\\x{2028}]")));
            return text;
        };
        for (int i = 0; i < 3; ++i) {
            QStringList drawn = drawnTexts(charts->chart(i));
            for (QString &text : drawn)
                text = squeezed(text);
            QStringList expected;
            for (const QString &title : titles[i])
                expected << squeezed(title.toHtmlEscaped());
            int shown = 0;
            for (const QAbstractAxis *axis : charts->chart(i)->findChild<QChartView *>()->chart()->axes(Qt::Vertical)) {
                const QString title = squeezed(axis->titleText());
                if (title.isEmpty())
                    continue;
                ++shown;
                QVERIFY2(expected.contains(title), qPrintable(title));
                QVERIFY2(drawn.contains(QTextDocumentFragment::fromHtml(title).toPlainText()),
                    qPrintable(QStringLiteral("chart %1: \"%2\" not drawn whole; drawn: %3")
                                   .arg(i)
                                   .arg(title, drawn.join(QStringLiteral(" | ")))));
            }
            if (everyTitle)
                QCOMPARE(shown, int(expected.size()));
        }
    }

    // ---- Plural forms ----

    void countsUsePluralForms()
    {
        const QAbstractItemModel *model = stepsView()->model();
        const int lengthColumn = StepsTableModel::DurationColumn;
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts << model->index(row, lengthColumn).data().toString();
        QVERIFY2(
            !texts.join(QLatin1Char('|')).contains(QStringLiteral("(s)")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("14 days")), qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(QCoreApplication::translate("lento::ui::StepsTableModel", "%n day(s)", nullptr, 1),
            QStringLiteral("1 day"));
        QCOMPARE(QCoreApplication::translate("lento::ui::PlanDocumentModel", "Insert a hold of %n day(s)", nullptr, 7),
            QStringLiteral("Insert a hold of 7 days"));

        QVERIFY(m_language->setLanguage(QStringLiteral("zh_CN")));
        QTRY_VERIFY(model->index(0, lengthColumn).data().toString().contains(QStringLiteral("天")));
        QVERIFY(m_language->setLanguage(QStringLiteral("en")));
        QTRY_VERIFY(model->index(0, lengthColumn).data().toString().contains(QStringLiteral("days")));
    }
};

QTEST_MAIN(TestWorkspaceReadability)

#include "tst_workspacereadability.moc"
