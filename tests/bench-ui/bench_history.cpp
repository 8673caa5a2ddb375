// Opening a long patient history (issue goal: ≤ 100 ms to a drawn view): five years of monthly
// visits and 40 plan versions in a real store file; each run loads the history from the store,
// computes the day-by-day doses, the modelled pressure and adherence, fills the timeline and the
// charts, and paints the whole view.
#include "benchharness.h"

#include "../ui/historyfixture.h"

#include "historyview.h"
#include "store.h"

#include <QApplication>
#include <QTemporaryDir>

#include <cstdio>

LENTO_BENCH(history_open_5y, 100)
{
    QTemporaryDir dir;
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

    lento::ui::HistoryView view(&store);
    view.setToday(today);
    view.resize(1400, 900);
    view.show();
    QApplication::processEvents();
    bench.measure([&] {
        view.setPatient(built.patientId);
        const QPixmap drawn = view.grab();
        lento::bench::doNotOptimize(&drawn);
    });
    bench.setNote(QStringLiteral("%1 visits, %2 versions, %3 days")
                      .arg(view.data().visits.size())
                      .arg(view.data().versions.size())
                      .arg(view.data().first.daysTo(view.data().last) + 1));
}
