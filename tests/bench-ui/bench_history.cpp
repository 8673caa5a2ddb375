// Opening a long patient history through the workspace window (issue goal: ≤ 60 ms median):
// five years of monthly visits and 40 plan versions in a real store file. Each run opens the
// patient on the Plan page (not timed), then times View ▸ History: loading the history from the
// store, the day-by-day doses, the modelled pressure and adherence, the timeline and the charts,
// and painting the window. The bare history view (no window around it) is measured in the same
// run as the baseline, and the result is also given as a ratio to it, so machines of different
// speed can be compared.
#include "benchharness.h"

#include "../ui/historyfixture.h"

#include "catalogue.h"
#include "historycontroller.h"
#include "historyview.h"
#include "mainwindow.h"
#include "store.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

} // namespace

LENTO_BENCH(history_open_5y, 60)
{
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path()); // not the user's settings
    const QString path = dir.filePath(QStringLiteral("bench-history.sqlite"));
    lento::store::Store store;
    lento::store::OpenOptions options;
    options.clinician = QStringLiteral("Dr Bench");
    if (!store.open(path, options).ok()) {
        std::printf("history_open_5y: cannot open %s\n", qPrintable(path));
        return;
    }
    const QDate today = QDate::currentDate();
    historyfixture::Options fx;
    fx.start = today.addMonths(-60);
    fx.months = 60;
    fx.versions = 40;
    fx.everyDays = 28;
    fx.cut = 0.07;
    const historyfixture::Built built
        = historyfixture::build(store, path, QStringLiteral("B-5Y"), QStringLiteral("Five Year"), fx, today);
    if (!built.error.isEmpty()) {
        std::printf("history_open_5y: fixture failed: %s\n", qPrintable(built.error));
        return;
    }

    // Baseline: the bare view, as the history tests use it.
    std::vector<double> baseline;
    {
        lento::ui::HistoryView view(&store);
        view.setToday(today);
        view.resize(1400, 900);
        view.show();
        QApplication::processEvents();
        lento::bench::Bench bare;
        bare.measure([&] {
            view.setPatient(built.patientId);
            const QPixmap drawn = view.grab();
            lento::bench::doNotOptimize(&drawn);
        });
        baseline = bare.samples();
    }

    // Through the window: View ▸ History on the open patient.
    lento::ui::MainWindow window(&store, &lento::Catalogue::shared(), nullptr);
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();
    QAction *showHistory = window.action(QStringLiteral("actionShowHistory"));
    lento::ui::HistoryController *history = window.history();
    QElapsedTimer clock;
    const int runs = std::max(5, int(baseline.size()));
    for (int i = 0; i < runs; ++i) {
        history->showPage(lento::ui::HistoryController::Page::Plan);
        window.openPatient(0);
        window.openPatient(built.patientId);
        QApplication::processEvents();
        clock.start();
        showHistory->trigger();
        const QPixmap drawn = window.grab();
        bench.addSample(double(clock.nsecsElapsed()) / 1e6);
        lento::bench::doNotOptimize(&drawn);
    }
    const double base = median(baseline);
    const double through = median(bench.samples());
    const lento::ui::HistoryData &data = history->view()->data();
    bench.setNote(QStringLiteral("%1 visits, %2 versions, %3 days; bare view (baseline, same run) %4 ms, "
                                 "ratio %5")
                      .arg(data.visits.size())
                      .arg(data.versions.size())
                      .arg(data.first.daysTo(data.last) + 1)
                      .arg(base, 0, 'f', 1)
                      .arg(base > 0 ? through / base : 0.0, 0, 'f', 2));
}
