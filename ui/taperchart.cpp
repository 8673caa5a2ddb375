// TaperChart: the Qt Charts wrapper (see taperchart.h). Series are swapped whole with
// QXYSeries::replace() after min/max decimation to the plot width; the hover line, read-out,
// "today" marker and band labels are plain graphics items mapped from plan days by hand.
#include "taperchart.h"

#include "axistitle.h"
#include "chartgestures.h"
#include "dateaxisticks.h"
#include "palette.h"
#include "seriesdecimator.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPainter>
#include <QTextDocument>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lento::ui {

namespace {

constexpr double kMinSpanDays = 0.5;
const QMargins kBaseMargins(6, 2, 6, 2);
const qreal kLeastPlotHeight = 90.0; // pixels; to keep it, a chart leaves out its title

// Largest value of the curves on one side (NaN-safe); 0 when there is none.
// `hasRight`: whether the chart has a right axis (without one every curve is on the left).
double maxOf(const QList<ChartCurve> &curves, bool right, bool hasRight)
{
    double m = 0.0;
    for (const ChartCurve &c : curves) {
        if ((c.rightAxis && hasRight) != right)
            continue;
        for (std::size_t i = 0; i < c.size(); ++i)
            if (c.yAt(i) > m)
                m = c.yAt(i);
    }
    return m;
}

// Smallest positive value of the left-axis curves (log-scale floor); 0 when none.
double minPositiveOf(const QList<ChartCurve> &curves, bool hasRight)
{
    double m = std::numeric_limits<double>::infinity();
    for (const ChartCurve &c : curves) {
        if (c.rightAxis && hasRight)
            continue;
        for (std::size_t i = 0; i < c.size(); ++i)
            if (c.yAt(i) > 0.0 && c.yAt(i) < m)
                m = c.yAt(i);
    }
    return std::isfinite(m) ? m : 0.0;
}

QString formatValue(double v, int decimals)
{
    if (std::abs(v) >= 100.0)
        decimals = 0;
    else if (std::abs(v) >= 10.0)
        decimals = std::min(decimals, 1);
    return QLocale().toString(v, 'f', decimals);
}

struct NiceScale
{
    double top = 1.0;
    int ticks = 5;
};

// A 0-based scale reaching `max` with 4 to 6 intervals of 1, 2, 2.5 or 5 × 10^k.
NiceScale niceScale(double max)
{
    if (!(max > 0.0) || !std::isfinite(max))
        return {};
    const double raw = max / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10.0 * magnitude;
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (f * magnitude >= raw) {
            step = f * magnitude;
            break;
        }
    const int intervals = int(std::ceil(max / step - 1e-9));
    return {intervals * step, intervals + 1};
}

} // namespace

TaperChart::TaperChart(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(kBaseMargins);
    m_chart->setPlotAreaBackgroundVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    // Solid swatches: a 1 px dense curve would give a faint line marker.
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    m_chart->setLocalizeNumbers(true);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::NoRubberBand);
    m_view->setFrameShape(QFrame::NoFrame);
    auto *gestures = new ChartGestures(
        m_view, m_chart, [this] { return qMakePair(m_from, m_to); }, this);
    connect(gestures, &ChartGestures::zoomRequested, this, &TaperChart::zoomRequested);
    connect(gestures, &ChartGestures::panRequested, this, &TaperChart::panRequested);
    connect(gestures, &ChartGestures::hovered, this, &TaperChart::hovered);
    connect(gestures, &ChartGestures::hoverLeft, this, &TaperChart::hoverLeft);
    connect(gestures, &ChartGestures::clicked, this, &TaperChart::clicked);
    connect(gestures, &ChartGestures::resetRequested, this, &TaperChart::resetRequested);
    connect(gestures, &ChartGestures::contextMenuRequested, this, &TaperChart::contextMenuRequested);
    m_view->setMinimumHeight(100); // three stacked charts and the steps still fit a 1366 × 768 screen

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_xAxis = new QCategoryAxis;
    m_xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_xAxis->setTruncateLabels(false);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    rebuildLeftAxis();

    m_todayLine = new QGraphicsLineItem(m_chart);
    m_todayLabel = new QGraphicsSimpleTextItem(m_chart);
    m_hoverLine = new QGraphicsLineItem(m_chart);
    m_readOutBox = new QGraphicsRectItem(m_chart);
    m_readOutText = new QGraphicsTextItem(m_readOutBox);
    m_todayLine->setZValue(20);
    m_todayLabel->setZValue(20);
    m_hoverLine->setZValue(21);
    m_readOutBox->setZValue(30);
    for (QGraphicsItem *item : {static_cast<QGraphicsItem *>(m_todayLine), static_cast<QGraphicsItem *>(m_todayLabel),
             static_cast<QGraphicsItem *>(m_hoverLine), static_cast<QGraphicsItem *>(m_readOutBox)})
        item->setVisible(false);

    // The plot area moves with resizes and legend changes: re-decimate for the new width and
    // re-place the decorations once the layout has settled.
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &) {
        QTimer::singleShot(0, this, [this] {
            if (plotWidth() != m_decimatedWidth) {
                refreshSeries();
                refreshXAxis();
            }
            refreshDecorations();
            fitAxisTitles();
        });
    });

    applyColours();
}

TaperChart::~TaperChart() = default;

void TaperChart::setTitle(const QString &title)
{
    m_title = title;
    fitAxisTitles();
}

QString TaperChart::title() const
{
    return m_title;
}

void TaperChart::setAxisTitles(const QString &left, const QString &right)
{
    m_leftTitle = left;
    m_rightTitle = right;
    if (!right.isEmpty() && !m_rightAxis) {
        m_rightAxis = new QValueAxis;
        m_rightAxis->setLabelFormat(QStringLiteral("%.6g"));
        m_rightAxis->setTickCount(5);
        m_chart->addAxis(m_rightAxis, Qt::AlignRight);
        for (int i = 0; i < m_series.size(); ++i)
            if (m_curves[i].rightAxis)
                m_series[i]->attachAxis(m_rightAxis);
        applyColours();
    } else if (right.isEmpty() && m_rightAxis) {
        m_chart->removeAxis(m_rightAxis);
        delete m_rightAxis;
        m_rightAxis = nullptr;
    }
    fitAxisTitles();
}

void TaperChart::fitAxisTitles()
{
    // A chart whose plot would be too short under its title leaves the title out (the legend names
    // the curves); exports keep it.
    // Hidden, it comes back only with room to spare, so the chart does not flip between the two.
    const bool hidden = m_chart->title().isEmpty();
    const qreal titleRoom = hidden ? QFontMetricsF(m_chart->titleFont()).height() + 30.0 : 0.0;
    const bool compact = !m_exporting && m_chart->plotArea().height() - titleRoom < kLeastPlotHeight;
    const QString title = compact ? QString() : m_title;
    if (m_chart->title() != title) {
        m_chart->setTitle(title);
        relayout();
    }
    // The vertical titles run along the plot's height; a little room is left at the ends.
    const int length = int(m_chart->plotArea().height()) - 4;
    using Titled = std::pair<QAbstractAxis *, const QString *>;
    for (auto [axis, title] : {Titled {m_leftAxis, &m_leftTitle}, Titled {m_rightAxis, &m_rightTitle}}) {
        if (!axis)
            continue;
        const QString text = AxisTitle::fit(*title, axis->titleFont(), length);
        if (axis->titleText() != text)
            axis->setTitleText(text);
    }
}

void TaperChart::setDateOrigin(const QDate &start)
{
    if (start == m_origin)
        return;
    m_origin = start;
    refreshXAxis();
}

void TaperChart::setXLabelsVisible(bool visible)
{
    m_xLabels = visible;
    m_xAxis->setLabelsVisible(visible);
}

void TaperChart::rebuildLeftAxis()
{
    if (m_leftAxis) {
        m_chart->removeAxis(m_leftAxis);
        delete m_leftAxis;
    }
    if (m_log) {
        auto *axis = new QLogValueAxis;
        axis->setBase(10.0);
        axis->setLabelFormat(QStringLiteral("%.6g"));
        axis->setMinorTickCount(8);
        m_leftAxis = axis;
    } else {
        auto *axis = new QValueAxis;
        axis->setLabelFormat(QStringLiteral("%.6g"));
        axis->setTickCount(5);
        m_leftAxis = axis;
    }
    m_chart->addAxis(m_leftAxis, Qt::AlignLeft);
    for (QAreaSeries *band : std::as_const(m_bandSeries))
        band->attachAxis(m_leftAxis);
    for (int i = 0; i < m_series.size(); ++i)
        if (!m_curves[i].rightAxis || !m_rightAxis)
            m_series[i]->attachAxis(m_leftAxis);
    fitAxisTitles();
}

void TaperChart::setCurves(const QList<ChartCurve> &curves)
{
    bool sameSet = curves.size() == m_curves.size();
    for (int i = 0; sameSet && i < curves.size(); ++i)
        sameSet = curves[i].key == m_curves[i].key && curves[i].rightAxis == m_curves[i].rightAxis;
    m_curves = curves;

    if (!sameSet) {
        for (QLineSeries *s : std::as_const(m_series)) {
            m_chart->removeSeries(s);
            delete s;
        }
        m_series.clear();
        m_shown.clear();
        for (const ChartCurve &c : std::as_const(m_curves)) {
            auto *s = new QLineSeries;
            s->setName(c.name);
            m_chart->addSeries(s);
            s->attachAxis(m_xAxis);
            s->attachAxis(c.rightAxis && m_rightAxis ? static_cast<QAbstractAxis *>(m_rightAxis) : m_leftAxis);
            m_series.append(s);
        }
    }
    for (int i = 0; i < m_curves.size(); ++i) {
        QLineSeries *s = m_series[i];
        if (s->name() != m_curves[i].name)
            s->setName(m_curves[i].name);
    }
    refreshYAxes();
    refreshSeries();
    refreshDecorations();
}

void TaperChart::setBands(const QList<ChartBand> &bands)
{
    for (QAreaSeries *s : std::as_const(m_bandSeries)) {
        m_chart->removeSeries(s);
        delete s;
    }
    m_bandSeries.clear();
    qDeleteAll(m_bandLabels);
    m_bandLabels.clear();
    m_bands = bands;

    // Bands are added before the curves are re-added so that they are drawn beneath them.
    QList<ChartCurve> curves = m_curves;
    for (QLineSeries *s : std::as_const(m_series)) {
        m_chart->removeSeries(s);
        delete s;
    }
    m_series.clear();
    m_shown.clear();
    m_curves.clear();

    for (const ChartBand &b : std::as_const(m_bands)) {
        auto *area = new QAreaSeries(new QLineSeries, new QLineSeries);
        area->upperSeries()->setParent(area);
        area->lowerSeries()->setParent(area);
        area->setPen(Qt::NoPen);
        m_chart->addSeries(area);
        area->attachAxis(m_xAxis);
        area->attachAxis(m_leftAxis);
        const QList<QLegendMarker *> markers = m_chart->legend()->markers(area);
        for (QLegendMarker *m : markers)
            m->setVisible(false);
        m_bandSeries.append(area);
        // The band's name on a small plate at the right edge, legible over the curves.
        auto *plate = new QGraphicsRectItem(m_chart);
        plate->setZValue(15);
        new QGraphicsSimpleTextItem(b.label, plate);
        m_bandLabels.append(plate);
    }
    applyColours();
    setCurves(curves);
    refreshBands();
}

void TaperChart::setLogScale(bool on)
{
    if (on == m_log)
        return;
    m_log = on;
    // Going logarithmic, the points move to the new scale (zero doses drawn at the log floor)
    // before a logarithmic axis ever sees them; going linear, only once the log axis is gone.
    m_chart->removeAxis(m_leftAxis);
    delete m_leftAxis;
    m_leftAxis = nullptr;
    if (on) {
        m_leftMin = logFloor();
        refreshSeries();
    }
    rebuildLeftAxis();
    applyColours();
    refreshYAxes();
    refreshSeries();
    refreshDecorations();
}

void TaperChart::setFullRange(double fromDay, double toDay)
{
    m_fullFrom = fromDay;
    m_fullTo = std::max(toDay, fromDay + kMinSpanDays);
    refreshBands();
}

void TaperChart::setVisibleRange(double fromDay, double toDay)
{
    if (toDay - fromDay < kMinSpanDays)
        toDay = fromDay + kMinSpanDays;
    if (fromDay == m_from && toDay == m_to && m_xAxis->min() == fromDay && m_xAxis->max() == toDay)
        return;
    m_from = fromDay;
    m_to = toDay;
    m_xAxis->setRange(m_from, m_to);
    refreshXAxis();
    refreshSeries();
    refreshDecorations();
}

void TaperChart::setToday(std::optional<double> day, const QString &label)
{
    m_today = day;
    m_todayText = label;
    m_todayLabel->setText(label);
    refreshDecorations();
}

void TaperChart::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    applyColours();
}

void TaperChart::setHoverDay(std::optional<double> day, bool showReadOut)
{
    m_hoverDay = day;
    m_hoverReadOut = showReadOut;
    refreshDecorations();
}

void TaperChart::relayout()
{
    if (QGraphicsLayout *l = m_chart->layout()) {
        l->invalidate();
        l->activate();
    }
}

QRectF TaperChart::naturalPlotArea()
{
    if (m_chart->margins() != kBaseMargins) {
        m_chart->setMargins(kBaseMargins);
        relayout();
    }
    return m_chart->plotArea();
}

// Extra margins move the axes with their labels inward, so the plot area lines up with the
// other charts' (QChart::setPlotArea would leave the axes where the layout put them).
void TaperChart::setExtraMargins(int left, int right)
{
    const QMargins margins = kBaseMargins + QMargins(std::max(0, left), 0, std::max(0, right), 0);
    if (m_chart->margins() != margins) {
        m_chart->setMargins(margins);
        relayout();
    }
    if (plotWidth() != m_decimatedWidth) {
        refreshSeries();
        refreshXAxis();
    }
    refreshDecorations();
}

void TaperChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyColours();
    QWidget::changeEvent(event);
}

int TaperChart::plotWidth() const
{
    return int(m_chart->plotArea().width());
}

QStringList TaperChart::seriesNames() const
{
    QStringList names;
    for (const ChartCurve &c : m_curves)
        names.append(c.name);
    return names;
}

int TaperChart::pointCount(const QString &name) const
{
    for (int i = 0; i < m_curves.size(); ++i)
        if (m_curves[i].name == name)
            return int(m_series[i]->count());
    return -1;
}

// Decimates every curve to the current plot width and swaps it into its series in one go. A
// series whose decimated points did not change is left alone: every replace() makes Qt Charts
// rebuild and stroke the whole line.
void TaperChart::refreshSeries()
{
    const QRectF plot = m_chart->plotArea();
    const int buckets = std::max(50, int(plot.width()));
    m_decimatedWidth = plotWidth();
    const double height = std::max(50.0, plot.height());
    // What one pixel is worth on each axis: min and max closer than that are one point.
    const double leftResolution = m_log ? 0.0 : (m_leftMax - m_leftMin) / height;
    const double rightResolution = m_rightAxis ? (m_rightAxis->max() - m_rightAxis->min()) / height : 0.0;
    const SeriesDecimator leftDecimator(m_from, m_to, buckets, leftResolution);
    const SeriesDecimator rightDecimator(m_from, m_to, buckets, rightResolution);
    const double floor = m_log ? logFloor() : 0.0;
    m_shown.resize(m_curves.size());
    for (int i = 0; i < m_curves.size(); ++i) {
        const ChartCurve &c = m_curves[i];
        const bool onRight = c.rightAxis && m_rightAxis;
        QList<QPointF> points;
        if (c.size() > 0)
            (onRight ? rightDecimator : leftDecimator).decimate(c.x->data(), c.y->data(), c.size(), points);
        if (m_log && !onRight)
            for (QPointF &p : points)
                p.setY(std::max(p.y(), floor));
        applyPen(i, points.size());
        if (points == m_shown[i] && m_series[i]->count() == points.size())
            continue;
        m_shown[i] = points;
        m_series[i]->replace(points);
    }
}

// A curve decimated to more points than pixel columns swings within the pixels (interdose
// peaks and troughs): it is drawn 1 px wide, which is what Qt's fast antialiased line path
// handles (a wider pen costs about ten times as much to paint and the swing fills the band
// anyway). Smooth curves and step lines keep their own width.
void TaperChart::applyPen(int i, qsizetype pointCount)
{
    const ChartCurve &c = m_curves[i];
    const bool dense = m_decimatedWidth > 0 && pointCount > qsizetype(1.2 * m_decimatedWidth);
    QPen pen(colour(c), dense ? 1.0 : c.width, c.style);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    if (m_series[i]->pen() != pen)
        m_series[i]->setPen(pen);
}

// The bottom of a logarithmic axis: the power of ten at or below the smallest positive value,
// but no more than three decades below the largest (a washed-out drug would otherwise pull the
// axis down to 1e-9 ng/mL).
double TaperChart::logFloor() const
{
    const bool hasRight = m_rightAxis != nullptr;
    const double minPos = minPositiveOf(m_curves, hasRight);
    const double maxVal = maxOf(m_curves, false, hasRight);
    if (!(minPos > 0.0))
        return 0.1;
    const double floorOfMin = std::pow(10.0, std::floor(std::log10(minPos)));
    const double floorOfMax = std::pow(10.0, std::floor(std::log10(maxVal / 1000.0)));
    return std::max(floorOfMin, floorOfMax);
}

// Left and right axis ranges from the full curves (not only the visible part), so zooming and
// panning keep the vertical scale steady. Each axis is set once, and only when its range
// changes: every range change makes Qt Charts recompute the geometry of all attached series.
void TaperChart::refreshYAxes()
{
    const double leftMax = maxOf(m_curves, false, m_rightAxis != nullptr);
    double top = leftMax;
    for (const ChartBand &b : std::as_const(m_bands))
        if (std::isfinite(b.to))
            top = std::max(top, b.to * 1.15);
    if (m_log) {
        const double lo = logFloor();
        const double hi = std::max(lo * 10.0, std::pow(10.0, std::ceil(std::log10(std::max(top, lo) * 1.05))));
        m_leftMin = lo;
        m_leftMax = hi;
        auto *axis = static_cast<QLogValueAxis *>(m_leftAxis);
        if (axis->min() != lo || axis->max() != hi)
            axis->setRange(lo, hi);
    } else {
        const NiceScale scale = niceScale(top * 1.02);
        m_leftMin = 0.0;
        m_leftMax = scale.top;
        auto *axis = static_cast<QValueAxis *>(m_leftAxis);
        if (axis->tickCount() != scale.ticks)
            axis->setTickCount(scale.ticks);
        if (axis->min() != 0.0 || axis->max() != scale.top)
            axis->setRange(0.0, scale.top);
    }
    if (m_rightAxis) {
        const NiceScale scale = niceScale(maxOf(m_curves, true, true) * 1.02);
        if (m_rightAxis->tickCount() != scale.ticks)
            m_rightAxis->setTickCount(scale.ticks);
        if (m_rightAxis->min() != 0.0 || m_rightAxis->max() != scale.top)
            m_rightAxis->setRange(0.0, scale.top);
    }
    refreshBands();
}

QString TaperChart::axisSignature() const
{
    QString sig = QString::number(m_leftMin) + QLatin1Char('/') + QString::number(m_leftMax) + QLatin1Char('/')
        + QString::number(int(m_log));
    if (m_rightAxis)
        sig += QLatin1Char('/') + QString::number(m_rightAxis->max());
    return sig + QLatin1Char('/') + QString::number(m_curves.size());
}

void TaperChart::refreshBands()
{
    for (int i = 0; i < m_bandSeries.size(); ++i) {
        const ChartBand &b = m_bands[i];
        const double lo = std::min(b.from, m_leftMax);
        const double hi = std::isfinite(b.to) ? std::min(b.to, m_leftMax) : m_leftMax;
        m_bandSeries[i]->upperSeries()->replace({QPointF(m_fullFrom, hi), QPointF(m_fullTo, hi)});
        m_bandSeries[i]->lowerSeries()->replace({QPointF(m_fullFrom, lo), QPointF(m_fullTo, lo)});
    }
    refreshDecorations();
}

// Tick labels for the visible range, about one per 90 pixels.
void TaperChart::refreshXAxis()
{
    const QStringList old = m_xAxis->categoriesLabels();
    for (const QString &label : old)
        m_xAxis->remove(label);
    m_xAxis->setStartValue(m_from);

    const QList<AxisTick> ticks = DateAxisTicks::compute(m_from, m_to, plotWidth() / 90, m_origin);
    for (const AxisTick &t : ticks)
        m_xAxis->append(t.label, t.day);
}

void TaperChart::refreshDecorations()
{
    const QRectF plot = m_chart->plotArea();
    auto xOf = [&](double day) { return plot.left() + (day - m_from) / (m_to - m_from) * plot.width(); };
    auto yOf = [&](double v) {
        if (m_log) {
            const double lo = std::log10(m_leftMin), hi = std::log10(m_leftMax);
            return plot.bottom() - (std::log10(std::max(v, m_leftMin)) - lo) / (hi - lo) * plot.height();
        }
        return plot.bottom() - (v - m_leftMin) / (m_leftMax - m_leftMin) * plot.height();
    };

    const bool todayVisible = m_today && *m_today >= m_from && *m_today <= m_to && plot.width() > 0;
    m_todayLine->setVisible(todayVisible);
    m_todayLabel->setVisible(todayVisible && !m_todayText.isEmpty());
    if (todayVisible) {
        const double x = xOf(*m_today);
        m_todayLine->setLine(x, plot.top(), x, plot.bottom());
        const QRectF r = m_todayLabel->boundingRect();
        const double lx = x + 3 + r.width() > plot.right() ? x - 3 - r.width() : x + 3;
        m_todayLabel->setPos(lx, plot.top() + 1);
    }

    for (int i = 0; i < m_bandLabels.size(); ++i) {
        const ChartBand &b = m_bands[i];
        const double lo = std::max(b.from, m_leftMin);
        const double hi = std::isfinite(b.to) ? std::min(b.to, m_leftMax) : m_leftMax;
        QGraphicsRectItem *plate = m_bandLabels[i];
        auto *text = static_cast<QGraphicsSimpleTextItem *>(plate->childItems().constFirst());
        const QRectF r = text->boundingRect().adjusted(-4, -1, 4, 1);
        text->setPos(4, 1);
        plate->setRect(QRectF(QPointF(0, 0), r.size()));
        const double top = yOf(hi), bottom = yOf(lo);
        const bool fits = hi > lo && bottom - top >= r.height() - 2;
        plate->setVisible(fits);
        if (fits)
            plate->setPos(plot.right() - r.width() - 4, (top + bottom - r.height()) / 2.0);
    }

    const bool hoverVisible = m_hoverDay && *m_hoverDay >= m_from && *m_hoverDay <= m_to && !m_exporting;
    m_hoverLine->setVisible(hoverVisible);
    m_readOutBox->setVisible(hoverVisible && m_hoverReadOut);
    if (hoverVisible) {
        const double x = xOf(*m_hoverDay);
        m_hoverLine->setLine(x, plot.top(), x, plot.bottom());
        if (m_hoverReadOut) {
            m_readOutText->setHtml(readOut(*m_hoverDay));
            const QRectF tr = m_readOutText->boundingRect();
            m_readOutBox->setRect(QRectF(QPointF(0, 0), tr.size()));
            double bx = x + 10;
            if (bx + tr.width() > plot.right())
                bx = x - 10 - tr.width();
            m_readOutBox->setPos(std::max(plot.left(), bx), plot.top() + 4);
        }
    }
}

void TaperChart::applyColours()
{
    const bool dark = m_dark;
    QFont base = font();
    QFont titleFont = base;
    titleFont.setBold(true);
    QFont small = base;
    small.setPointSizeF(std::max(7.0, base.pointSizeF() - 1.0));

    m_chart->setBackgroundBrush(Palette::background(dark));
    m_chart->setPlotAreaBackgroundBrush(Palette::plotBackground(dark));
    m_chart->setPlotAreaBackgroundPen(QPen(Palette::axis(dark), 1));
    m_chart->setTitleBrush(Palette::text(dark));
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setLabelColor(Palette::text(dark));
    m_chart->legend()->setFont(small);
    m_chart->legend()->setBrush(Qt::NoBrush);
    m_chart->legend()->setPen(Qt::NoPen);

    QList<QAbstractAxis *> axes {m_xAxis, m_leftAxis};
    if (m_rightAxis)
        axes.append(m_rightAxis);
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(Palette::mutedText(dark));
        axis->setLabelsFont(small);
        axis->setTitleBrush(Palette::mutedText(dark));
        axis->setTitleFont(small);
        axis->setGridLineColor(Palette::grid(dark));
        axis->setMinorGridLineColor(Palette::grid(dark));
        axis->setLinePenColor(Palette::axis(dark));
        axis->setShadesVisible(false);
    }
    m_xAxis->setLabelsVisible(m_xLabels || m_exporting);
    if (m_log)
        m_leftAxis->setMinorGridLineVisible(true);
    fitAxisTitles(); // measured in the title font just set

    for (int i = 0; i < m_series.size(); ++i)
        applyPen(i, i < m_shown.size() ? m_shown[i].size() : 0);
    for (int i = 0; i < m_bandSeries.size(); ++i) {
        m_bandSeries[i]->setBrush(dark ? m_bands[i].dark : m_bands[i].light);
        m_bandSeries[i]->setPen(Qt::NoPen);
        auto *text = static_cast<QGraphicsSimpleTextItem *>(m_bandLabels[i]->childItems().constFirst());
        text->setBrush(dark ? m_bands[i].textDark : m_bands[i].textLight);
        text->setFont(small);
        QColor plate = Palette::plotBackground(dark);
        plate.setAlpha(210);
        m_bandLabels[i]->setBrush(plate);
        m_bandLabels[i]->setPen(Qt::NoPen);
    }

    QPen todayPen(Palette::today(dark), 1.5, Qt::DashLine);
    m_todayLine->setPen(todayPen);
    m_todayLabel->setBrush(Palette::today(dark));
    m_todayLabel->setFont(small);
    m_hoverLine->setPen(QPen(Palette::hover(dark), 1, Qt::SolidLine));
    QColor boxFill = Palette::background(dark);
    boxFill.setAlpha(235);
    m_readOutBox->setBrush(boxFill);
    m_readOutBox->setPen(QPen(Palette::hover(dark), 1));
    m_readOutText->setDefaultTextColor(Palette::text(dark));
    m_readOutText->setFont(small);
    refreshDecorations();
}

QString TaperChart::readOut(double day) const
{
    QString when;
    const int dayIndex = int(std::floor(day));
    const int minutes = int(std::round((day - dayIndex) * 1440.0)) % 1440;
    const QTime time = QTime(0, 0).addSecs(minutes * 60);
    const QLocale locale;
    if (m_origin.isValid())
        when = tr("%1, %2").arg(
            locale.toString(m_origin.addDays(dayIndex), QLocale::ShortFormat), time.toString(QStringLiteral("HH:mm")));
    else
        when = tr("Day %1, %2").arg(dayIndex).arg(time.toString(QStringLiteral("HH:mm")));

    QString html = QStringLiteral("<b>%1</b>").arg(when.toHtmlEscaped());
    for (const ChartCurve &c : m_curves) {
        const double v = c.valueAt(day);
        if (std::isnan(v))
            continue;
        QString value = formatValue(v, c.decimals);
        // A left-axis value on a banded chart is named with its band ("0.031, low").
        if (!(c.rightAxis && m_rightAxis))
            for (const ChartBand &b : std::as_const(m_bands))
                if (v >= b.from && v < b.to)
                    value = tr("%1, %2").arg(value, b.label.toLower());
        html += QStringLiteral("<br><span style=\"color:%1\">&#9632;</span> %2: <b>%3</b>")
                    .arg(colour(c).name(), c.name.toHtmlEscaped(), value.toHtmlEscaped());
    }
    return html;
}

void TaperChart::paintForExport(QPainter *painter, const QSize &size)
{
    const bool wasDark = m_dark;
    const QMargins oldMargins = m_chart->margins();
    const QSizeF oldSize = m_chart->size();
    m_exporting = true;
    m_dark = false;
    applyColours();
    m_chart->setMargins(kBaseMargins);
    m_chart->resize(size);
    relayout();
    fitAxisTitles();
    refreshXAxis();
    refreshSeries();
    refreshDecorations();

    m_chart->scene()->render(painter, QRectF(QPointF(0, 0), QSizeF(size)), m_chart->sceneBoundingRect());

    m_exporting = false;
    m_dark = wasDark;
    m_chart->setMargins(oldMargins);
    m_chart->resize(oldSize);
    relayout();
    applyColours(); // fits the titles again
    refreshXAxis();
    refreshSeries();
    refreshDecorations();
}

} // namespace lento::ui
