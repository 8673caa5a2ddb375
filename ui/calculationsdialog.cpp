// "Show calculations" (see calculationsdialog.h).
#include "calculationsdialog.h"

#include "catalogue.h"
#include "displaytext.h"
#include "plandocument.h"
#include "planedits.h"
#include "stepannotator.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace lento::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString num(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString bandName(Band b)
{
    switch (b) {
    case Band::Low:
        return CalculationsDialog::tr("low");
    case Band::Moderate:
        return CalculationsDialog::tr("moderate");
    case Band::High:
        return CalculationsDialog::tr("high");
    case Band::Severe:
        return CalculationsDialog::tr("severe");
    }
    return QString();
}

} // namespace

CalculationsDialog::CalculationsDialog(QWidget *parent) : QDialog(parent), m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Calculations"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_text->setAccessibleName(tr("Calculations for the selected step"));
    m_text->setOpenExternalLinks(false);
    resize(640, 560);
}

void CalculationsDialog::showStep(const Plan &plan, int step, const Catalogue &catalogue,
    const PlannerRequest &fallback, const SimulationResult *result)
{
    setWindowTitle(tr("Calculations for step %1").arg(step + 1));
    m_text->setHtml(render(plan, step, catalogue, fallback, result));
}

QString CalculationsDialog::html() const
{
    return m_text->toHtml();
}

QString CalculationsDialog::render(const Plan &plan, int step, const Catalogue &catalogue,
    const PlannerRequest &fallback, const SimulationResult *result)
{
    if (step < 0 || step >= plan.steps.size())
        return tr("<p>Select a step to see its calculations.</p>");
    const StepAnnotator a(plan, catalogue, fallback);
    const Step &s = plan.steps[step];
    const QList<Dose> &previous = step == 0 ? plan.current : plan.steps[step - 1].doses;
    const QString eqSource = a.equivalenceSource();
    QString h;

    const QString date = plan.startDate.isValid()
        ? QLocale().toString(plan.startDate.addDays(s.day), QLocale::ShortFormat)
        : tr("no start date");
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Step %1 — day %2 (%3)").arg(step + 1).arg(s.day).arg(date)));
    const int len = PlanEdits::stepLength(plan, step);
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(
                 len > 0 ? tr("Held for %n day(s).", nullptr, len) : tr("Last step: held to the end of the plan.")));

    // Doses and compositions.
    h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Doses and composition")));
    if (s.doses.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing is taken from this step on.")));
    } else {
        h += QStringLiteral("<table border=\"1\" cellpadding=\"3\" "
                            "cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                 .arg(esc(tr("Time")), esc(tr("Drug")), esc(tr("Amount")), esc(tr("Composition")));
        for (const Dose &d : s.doses) {
            const auto comp = a.compose(d.drug, d.mg);
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td>%4</td></tr>")
                     .arg(PlanDocument::formatTime(d.minuteOfDay), esc(DisplayText::drugName(d.drug, &catalogue)),
                         esc(DisplayText::mg(d.mg.value())),
                         esc(comp ? DisplayText::composition(*comp) : tr("cannot be made from the selected products")));
        }
        h += QStringLiteral("</table>");
    }

    // Equivalence.
    h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Diazepam equivalence")));
    QStringList drugs;
    for (const Dose &d : previous)
        if (!drugs.contains(d.drug))
            drugs << d.drug;
    for (const Dose &d : s.doses)
        if (!drugs.contains(d.drug))
            drugs << d.drug;
    const QMap<QString, double> daily = a.dailyMg(s.doses);
    const QMap<QString, double> prevDaily = a.dailyMg(previous);
    h += QStringLiteral("<ul>");
    for (const QString &id : std::as_const(drugs)) {
        const auto perMg = a.deqPerMg(id);
        const QString name = DisplayText::drugName(id, &catalogue);
        if (!perMg) {
            h += QStringLiteral("<li>%1</li>")
                     .arg(esc(tr("%1: no equivalence known (the drug is not defined).").arg(name)));
            continue;
        }
        const double deqMg = 10.0 / *perMg;
        const bool overridden = plan.drugs.value(id).contains(QStringLiteral("diazepam_eq_mg"));
        QString source = overridden ? tr("set in the plan's drug definitions (equivalence source: %1)")
                                          .arg(DisplayText::equivalenceName(eqSource))
                                    : DisplayText::equivalenceName(eqSource);
        const QString citation = catalogue.sourceDescription(eqSource);
        const double mg = daily.value(id);
        h += QStringLiteral("<li>%1<br/>%2<br/><small>%3</small></li>")
                 .arg(esc(tr("%1: %2 ≈ 10 mg diazepam — source: %3").arg(name, DisplayText::mg(deqMg), source)),
                     esc(tr("Today %1 × 10 / %2 = %3 diazepam equivalent (previous step: %4)")
                             .arg(DisplayText::mg(mg), QLocale().toString(deqMg, 'g', 6),
                                 DisplayText::mg(mg * *perMg, 2), DisplayText::mg(prevDaily.value(id) * *perMg, 2))),
                     esc(citation));
    }
    h += QStringLiteral("</ul>");

    const double deq = a.dailyDeq(s.doses);
    const double prevDeq = a.dailyDeq(previous);
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Daily total: %1 diazepam equivalent; previous step (or current regimen): %2.")
                          .arg(DisplayText::mg(deq, 2), DisplayText::mg(prevDeq, 2))));

    // Realised cut.
    h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Realised cut")));
    if (prevDeq > 0.0)
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("(%1 − %2) / %1 × 100 = %3 of the previous dose.")
                              .arg(num(prevDeq, 2), num(deq, 2),
                                  DisplayText::percent(100.0 * (prevDeq - deq) / prevDeq, 1))));
    else
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing was taken before this step.")));

    // Occupancy.
    const double l50 = plan.model.l50Mg;
    const double before = occupancyPercent(prevDeq, plan.model);
    const double after = occupancyPercent(deq, plan.model);
    h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Receptor occupancy (modelled)")));
    h += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
             .arg(esc(tr("Occupancy = D / (D + L50), D the daily diazepam-equivalent dose, L50 = %1 mg/day (a model "
                         "setting).")
                          .arg(num(l50, 1))),
                 esc(tr("Before: %1 / (%1 + %2) = %3; after: %4 / (%4 + %2) = %5.")
                         .arg(num(prevDeq, 2), num(l50, 1), DisplayText::percent(before, 1), num(deq, 2),
                             DisplayText::percent(after, 1))),
                 esc(tr("Modelled drop: %1 percentage points.").arg(num(before - after, 2))));

    // Modelled pressure over the step.
    if (result && !result->tH.empty() && result->withdrawalShown.size() == result->tH.size()) {
        const double from = s.day * 24.0;
        const double to = len > 0 ? (s.day + len) * 24.0 : result->tH.back();
        double peak = 0.0, peakT = from;
        for (size_t i = 0; i < result->tH.size(); ++i) {
            if (result->tH[i] < from || result->tH[i] > to)
                continue;
            if (result->withdrawalShown[i] > peak) {
                peak = result->withdrawalShown[i];
                peakT = result->tH[i];
            }
        }
        h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Withdrawal pressure (modelled)")));
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Modelled peak over this step: %1 (%2 band) on day %3. This is a model of the plan, not a "
                             "prediction of this patient's symptoms.")
                              .arg(num(peak, 3), bandName(bandFor(peak)), num(peakT / 24.0, 1))));
    }

    // The planner's explanations.
    const QJsonArray notes = s.annotations.value(QStringLiteral("notes")).toArray();
    if (!notes.isEmpty() || s.annotations.value(QStringLiteral("edited")).toBool() || !s.note.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Notes")));
        if (!s.note.isEmpty())
            h += QStringLiteral("<li>%1</li>").arg(esc(s.note));
        if (s.annotations.value(QStringLiteral("edited")).toBool())
            h += QStringLiteral("<li>%1</li>")
                     .arg(esc(tr(
                         "The doses of this step were edited by hand; the figures above are recomputed from them.")));
        for (const QJsonValue &n : notes)
            h += QStringLiteral("<li>%1</li>").arg(esc(n.toString()));
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace lento::ui
