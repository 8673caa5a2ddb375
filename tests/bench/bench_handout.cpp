// Handout benchmark (issue goal: ≤ 1 s): the patient handout of a one-year plan — diazepam
// 20 mg/day, 10 % of the current dose every 12 days, 25 steps over 367 days — with the chart,
// the calendar with tick boxes and the pharmacy page, written as a PDF file through QSaveFile.
// The Chinese handout is timed too (CJK font subsetting and the text-layer repair).
#include "benchharness.h"

#include "catalogue.h"
#include "handoutrenderer.h"
#include "planner.h"

#include <QFile>
#include <QTemporaryDir>

using namespace lento;

namespace {

Plan oneYearPlan()
{
    PlannerRequest r;
    r.current = {Dose {QStringLiteral("diazepam"), 8 * 60, Milligrams(10.0), {}},
        Dose {QStringLiteral("diazepam"), 22 * 60, Milligrams(10.0), {}}};
    r.region = QStringLiteral("uk");
    r.percent = 10.0;
    r.everyDays = 12;
    r.startDate = QDate(2026, 1, 5);
    const Expected<Plan> p = makePlan(r, Catalogue::shared());
    if (!p)
        qFatal("handout bench: %s", qPrintable(p.error().text()));
    return p.value();
}

void measureHandout(bench::Bench &bench, const QString &language)
{
    report::HandoutInput in;
    in.plan = oneYearPlan();
    in.language = language;
    in.patientName = QStringLiteral("Bench Patient");
    in.clinicName = QStringLiteral("Bench Clinic");
    in.clinicPhone = QStringLiteral("0123 456 789");
    in.prescriber = QStringLiteral("Dr Bench");
    in.issued = QDate(2026, 1, 2);
    in.prescriberPage = true;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    const report::HandoutRenderer renderer(in, Catalogue::shared());
    int pages = 0;
    bench.measure(
        [&] {
            const Expected<report::HandoutResult> r = renderer.writePdf(path);
            if (!r)
                qFatal("handout bench: %s", qPrintable(r.error().text()));
            pages = r->pages;
        },
        5, 2.0, 50);
    bench.setNote(QStringLiteral("%1 steps over %2 days, %3 pages, %4 KiB")
                      .arg(in.plan.steps.size())
                      .arg(in.plan.steps.last().day)
                      .arg(pages)
                      .arg(QFile(path).size() / 1024));
}

} // namespace

LENTO_BENCH(handout_1y_pdf, 1000)
{
    measureHandout(bench, QStringLiteral("en"));
}

LENTO_BENCH(handout_1y_pdf_zh, 1000)
{
    measureHandout(bench, QStringLiteral("zh_CN"));
}
