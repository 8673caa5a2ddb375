// ChartsPanel: three TaperCharts stacked on one shared plan-day axis (see chartspanel.h).
// The panel owns the shared visible range, the hover day and the "today" marker, lines up the
// three plot areas so the same date sits at the same x, and offers export per chart.
#include "chartspanel.h"

#include "chartcurvebuilder.h"
#include "chartexport.h"
#include "filedialogs.h"
#include "palette.h"
#include "taperchart.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lento::ui {

struct ChartsPanel::Data
{
    QList<lento::DrugParams> drugs; // for the curve names
    lento::Plan plan; // the saved overlay is drawn only where the plan differs from it
    QDate start;
    QList<ChartCurve> curves[3];
    double lastDay = 0.0;
};

namespace {

// What the charts draw of a plan: its start, current regimen and steps (day and doses); titles,
// notes and annotations do not change a curve.
bool sameSchedule(const lento::Plan &a, const lento::Plan &b)
{
    if (a.startDate != b.startDate || a.current != b.current || a.steps.size() != b.steps.size()
        || !(a.patient == b.patient) || !(a.model == b.model) || a.drugs != b.drugs)
        return false;
    for (qsizetype i = 0; i < a.steps.size(); ++i)
        if (a.steps[i].day != b.steps[i].day || a.steps[i].doses != b.steps[i].doses)
            return false;
    return true;
}

} // namespace

ChartsPanel::Data ChartsPanel::makeData(
    const lento::Plan &plan, const lento::ModelInput &input, const lento::SimulationResult &result)
{
    Data d;
    d.drugs = input.drugs;
    d.plan = plan;
    d.start = plan.startDate;
    const ChartCurveBuilder builder(input, result);
    d.curves[DoseChart] = builder.dose();
    d.curves[ConcentrationChart] = builder.concentration();
    d.curves[PressureChart] = builder.pressure();
    d.lastDay = builder.lastDay();
    return d;
}

ChartsPanel::ChartsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 2);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(false);
    m_logBox = new QCheckBox(this);
    m_resetButton = new QToolButton(this);
    m_exportButton = new QToolButton(this);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(new QMenu(m_exportButton));
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_logBox);
    bar->addWidget(m_resetButton);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    for (int i = 0; i < 3; ++i) {
        auto *chart = new TaperChart(this);
        m_charts[i] = chart;
        chart->setXLabelsVisible(i == PressureChart);
        layout->addWidget(chart, i == PressureChart ? 5 : 4);
        connect(chart, &TaperChart::zoomRequested, this, &ChartsPanel::zoom);
        connect(chart, &TaperChart::panRequested, this, &ChartsPanel::pan);
        connect(chart, &TaperChart::hovered, this, [this, chart](double day) { showHover(chart, day); });
        connect(chart, &TaperChart::hoverLeft, this, &ChartsPanel::hideHover);
        connect(chart, &TaperChart::clicked, this, &ChartsPanel::daySelected);
        connect(chart, &TaperChart::resetRequested, this, &ChartsPanel::resetZoom);
        connect(
            chart, &TaperChart::contextMenuRequested, this, [this, i](const QPoint &pos) { showContextMenu(i, pos); });
    }
    m_charts[PressureChart]->setBands(ChartCurveBuilder::pressureBands());

    connect(m_logBox, &QCheckBox::toggled, this, &ChartsPanel::setLogScale);
    connect(m_resetButton, &QToolButton::clicked, this, &ChartsPanel::resetZoom);

    retranslate();
    applyScheme();
    syncRange(0.0, 1.0);
}

ChartsPanel::~ChartsPanel() = default;

TaperChart *ChartsPanel::chart(int index) const
{
    return index >= 0 && index < 3 ? m_charts[index] : nullptr;
}

void ChartsPanel::setData(
    const lento::Plan &plan, const lento::ModelInput &input, const lento::SimulationResult &result)
{
    m_current = std::make_unique<Data>(makeData(plan, input, result));
    rebuildCurves();
}

void ChartsPanel::setComparison(
    const lento::Plan *plan, const lento::ModelInput *input, const lento::SimulationResult *result)
{
    if (plan && input && result)
        m_saved = std::make_unique<Data>(makeData(*plan, *input, *result));
    else
        m_saved.reset();
    rebuildCurves();
}

void ChartsPanel::clear()
{
    m_current.reset();
    m_saved.reset();
    rebuildCurves();
}

// Hands every chart its curves (the plan's, then the saved version's overlay), the shared range
// and the date origin, then lines the plot areas up.
void ChartsPanel::rebuildCurves()
{
    const QDate origin = m_current ? m_current->start : QDate();
    const auto [fullFrom, fullTo] = fullRange();
    QStringList signatures;
    for (int i = 0; i < 3; ++i) {
        // The saved version goes first so that the current plan is drawn over it.
        QList<ChartCurve> curves;
        if (m_current && m_saved && !sameSchedule(m_current->plan, m_saved->plan)) {
            for (const ChartCurve &c : std::as_const(m_saved->curves[i]))
                if (ChartCurveBuilder::comparedWhenSaved(c.key))
                    curves.append(ChartCurveBuilder::asSaved(c, m_saved->drugs));
        }
        if (m_current)
            curves += m_current->curves[i];
        m_charts[i]->setDateOrigin(origin);
        m_charts[i]->setFullRange(fullFrom, fullTo);
        m_charts[i]->setCurves(curves);
        signatures.append(m_charts[i]->axisSignature());
    }
    auto [from, to] = visibleDays();
    if (!m_zoomed || to <= fullFrom || from >= fullTo) {
        from = fullFrom;
        to = fullTo;
        m_zoomed = false;
    }
    syncRange(std::max(from, fullFrom), std::min(to, fullTo));
    updateToday();
    // Re-aligning costs a layout pass and a geometry update of every series: only when the axis
    // labels (and so the space they take) may have changed.
    if (signatures != m_alignedSignatures || size() != m_alignedSize)
        alignPlotAreas();
}

QPair<double, double> ChartsPanel::fullRange() const
{
    double to = 1.0;
    if (m_current)
        to = std::max(to, m_current->lastDay);
    if (m_current && m_saved)
        to = std::max(to, m_saved->lastDay);
    return {0.0, to};
}

void ChartsPanel::setToday(const QDate &today)
{
    m_today = today;
    updateToday();
}

void ChartsPanel::updateToday()
{
    std::optional<double> day;
    if (m_current && m_current->start.isValid() && m_today.isValid())
        day = double(m_current->start.daysTo(m_today));
    for (TaperChart *c : m_charts)
        c->setToday(day, tr("Today"));
}

void ChartsPanel::setLogScale(bool on)
{
    m_logScale = on;
    if (m_logBox->isChecked() != on)
        m_logBox->setChecked(on);
    m_charts[DoseChart]->setLogScale(on);
    m_charts[ConcentrationChart]->setLogScale(on);
    alignPlotAreas();
}

void ChartsPanel::setVisibleDays(double from, double to)
{
    const auto [fullFrom, fullTo] = fullRange();
    from = std::clamp(from, fullFrom, fullTo);
    to = std::clamp(to, fullFrom, fullTo);
    if (to - from < 1.0)
        to = std::min(fullTo, from + 1.0);
    m_zoomed = from > fullFrom || to < fullTo;
    syncRange(from, to);
}

QPair<double, double> ChartsPanel::visibleDays() const
{
    return {m_charts[0]->visibleFrom(), m_charts[0]->visibleTo()};
}

void ChartsPanel::resetZoom()
{
    const auto [from, to] = fullRange();
    m_zoomed = false;
    syncRange(from, to);
}

void ChartsPanel::syncRange(double from, double to)
{
    for (TaperChart *c : m_charts)
        c->setVisibleRange(from, to);
    m_resetButton->setEnabled(m_zoomed);
}

void ChartsPanel::zoom(double centerDay, double factor)
{
    const auto [fullFrom, fullTo] = fullRange();
    const auto [from, to] = visibleDays();
    const double span = std::clamp((to - from) * factor, 1.0, fullTo - fullFrom);
    const double center = std::clamp(centerDay, from, to);
    // Keep the day under the pointer where it is.
    double newFrom = center - (center - from) / (to - from) * span;
    newFrom = std::clamp(newFrom, fullFrom, fullTo - span);
    setVisibleDays(newFrom, newFrom + span);
}

void ChartsPanel::pan(double deltaDays)
{
    const auto [fullFrom, fullTo] = fullRange();
    const auto [from, to] = visibleDays();
    const double span = to - from;
    const double newFrom = std::clamp(from + deltaDays, fullFrom, fullTo - span);
    setVisibleDays(newFrom, newFrom + span);
}

void ChartsPanel::showHover(TaperChart *source, double day)
{
    for (TaperChart *c : m_charts)
        c->setHoverDay(day, c == source);
}

void ChartsPanel::hideHover()
{
    for (TaperChart *c : m_charts)
        c->setHoverDay(std::nullopt, false);
}

// Lines the three plot areas up on the widest left and right axis space, so one x means one
// date in every chart.
void ChartsPanel::alignPlotAreas()
{
    m_alignPending = false;
    m_alignedSignatures.clear();
    m_alignedSize = QSize();
    QRectF natural[3];
    double left = 0.0, right = 1e9;
    for (int i = 0; i < 3; ++i) {
        natural[i] = m_charts[i]->naturalPlotArea();
        if (natural[i].width() <= 0 || natural[i].height() <= 0)
            return;
        left = std::max(left, natural[i].left());
        right = std::min(right, natural[i].right());
    }
    if (right - left < 50)
        return;
    for (int i = 0; i < 3; ++i) {
        m_charts[i]->setExtraMargins(
            int(std::lround(left - natural[i].left())), int(std::lround(natural[i].right() - right)));
        m_alignedSignatures.append(m_charts[i]->axisSignature());
    }
    m_alignedSize = size();
}

void ChartsPanel::scheduleAlign()
{
    if (m_alignPending)
        return;
    m_alignPending = true;
    QTimer::singleShot(0, this, &ChartsPanel::alignPlotAreas);
}

void ChartsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleAlign();
}

void ChartsPanel::applyScheme()
{
    const bool dark = Palette::isDark(palette());
    for (TaperChart *c : m_charts)
        c->setDark(dark);
}

void ChartsPanel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        applyScheme();
        break;
    case QEvent::FontChange:
        scheduleAlign();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void ChartsPanel::retranslate()
{
    m_charts[DoseChart]->setTitle(tr("Prescribed daily dose"));
    m_charts[DoseChart]->setAxisTitles(tr("mg/day"), QString());
    m_charts[ConcentrationChart]->setTitle(tr("Plasma concentration"));
    m_charts[ConcentrationChart]->setAxisTitles(tr("ng/mL"), tr("Diazepam-eq. mg/day"));
    m_charts[PressureChart]->setTitle(tr("Withdrawal pressure, effect and adaptation (modelled)"));
    m_charts[PressureChart]->setAxisTitles(tr("Pressure (modelled)"), tr("Effect, adaptation (modelled)"));

    m_hint->setText(tr("Wheel: zoom · drag: pan · double-click: whole plan"));
    m_logBox->setText(tr("Log scale"));
    m_logBox->setToolTip(tr("Logarithmic scale for doses and concentrations"));
    m_resetButton->setText(tr("Whole plan"));
    m_resetButton->setToolTip(tr("Show the whole plan (undo zoom and pan)"));
    m_exportButton->setText(tr("Export"));

    QMenu *menu = m_exportButton->menu();
    menu->clear();
    const QString chartNames[3] = {tr("Dose chart"), tr("Concentration chart"), tr("Pressure chart")};
    for (int i = 0; i < 3; ++i) {
        menu->addAction(
            tr("%1 as image (PNG, SVG)…").arg(chartNames[i]), this, [this, i] { exportInteractively(i, false); });
        menu->addAction(tr("%1 data (CSV)…").arg(chartNames[i]), this, [this, i] { exportInteractively(i, true); });
        if (i < 2)
            menu->addSeparator();
    }

    // Curve names and band labels are rebuilt in the new language.
    for (Data *d : {m_current.get(), m_saved.get()}) {
        if (!d)
            continue;
        for (QList<ChartCurve> &curves : d->curves)
            for (ChartCurve &c : curves)
                c.name = ChartCurveBuilder::nameFor(c.key, d->drugs);
    }
    m_charts[PressureChart]->setBands(ChartCurveBuilder::pressureBands());
    m_alignedSignatures.clear();
    rebuildCurves();
}

void ChartsPanel::showContextMenu(int index, const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("Export image (PNG, SVG)…"), this, [this, index] { exportInteractively(index, false); });
    menu.addAction(tr("Export data (CSV)…"), this, [this, index] { exportInteractively(index, true); });
    menu.addSeparator();
    QAction *reset = menu.addAction(tr("Show the whole plan"), this, &ChartsPanel::resetZoom);
    reset->setEnabled(m_zoomed);
    if (index != PressureChart) {
        QAction *log = menu.addAction(tr("Log scale"));
        log->setCheckable(true);
        log->setChecked(m_logScale);
        connect(log, &QAction::toggled, this, &ChartsPanel::setLogScale);
    }
    menu.exec(globalPos);
}

void ChartsPanel::exportInteractively(int index, bool data)
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG image (*.svg)");
    const QString csv = tr("CSV file (*.csv)");
    QString filter;
    QString path = data
        ? FileDialogs::saveFileName(this, tr("Export chart data"), QString(), csv, &filter)
        : FileDialogs::saveFileName(this, tr("Export chart"), QString(), png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    // A name typed without a suffix gets the one of the chosen file type.
    if (QFileInfo(path).suffix().isEmpty())
        path += data ? QStringLiteral(".csv") : filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    const bool ok = data ? exportCsv(index, path, &error) : exportChart(index, path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
}

bool ChartsPanel::exportChart(int index, const QString &path, QString *error) const
{
    if (index < 0 || index > 2) {
        if (error)
            *error = tr("There is no chart %1 (0 dose, 1 concentration, 2 pressure)").arg(index);
        return false;
    }
    return ChartExport::writeImage(*m_charts[index], path, error);
}

bool ChartsPanel::exportCsv(int index, const QString &path, QString *error) const
{
    if (index < 0 || index > 2) {
        if (error)
            *error = tr("There is no chart %1 (0 dose, 1 concentration, 2 pressure)").arg(index);
        return false;
    }
    return ChartExport::writeCsv(m_charts[index]->curves(), m_current ? m_current->start : QDate(), path, error);
}

QStringList ChartsPanel::seriesNames(int index) const
{
    return index >= 0 && index < 3 ? m_charts[index]->seriesNames() : QStringList();
}

int ChartsPanel::pointCount(int index, const QString &seriesName) const
{
    return index >= 0 && index < 3 ? m_charts[index]->pointCount(seriesName) : -1;
}

} // namespace lento::ui
