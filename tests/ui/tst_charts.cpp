// The charts panel, offscreen: a one-year alprazolam → diazepam crossover and taper is simulated
// and shown; the test checks that every chart has the expected series with non-empty, decimated
// point counts (step lines exact), that zoom, log scale, the saved-version overlay, hover
// read-out and clicks behave, that exports write real PNG/SVG/CSV files, and it reports the
// setData() time for a two-year plan. Set LENTO_SCREENSHOT_DIR to keep light/dark screenshots.
#include "chartcurvebuilder.h"
#include "chartexport.h"
#include "chartspanel.h"
#include "dateaxisticks.h"
#include "palette.h"
#include "taperchart.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <cmath>
#include <ctime>

using namespace lento;
using lento::ui::ChartsPanel;

namespace {

// CPU time of this thread: timing figures that do not depend on what else the machine runs.
qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

DrugParams alprazolam()
{
    DrugParams d;
    d.id = QStringLiteral("alprazolam");
    d.nameEn = QStringLiteral("Alprazolam");
    d.nameZh = QStringLiteral("阿普唑仑");
    d.halfLife = Hours(11.0);
    d.tmax = Hours(1.5);
    d.bioavailability = 0.9;
    d.vdLPerKg = 0.8;
    d.diazepamEqMg = 0.5;
    return d;
}

DrugParams diazepam()
{
    DrugParams d;
    d.id = QStringLiteral("diazepam");
    d.nameEn = QStringLiteral("Diazepam");
    d.nameZh = QStringLiteral("地西泮");
    d.halfLife = Hours(43.0);
    d.tmax = Hours(1.0);
    d.bioavailability = 1.0;
    d.vdLPerKg = 1.1;
    d.diazepamEqMg = 10.0;
    d.metabolite.nameEn = QStringLiteral("Nordazepam");
    d.metabolite.fractionFormed = 0.7;
    d.metabolite.halfLife = Hours(100.0);
    d.metabolite.relativePotency = 1.0;
    d.metabolite.vdLPerKg = 1.0;
    return d;
}

Dose dose(const char *drug, int hh, double mg)
{
    Dose d;
    d.drug = QLatin1String(drug);
    d.minuteOfDay = hh * 60;
    d.mg = Milligrams(mg);
    return d;
}

Step step(int day, QList<Dose> doses)
{
    Step s;
    s.day = day;
    s.doses = std::move(doses);
    return s;
}

// Alprazolam 1 mg three times a day, crossed over to diazepam in weekly stages (Ashton-style),
// then diazepam cut by about a tenth every `taperEvery` days to zero.
ModelInput crossoverPlan(int taperEvery)
{
    ModelInput in;
    in.drugs = {alprazolam(), diazepam()};
    in.current = {dose("alprazolam", 8, 1.0), dose("alprazolam", 14, 1.0), dose("alprazolam", 22, 1.0)};
    in.steps = {
        step(7, {dose("alprazolam", 8, 1.0), dose("alprazolam", 14, 1.0), dose("diazepam", 22, 10.0)}),
        step(14,
            {dose("alprazolam", 8, 0.5), dose("diazepam", 8, 5.0), dose("alprazolam", 14, 1.0),
                dose("diazepam", 22, 10.0)}),
        step(21, {dose("diazepam", 8, 10.0), dose("alprazolam", 14, 1.0), dose("diazepam", 22, 10.0)}),
        step(28,
            {dose("diazepam", 8, 10.0), dose("alprazolam", 14, 0.5), dose("diazepam", 14, 5.0),
                dose("diazepam", 22, 10.0)}),
        step(35, {dose("diazepam", 8, 15.0), dose("diazepam", 22, 15.0)}),
    };
    const double taper[] = {27, 25, 23, 21, 19, 17, 15, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    int day = 35;
    for (double mg : taper) {
        day += taperEvery;
        if (mg > 10)
            in.steps.append(
                step(day, {dose("diazepam", 8, std::floor(mg / 2)), dose("diazepam", 22, mg - std::floor(mg / 2))}));
        else
            in.steps.append(step(day, {dose("diazepam", 22, mg)}));
    }
    in.steps.append(step(day + taperEvery, {}));
    return in;
}

Plan planFor(const ModelInput &in)
{
    Plan p;
    p.title = QStringLiteral("Crossover");
    p.startDate = QDate(2025, 3, 3);
    p.current = in.current;
    p.steps = in.steps;
    return p;
}

SimulationResult simulated(const ModelInput &in)
{
    auto r = simulate(in, SimulationOptions {});
    if (!r)
        qFatal("simulation failed: %s", qPrintable(r.error().message));
    return *r;
}

// Expected number of points of a drug's dose step line, counted from the plan: one point at day
// 0, two at every change, one at the end.
int expectedStepPoints(const ModelInput &in, const QString &drug, double lastDay)
{
    auto daily = [&](const QList<Dose> &doses) {
        double mg = 0;
        for (const Dose &d : doses)
            mg += d.drug == drug ? d.mg.value() : 0.0;
        return mg;
    };
    double value = daily(in.current);
    int points = 1;
    int lastChange = 0;
    for (const Step &s : in.steps) {
        const double v = daily(s.doses);
        if (v != value) {
            points += 2;
            lastChange = s.day;
        }
        value = v;
    }
    return points + (lastChange < lastDay ? 1 : 0);
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

double meanLightness(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7, ++n)
            sum += QColor(image.pixel(x, y)).lightnessF();
    return sum / n;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x23));
    p.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Button, QColor(0x35, 0x36, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    return p;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

    ModelInput m_input;
    Plan m_plan;
    SimulationResult m_result;

private Q_SLOTS:
    void initTestCase()
    {
        m_input = crossoverPlan(14);
        m_plan = planFor(m_input);
        m_result = simulated(m_input);
        QVERIFY(m_result.tH.size() > 24 * 365);
    }

    void axisTicks()
    {
        using lento::ui::AxisTick;
        using lento::ui::DateAxisTicks;
        const QDate start(2025, 3, 3);
        // A year on a wide chart: the first of every other month, labels distinct.
        const QList<AxisTick> year = DateAxisTicks::compute(0.0, 365.0, 10, start);
        QVERIFY(year.size() >= 5 && year.size() <= 11);
        QStringList labels;
        for (qsizetype i = 0; i < year.size(); ++i) {
            QCOMPARE(start.addDays(qint64(year[i].day)).day(), 1);
            QVERIFY(year[i].day > 0.0 && year[i].day <= 365.0);
            if (i > 0)
                QVERIFY(year[i].day > year[i - 1].day);
            labels.append(year[i].label);
        }
        labels.removeDuplicates();
        QCOMPARE(labels.size(), year.size());
        // A month: weekly from the start date.
        QList<double> days;
        for (const AxisTick &t : DateAxisTicks::compute(0.0, 30.0, 12, start))
            days.append(t.day);
        QCOMPARE(days, QList<double>({7, 14, 21, 28}));
        // No start date: plan days.
        const QList<AxisTick> undated = DateAxisTicks::compute(0.0, 100.0, 10, QDate());
        QCOMPARE(undated.size(), 7);
        QCOMPARE(undated.first().day, 14.0);
        QCOMPARE(undated.first().label, QStringLiteral("day 14"));
        QVERIFY(DateAxisTicks::compute(5.0, 5.0, 10, start).isEmpty());
    }

    void seriesHaveExpectedLengths()
    {
        ChartsPanel panel;
        panel.resize(1200, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setData(m_plan, m_input, m_result);
        QCoreApplication::processEvents();

        const double lastDay = m_result.tH.back() / 24.0;
        const QStringList dose = panel.seriesNames(ChartsPanel::DoseChart);
        QCOMPARE(dose,
            QStringList({QStringLiteral("Alprazolam (mg/day)"), QStringLiteral("Diazepam (mg/day)"),
                QStringLiteral("Total, diazepam-equivalent (mg/day)")}));
        QCOMPARE(panel.pointCount(0, dose[0]), expectedStepPoints(m_input, QStringLiteral("alprazolam"), lastDay));
        QCOMPARE(panel.pointCount(0, dose[1]), expectedStepPoints(m_input, QStringLiteral("diazepam"), lastDay));
        QVERIFY(panel.pointCount(0, dose[2]) > 40);

        const QStringList conc = panel.seriesNames(ChartsPanel::ConcentrationChart);
        QCOMPARE(conc,
            QStringList({QStringLiteral("Alprazolam (ng/mL)"), QStringLiteral("Diazepam (ng/mL)"),
                QStringLiteral("Diazepam active metabolite (ng/mL)"),
                QStringLiteral("Diazepam-equivalent level (mg/day)")}));
        const QStringList pressure = panel.seriesNames(ChartsPanel::PressureChart);
        QCOMPARE(pressure,
            QStringList({QStringLiteral("Withdrawal pressure (modelled)"), QStringLiteral("Effect (modelled)"),
                QStringLiteral("Adaptation (modelled)")}));

        // Hourly curves are decimated to the plot width: at most two points per pixel column
        // (plus the two edge neighbours), and at least one per column.
        const int width = panel.chart(1)->plotWidth();
        QVERIFY2(width > 600, qPrintable(QString::number(width)));
        QCOMPARE(panel.chart(2)->plotWidth(), width); // plot areas line up
        QCOMPARE(panel.chart(0)->plotWidth(), width);
        for (int chart : {1, 2}) {
            for (const QString &name : panel.seriesNames(chart)) {
                const int n = panel.pointCount(chart, name);
                QVERIFY2(
                    n >= width && n <= 2 * width + 2, qPrintable(QStringLiteral("%1: %2 points").arg(name).arg(n)));
            }
        }
        QCOMPARE(panel.pointCount(1, QStringLiteral("nonexistent")), -1);
        QCOMPARE(panel.seriesNames(7), QStringList());
    }

    void setDataIsFastForTwoYears()
    {
        // An edit: the same two-year plan with one diazepam step 0.5 mg lower. setData()
        // alternates between the two, as undo/redo would, with the saved version overlaid.
        const ModelInput twoYears = crossoverPlan(30);
        ModelInput edited = twoYears;
        edited.steps[10].doses[0].mg = Milligrams(edited.steps[10].doses[0].mg.value() - 0.5);
        const SimulationResult result = simulated(twoYears);
        const SimulationResult editedResult = simulated(edited);
        QVERIFY(result.tH.size() > 17000);
        const Plan plan = planFor(twoYears);

        ChartsPanel panel;
        panel.resize(1400, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setData(plan, twoYears, result); // warm-up: creates the series
        panel.setComparison(&plan, &twoYears, &result);
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        const int rounds = 10;
        qint64 worstCpu = 0, totalCpu = 0, totalWall = 0;
        for (int i = 0; i < rounds; ++i) {
            const bool odd = i % 2 == 1;
            timer.start();
            const qint64 cpu0 = threadCpuNs();
            panel.setData(plan, odd ? twoYears : edited, odd ? result : editedResult);
            const qint64 cpu = threadCpuNs() - cpu0;
            totalWall += timer.nsecsElapsed();
            worstCpu = std::max(worstCpu, cpu);
            totalCpu += cpu;
            QCoreApplication::processEvents(); // paint in between, as the window would
        }
        QStringList counts;
        for (int c = 0; c < 3; ++c)
            for (const QString &name : panel.seriesNames(c))
                counts.append(QString::number(panel.pointCount(c, name)));
        qInfo("setData after an edit, 2-year plan (%zu samples per series, %d px wide): CPU mean %.2f ms, "
              "worst %.2f ms; wall mean %.2f ms; points per series: %s",
            result.tH.size(), panel.chart(2)->plotWidth(), double(totalCpu) / rounds / 1e6, double(worstCpu) / 1e6,
            double(totalWall) / rounds / 1e6, qPrintable(counts.join(QLatin1Char(' '))));

        const qint64 paintCpu0 = threadCpuNs();
        for (int i = 0; i < 4; ++i)
            for (int c = 0; c < 3; ++c)
                panel.chart(c)->findChild<QChartView *>()->viewport()->repaint();
        qInfo("repaint of the three charts: CPU %.2f ms", double(threadCpuNs() - paintCpu0) / 4 / 1e6);

        // Hover: the line moves in all three charts and the read-out follows the pointer.
        QWidget *viewport = panel.chart(2)->findChild<QChartView *>()->viewport();
        const qint64 hoverCpu0 = threadCpuNs();
        const int moves = 20;
        for (int i = 0; i < moves; ++i) {
            const QPointF pos(200 + 40 * i, viewport->height() / 2.0);
            QMouseEvent move(
                QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QCoreApplication::sendEvent(viewport, &move);
            QCoreApplication::processEvents();
        }
        qInfo("hover move, repainted: CPU %.2f ms", double(threadCpuNs() - hoverCpu0) / moves / 1e6);

        const qint64 zoomCpu0 = threadCpuNs();
        panel.setVisibleDays(200.0, 400.0);
        panel.setVisibleDays(0.0, 700.0);
        qInfo("zoom in or out: CPU %.2f ms", double(threadCpuNs() - zoomCpu0) / 2 / 1e6);

        for (const QString &name : panel.seriesNames(2))
            QVERIFY(panel.pointCount(2, name) <= 2 * panel.chart(2)->plotWidth() + 2);
    }

    void zoomShowsEverySampleWhenNarrow()
    {
        ChartsPanel panel;
        panel.resize(1200, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setData(m_plan, m_input, m_result);
        QCoreApplication::processEvents();

        panel.setVisibleDays(100.0, 110.0);
        QCOMPARE(panel.visibleDays(), qMakePair(100.0, 110.0));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(panel.chart(i)->visibleFrom(), 100.0);
        // 10 days hourly = 241 samples in view, fewer than the pixels: all kept, plus neighbours.
        QCOMPARE(panel.pointCount(2, QStringLiteral("Withdrawal pressure (modelled)")), 241 + 2);

        // Wheel over the chart zooms around the pointer; the range stays inside the plan.
        auto *view = panel.chart(1)->findChild<QChartView *>();
        QVERIFY(view);
        const QPointF centre(view->viewport()->width() / 2.0, view->viewport()->height() / 2.0);
        QWheelEvent wheelOut(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, -120 * 6), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view->viewport(), &wheelOut);
        const auto wider = panel.visibleDays();
        QVERIFY(wider.second - wider.first > 10.0);
        QVERIFY(wider.first >= 0.0);
        QVERIFY(wider.second <= m_result.tH.back() / 24.0 + 1e-9);

        panel.resetZoom();
        QCOMPARE(panel.visibleDays().first, 0.0);
        QCOMPARE(panel.visibleDays().second, m_result.tH.back() / 24.0);

        // A click selects a day.
        QSignalSpy spy(&panel, &ChartsPanel::daySelected);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        QCOMPARE(spy.count(), 1);
        const double day = spy.first().first().toDouble();
        QVERIFY(day > 0.0 && day < m_result.tH.back() / 24.0);
    }

    void comparisonLogScaleAndReadOut()
    {
        ChartsPanel panel;
        panel.resize(1200, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setData(m_plan, m_input, m_result);

        // The saved version: a slower taper.
        const ModelInput saved = crossoverPlan(21);
        const Plan savedPlan = planFor(saved);
        const SimulationResult savedResult = simulated(saved);
        panel.setComparison(&savedPlan, &saved, &savedResult);
        QVERIFY(panel.seriesNames(0).contains(QStringLiteral("Last saved: Total, diazepam-equivalent (mg/day)")));
        QVERIFY(panel.seriesNames(1).contains(QStringLiteral("Last saved: Diazepam-equivalent level (mg/day)")));
        QVERIFY(panel.seriesNames(2).contains(QStringLiteral("Last saved: Withdrawal pressure (modelled)")));
        QVERIFY(panel.pointCount(2, QStringLiteral("Last saved: Withdrawal pressure (modelled)")) > 100);
        // The axis covers the longer of the two plans.
        QCOMPARE(panel.visibleDays().second, savedResult.tH.back() / 24.0);
        panel.setComparison(nullptr, nullptr, nullptr);
        QCOMPARE(panel.seriesNames(2).size(), 3);

        const QString alprazolam = QStringLiteral("Alprazolam (mg/day)");
        const int before = panel.pointCount(0, alprazolam);
        panel.setLogScale(true);
        QVERIFY(panel.logScale());
        QCOMPARE(panel.pointCount(0, alprazolam), before);
        // The linear axis is replaced, not stacked under the logarithmic one.
        QCOMPARE(panel.chart(0)->findChild<QChartView *>()->chart()->axes(Qt::Vertical).size(), 1);
        QCOMPARE(panel.chart(1)->findChild<QChartView *>()->chart()->axes(Qt::Vertical).size(), 2);
        QVERIFY(qobject_cast<QLogValueAxis *>(
            panel.chart(0)->findChild<QChartView *>()->chart()->axes(Qt::Vertical).constFirst()));
        panel.setLogScale(false);

        // Hover read-out on day 100: the dose chart gives the prescribed doses of that day.
        const QString text = panel.chart(0)->readOut(100.25);
        QVERIFY2(text.contains(QStringLiteral("Diazepam (mg/day): <b>")), qPrintable(text));
        const QString pressure = panel.chart(2)->readOut(100.25);
        QVERIFY(pressure.contains(QStringLiteral("Withdrawal pressure (modelled)")));
        const double w = panel.chart(2)->curves().constFirst().valueAt(100.25);
        const QString band = w < 0.05 ? QStringLiteral("low")
            : w < 0.15                ? QStringLiteral("moderate")
            : w < 0.30                ? QStringLiteral("high")
                                      : QStringLiteral("severe");
        QVERIFY2(pressure.contains(QStringLiteral(", %1</b>").arg(band)), qPrintable(pressure));
        const lento::ui::ChartCurve &total = panel.chart(0)->curves().last();
        QCOMPARE(total.valueAt(0.5), 60.0); // 3 mg alprazolam = 60 mg diazepam
        QCOMPARE(total.valueAt(36.0), 30.0); // diazepam 15 + 15 after the crossover
        QCOMPARE(total.valueAt(m_result.tH.back() / 24.0), 0.0);

        panel.setToday(m_plan.startDate.addDays(100));
        panel.clear();
        QCOMPARE(panel.seriesNames(0), QStringList());
    }

    void chineseDrugNamesAfterLanguageSwitch()
    {
        ChartsPanel panel;
        panel.resize(1000, 800);
        panel.setData(m_plan, m_input, m_result);
        QVERIFY(panel.seriesNames(0).contains(QStringLiteral("Alprazolam (mg/day)")));
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&panel, &change);
        const QStringList names = panel.seriesNames(0);
        QLocale::setDefault(previous);
        QVERIFY2(names.contains(QStringLiteral("阿普唑仑 (mg/day)")), qPrintable(names.join(QLatin1Char('|'))));
        QVERIFY(panel.seriesNames(1).contains(QStringLiteral("地西泮 active metabolite (ng/mL)")));
        // The point counts survive the rename.
        QVERIFY(panel.pointCount(0, QStringLiteral("阿普唑仑 (mg/day)")) > 0);
    }

    void planWithoutStartDate()
    {
        Plan undated = m_plan;
        undated.startDate = QDate();
        ChartsPanel panel;
        panel.resize(1200, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setData(undated, m_input, m_result);
        panel.setToday(QDate::currentDate()); // no start date: no marker, no crash
        panel.setVisibleDays(10.0, 40.0);
        QCoreApplication::processEvents();
        QVERIFY(panel.chart(2)->readOut(12.5).startsWith(QStringLiteral("<b>Day 12, 12:00</b>")));

        QTemporaryDir dir;
        QString error;
        const QString csv = dir.filePath(QStringLiteral("pressure.csv"));
        QVERIFY2(panel.exportCsv(2, csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine(),
            QByteArray("Day,Withdrawal pressure (modelled),Effect (modelled),Adaptation (modelled)\n"));
        const QString shots = QString::fromLocal8Bit(qgetenv("LENTO_SCREENSHOT_DIR"));
        if (!shots.isEmpty())
            panel.grab().save(shots + QStringLiteral("/charts-undated.png"));
    }

    void exportsFiles()
    {
        ChartsPanel panel;
        panel.resize(1200, 900);
        panel.setPalette(darkPalette());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setData(m_plan, m_input, m_result);
        QCoreApplication::processEvents();

        QTemporaryDir dir;
        QString error;
        const QString png = dir.filePath(QStringLiteral("pressure.png"));
        QVERIFY2(panel.exportChart(2, png, &error), qPrintable(error));
        QImage image(png);
        QCOMPARE(image.size(), lento::ui::ChartExport::kImageSize * 2);
        QVERIFY(distinctColours(image) > 50);
        QVERIFY2(meanLightness(image) > 0.8, "exported images use the light print scheme");
        const QString shots = QString::fromLocal8Bit(qgetenv("LENTO_SCREENSHOT_DIR"));
        if (!shots.isEmpty()) {
            image.save(shots + QStringLiteral("/charts-export-pressure.png"));
            QString ignored;
            panel.exportChart(0, shots + QStringLiteral("/charts-export-dose.svg"), &ignored);
        }

        const QString svg = dir.filePath(QStringLiteral("dose.svg"));
        QVERIFY2(panel.exportChart(0, svg, &error), qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("<path") || svgText.contains("<polyline"));

        const QString csv = dir.filePath(QStringLiteral("conc.csv"));
        QVERIFY2(panel.exportCsv(1, csv, &error), qPrintable(error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QCOMPARE(lines.first(),
            QByteArray("Day,Date and time,Alprazolam (ng/mL),Diazepam (ng/mL),"
                       "Diazepam active metabolite (ng/mL),Diazepam-equivalent level (mg/day)"));
        // Full resolution, not the decimated points: one row per hourly sample.
        QCOMPARE(lines.size() - 2, qsizetype(m_result.tH.size()));
        QVERIFY(lines[1].startsWith("0.0000,2025-03-03 00:00,"));

        const QString doseCsv = dir.filePath(QStringLiteral("dose.csv"));
        QVERIFY2(panel.exportCsv(0, doseCsv, &error), qPrintable(error));
        QFile doseFile(doseCsv);
        QVERIFY(doseFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> doseLines = doseFile.readAll().split('\n');
        QVERIFY(doseLines[1].startsWith("0.0000,2025-03-03 00:00,3,0,60"));

        QVERIFY(!panel.exportChart(0, dir.filePath(QStringLiteral("x.bmp")), &error));
        QVERIFY2(error.contains(QStringLiteral(".png or .svg")), qPrintable(error));
        QVERIFY(!panel.exportCsv(5, csv, &error));
        QVERIFY(error.contains(QStringLiteral("no chart 5")));
        QVERIFY(!panel.exportCsv(1, dir.filePath(QStringLiteral("missing/dir/x.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("x.csv")));
    }

    void screenshotsLightAndDark()
    {
        for (bool dark : {false, true}) {
            ChartsPanel panel;
            if (dark)
                panel.setPalette(darkPalette());
            panel.resize(1200, 900);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            panel.setData(m_plan, m_input, m_result);
            const ModelInput saved = crossoverPlan(21);
            const Plan savedPlan = planFor(saved);
            const SimulationResult savedResult = simulated(saved);
            panel.setComparison(&savedPlan, &saved, &savedResult);
            panel.setToday(m_plan.startDate.addDays(120));
            QCoreApplication::processEvents();
            QTest::qWait(20);

            const QImage shot = panel.grab().toImage();
            QVERIFY(!shot.isNull());
            QVERIFY(distinctColours(shot) > 100);
            if (dark)
                QVERIFY(meanLightness(shot) < 0.35);
            else
                QVERIFY(meanLightness(shot) > 0.75);
            const QString dirName = QString::fromLocal8Bit(qgetenv("LENTO_SCREENSHOT_DIR"));
            const QString scheme = dark ? QStringLiteral("dark") : QStringLiteral("light");
            if (!dirName.isEmpty())
                shot.save(dirName + QStringLiteral("/charts-%1.png").arg(scheme));

            // Hovering the pressure chart: a line in all three charts and a read-out box.
            QWidget *viewport = panel.chart(2)->findChild<QChartView *>()->viewport();
            const QPointF pos(viewport->width() * 0.3, viewport->height() * 0.5);
            QMouseEvent move(
                QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QCoreApplication::sendEvent(viewport, &move);
            QCoreApplication::processEvents();
            const QImage hover = panel.grab().toImage();
            QVERIFY(hover != shot);
            if (!dirName.isEmpty())
                hover.save(dirName + QStringLiteral("/charts-hover-%1.png").arg(scheme));

            // Zoomed into the crossover weeks on logarithmic scales: day ticks, every sample.
            panel.setVisibleDays(0.0, 49.0);
            panel.setLogScale(true);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the replaced axis
            QCoreApplication::processEvents();
            const QImage zoomed = panel.grab().toImage();
            QVERIFY(distinctColours(zoomed) > 100);
            if (!dirName.isEmpty())
                zoomed.save(dirName + QStringLiteral("/charts-zoom-log-%1.png").arg(scheme));
        }
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
