// The history charts (see historycharts.h). What is shown is kept as plain point lists in
// Content, so a language or colour-scheme change rebuilds the series without the data.
#include "historycharts.h"

#include "displaytext.h"
#include "historydata.h"
#include "palette.h"
#include "pressureband.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace lento::ui {

namespace {

double msAt(const QDate &d)
{
    return double(d.startOfDay().toMSecsSinceEpoch());
}

// A daily series as step-line segments: one point where each run of equal values starts and
// one where it ends (the next day), broken where values are unknown.
QList<QList<QPointF>> stepSegments(const QDate &first, const std::vector<double> &values)
{
    QList<QList<QPointF>> segments;
    QList<QPointF> current;
    std::size_t i = 0;
    while (i < values.size()) {
        if (std::isnan(values[i])) {
            if (!current.isEmpty())
                segments.append(std::exchange(current, {}));
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < values.size() && values[j + 1] == values[i])
            ++j;
        current.append({msAt(first.addDays(qint64(i))), values[i]});
        current.append({msAt(first.addDays(qint64(j) + 1)), values[i]});
        i = j + 1;
    }
    if (!current.isEmpty())
        segments.append(current);
    return segments;
}

// A daily series as line segments through the middle of each day, broken where unknown.
QList<QList<QPointF>> lineSegments(const QDate &first, const std::vector<double> &values)
{
    QList<QList<QPointF>> segments;
    QList<QPointF> current;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i])) {
            if (!current.isEmpty())
                segments.append(std::exchange(current, {}));
            continue;
        }
        current.append({msAt(first.addDays(qint64(i))) + 12 * 3600 * 1000.0, values[i]});
    }
    if (!current.isEmpty())
        segments.append(current);
    return segments;
}

double maxOf(const QList<QList<QPointF>> &segments)
{
    double m = 0.0;
    for (const QList<QPointF> &s : segments) {
        for (const QPointF &p : s)
            m = std::max(m, p.y());
    }
    return m;
}

// A round axis top at or above `v`.
double niceTop(double v, double minimum)
{
    v = std::max(v, minimum);
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double f : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (f * magnitude >= v * 1.05)
            return f * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

struct HistoryCharts::Chart
{
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QDateTimeAxis *x = nullptr;
    QValueAxis *left = nullptr;
    QValueAxis *right = nullptr;
    QHash<QString, QList<QAbstractSeries *>> byKey;
    QStringList order;
};

struct HistoryCharts::Content
{
    bool valid = false;
    QString doseUnit; // axis title part
    QDate first, last;
    QDate followFrom, followTo; // invalid: no follow-up phase
    QHash<QString, QList<QList<QPointF>>> lines; // "planned", "taken", "ciwa_b", "bwsq", "pressure"
    QList<QPointF> versions; // x, y filled in at build time
    QHash<qint64, QString> versionTips;
    QHash<qint64, QString> visitTips;
    double doseTop = 1.0, scoreTop = 10.0, pressureTop = 0.35;
};

HistoryCharts::HistoryCharts(QWidget *parent) : QWidget(parent), m_content(new Content)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (int i = 0; i < 2; ++i) {
        m_charts[i] = new Chart;
        build(*m_charts[i], i == SymptomChart);
        m_charts[i]->view->setObjectName(i == DoseChart ? QStringLiteral("doseChart") : QStringLiteral("symptomChart"));
        layout->addWidget(m_charts[i]->view, 1);
    }
    rebuild();
}

HistoryCharts::~HistoryCharts()
{
    for (Chart *c : m_charts)
        delete c;
    delete m_content;
}

void HistoryCharts::build(Chart &c, bool rightAxis)
{
    c.chart = new QChart;
    c.chart->setAnimationOptions(QChart::NoAnimation);
    c.chart->legend()->setAlignment(Qt::AlignTop);
    c.chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    c.chart->setMargins(QMargins(4, 2, 4, 2));
    c.x = new QDateTimeAxis;
    c.left = new QValueAxis;
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.left, Qt::AlignLeft);
    if (rightAxis) {
        c.right = new QValueAxis;
        c.chart->addAxis(c.right, Qt::AlignRight);
    }
    c.view = new QChartView(c.chart, this);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setMinimumHeight(180);
}

void HistoryCharts::setData(const HistoryData &data, const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    Content &c = *m_content;
    c = Content();
    c.valid = true;
    c.first = data.first;
    c.last = data.last;
    c.doseUnit = data.doseDrug.isEmpty() ? QString() : drugName(data.doseDrug, catalogue);

    c.lines.insert(QStringLiteral("planned"), stepSegments(data.planned.first, data.planned.mg));
    c.lines.insert(QStringLiteral("taken"), stepSegments(data.taken.first, data.taken.mg));
    c.lines.insert(QStringLiteral("pressure"), lineSegments(data.first, data.pressure));
    c.doseTop = niceTop(
        std::max(maxOf(c.lines.value(QStringLiteral("planned"))), maxOf(c.lines.value(QStringLiteral("taken")))), 1.0);
    // At least up to the end of the high band so a low modelled pressure is not blown up.
    c.pressureTop = std::max(lento::kSevereBandFrom, 1.05 * maxOf(c.lines.value(QStringLiteral("pressure"))));

    QList<QPointF> ciwa, bwsq;
    for (const HistoryVisit &v : data.visits) {
        const double x = msAt(v.record.date) + 12 * 3600 * 1000.0;
        QStringList tip {QLocale().toString(v.record.date, QLocale::ShortFormat)};
        if (v.ciwaB) {
            ciwa.append({x, double(v.ciwaB->total)});
            tip.append(tr("CIWA-B %1").arg(v.ciwaB->total));
        }
        if (v.bwsq) {
            bwsq.append({x, double(v.bwsq->total)});
            tip.append(tr("BWSQ %1").arg(v.bwsq->total));
        }
        c.visitTips.insert(qint64(x), tip.join(QStringLiteral(" · ")));
    }
    c.lines.insert(QStringLiteral("ciwa_b"), ciwa.isEmpty() ? QList<QList<QPointF>>() : QList<QList<QPointF>> {ciwa});
    c.lines.insert(QStringLiteral("bwsq"), bwsq.isEmpty() ? QList<QList<QPointF>>() : QList<QList<QPointF>> {bwsq});
    double scores = 0.0;
    for (const QPointF &p : ciwa + bwsq)
        scores = std::max(scores, p.y());
    c.scoreTop = niceTop(scores, 10.0);

    for (const HistoryVersion &v : data.versions) {
        const QDate saved = v.record.savedAt.toLocalTime().date();
        if (saved < data.first || saved > data.last)
            continue;
        const double x = msAt(saved) + 12 * 3600 * 1000.0;
        c.versions.append({x, 0.0});
        QString tip = tr("Version %1 of “%2”, %3").arg(v.record.number).arg(v.planTitle, v.record.author);
        if (!v.record.comment.isEmpty())
            tip += QStringLiteral("\n") + v.record.comment;
        c.versionTips.insert(qint64(x), tip);
    }

    if (data.status.taperEnd.isValid() && data.status.taperEnd <= data.last
        && (data.status.phase == PatientPhase::FollowUp || data.status.phase == PatientPhase::Finished)) {
        c.followFrom = std::max(data.status.taperEnd, data.first);
        c.followTo = data.status.phase == PatientPhase::Finished
            ? std::min(data.last, data.status.taperEnd.addMonths(data.options.phases.followUpMonths))
            : data.last;
    }
    rebuild();
}

void HistoryCharts::clear()
{
    *m_content = Content();
    rebuild();
}

void HistoryCharts::clearSeries(Chart &c)
{
    c.chart->removeAllSeries();
    c.byKey.clear();
    c.order.clear();
}

QLineSeries *HistoryCharts::addLine(Chart &c, const QString &key, const QList<QList<QPointF>> &segments, bool rightAxis)
{
    QLineSeries *first = nullptr;
    for (const QList<QPointF> &points : segments) {
        auto *s = new QLineSeries;
        s->replace(points);
        c.chart->addSeries(s);
        s->attachAxis(c.x);
        s->attachAxis(rightAxis ? c.right : c.left);
        c.byKey[key].append(s);
        if (!first) {
            first = s;
            c.order.append(key);
        } else {
            for (QLegendMarker *m : c.chart->legend()->markers(s))
                m->setVisible(false);
        }
    }
    return first;
}

void HistoryCharts::addPhase(Chart &c, double top)
{
    const Content &d = *m_content;
    if (!d.followFrom.isValid())
        return;
    const double x0 = msAt(d.followFrom), x1 = msAt(d.followTo.addDays(1));
    auto *upper = new QLineSeries;
    upper->append(x0, top);
    upper->append(x1, top);
    auto *lower = new QLineSeries;
    lower->append(x0, 0.0);
    lower->append(x1, 0.0);
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area); // an area series does not own its edges
    lower->setParent(area);
    c.chart->addSeries(area);
    area->attachAxis(c.x);
    area->attachAxis(c.left);
    c.byKey[QStringLiteral("followup")].append(area);
    c.order.append(QStringLiteral("followup"));
}

void HistoryCharts::rebuild()
{
    for (int i = 0; i < 2; ++i)
        populate(*m_charts[i], i);
    applyScheme(Palette::isDark(palette()));
}

void HistoryCharts::populate(Chart &c, int index)
{
    const Content &d = *m_content;
    clearSeries(c);
    const QDate first = d.valid ? d.first : QDate::currentDate().addMonths(-1);
    const QDate last = d.valid ? d.last : QDate::currentDate();
    c.x->setRange(first.startOfDay(), last.addDays(1).startOfDay());
    const qint64 span = first.daysTo(last);
    c.x->setFormat(span > 400 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM yy"));
    c.x->setTickCount(span > 60 ? 7 : 5);

    if (index == DoseChart) {
        addPhase(c, d.doseTop);
        addLine(c, QStringLiteral("planned"), d.lines.value(QStringLiteral("planned")), false);
        addLine(c, QStringLiteral("taken"), d.lines.value(QStringLiteral("taken")), false);
        if (!d.versions.isEmpty()) {
            auto *marks = new QScatterSeries;
            marks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            marks->setMarkerSize(11);
            QList<QPointF> points = d.versions;
            for (QPointF &p : points)
                p.setY(d.doseTop * 0.96);
            marks->replace(points);
            c.chart->addSeries(marks);
            marks->attachAxis(c.x);
            marks->attachAxis(c.left);
            c.byKey[QStringLiteral("versions")].append(marks);
            c.order.append(QStringLiteral("versions"));
            connect(marks, &QScatterSeries::hovered, this, [this](const QPointF &p, bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(), m_content->versionTips.value(qint64(p.x())), this);
                else
                    QToolTip::hideText();
            });
        }
        c.left->setRange(0.0, d.doseTop);
        c.left->applyNiceNumbers();
    } else {
        addPhase(c, d.scoreTop);
        addLine(c, QStringLiteral("pressure"), d.lines.value(QStringLiteral("pressure")), true);
        for (const char *key : {"ciwa_b", "bwsq"}) {
            if (QLineSeries *s = addLine(c, QString::fromLatin1(key), d.lines.value(QString::fromLatin1(key)), false)) {
                s->setPointsVisible(true);
                connect(s, &QLineSeries::hovered, this, [this](const QPointF &p, bool on) {
                    if (on)
                        QToolTip::showText(QCursor::pos(), m_content->visitTips.value(qint64(p.x())), this);
                    else
                        QToolTip::hideText();
                });
            }
        }
        c.left->setRange(0.0, d.scoreTop);
        c.left->applyNiceNumbers();
        // The pressure axis shares the score axis's grid: the same number of intervals, each a
        // round step (0.05, 0.1, ...), so its ticks read as plain numbers.
        const int intervals = std::max(1, c.left->tickCount() - 1);
        const double raw = d.pressureTop / intervals;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        double step = 10.0 * magnitude;
        for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
            if (f * magnitude >= raw - 1e-12) {
                step = f * magnitude;
                break;
            }
        }
        c.right->setRange(0.0, step * intervals);
        c.right->setTickCount(intervals + 1);
        c.right->setLabelFormat(QStringLiteral("%.2f"));
    }
    retranslate(c, index);
}

void HistoryCharts::retranslate()
{
    for (int i = 0; i < 2; ++i)
        retranslate(*m_charts[i], i);
}

void HistoryCharts::retranslate(Chart &c, int index)
{
    const Content &d = *m_content;
    if (index == DoseChart) {
        c.chart->setTitle(tr("Planned and taken daily dose"));
        c.left->setTitleText(d.doseUnit.isEmpty() ? tr("mg/day diazepam-equivalent") : tr("mg/day %1").arg(d.doseUnit));
    } else {
        c.chart->setTitle(tr("Symptoms at visits and modelled withdrawal pressure"));
        c.left->setTitleText(tr("Scale total"));
        c.right->setTitleText(tr("Pressure (modelled)"));
    }
    const QHash<QString, QString> names {
        {QStringLiteral("planned"), tr("Planned (plan in force)")},
        {QStringLiteral("taken"), tr("Taken (recorded at visits)")},
        {QStringLiteral("versions"), tr("Plan version saved")},
        {QStringLiteral("followup"), tr("Follow-up after the taper")},
        {QStringLiteral("pressure"), tr("Withdrawal pressure (modelled)")},
        {QStringLiteral("ciwa_b"), tr("CIWA-B total")},
        {QStringLiteral("bwsq"), tr("BWSQ total")},
    };
    for (auto it = c.byKey.cbegin(); it != c.byKey.cend(); ++it) {
        for (QAbstractSeries *s : *it)
            s->setName(names.value(it.key()));
    }
}

void HistoryCharts::applyScheme(bool dark)
{
    for (Chart *c : m_charts)
        applyScheme(*c, dark);
}

void HistoryCharts::applyScheme(Chart &chart, bool dark)
{
    const QHash<QString, QColor> colours {
        {QStringLiteral("planned"), Palette::level(dark)},
        {QStringLiteral("taken"), Palette::drug(0, dark)},
        {QStringLiteral("versions"), Palette::drug(4, dark)},
        {QStringLiteral("pressure"), Palette::pressure(dark)},
        {QStringLiteral("ciwa_b"), Palette::drug(1, dark)},
        {QStringLiteral("bwsq"), Palette::drug(2, dark)},
    };
    Chart *c = &chart;
    {
        c->chart->setBackgroundBrush(Palette::background(dark));
        c->chart->setPlotAreaBackgroundBrush(Palette::plotBackground(dark));
        c->chart->setPlotAreaBackgroundVisible(true);
        c->chart->setTitleBrush(Palette::text(dark));
        c->chart->legend()->setLabelColor(Palette::text(dark));
        for (QAbstractAxis *axis : c->chart->axes()) {
            axis->setLabelsColor(Palette::text(dark));
            axis->setTitleBrush(Palette::text(dark));
            axis->setGridLineColor(Palette::grid(dark));
            axis->setLinePenColor(Palette::axis(dark));
        }
        for (auto it = c->byKey.cbegin(); it != c->byKey.cend(); ++it) {
            for (QAbstractSeries *s : *it) {
                if (auto *area = qobject_cast<QAreaSeries *>(s)) {
                    QColor fill = Palette::comparison(dark);
                    fill.setAlpha(dark ? 60 : 45);
                    area->setBrush(fill);
                    area->setPen(Qt::NoPen);
                } else if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
                    scatter->setColor(colours.value(it.key()));
                    scatter->setBorderColor(colours.value(it.key()));
                } else if (auto *line = qobject_cast<QLineSeries *>(s)) {
                    // The plan is a wide translucent band; what was taken runs on top of it, so
                    // every departure from the plan shows as the line leaving the band.
                    QColor colour = colours.value(it.key());
                    const bool planned = it.key() == QLatin1String("planned");
                    if (planned)
                        colour.setAlpha(dark ? 110 : 80);
                    QPen pen(colour);
                    pen.setWidthF(planned ? 6.0 : 2.0);
                    pen.setCapStyle(Qt::FlatCap);
                    line->setPen(pen);
                }
            }
        }
    }
}

QStringList HistoryCharts::seriesNames(int chart) const
{
    QStringList names;
    if (chart < 0 || chart > 1)
        return names;
    const Chart &c = *m_charts[chart];
    for (const QString &key : c.order)
        names.append(c.byKey.value(key).first()->name());
    return names;
}

int HistoryCharts::pointCount(int chart, const QString &name) const
{
    if (chart < 0 || chart > 1)
        return -1;
    const Chart &c = *m_charts[chart];
    for (auto it = c.byKey.cbegin(); it != c.byKey.cend(); ++it) {
        if (it->first()->name() != name)
            continue;
        int n = 0;
        for (QAbstractSeries *s : *it) {
            if (auto *xy = qobject_cast<QXYSeries *>(s))
                n += int(xy->count());
            else if (auto *area = qobject_cast<QAreaSeries *>(s))
                n += int(area->upperSeries()->count());
        }
        return n;
    }
    return -1;
}

QPair<QDate, QDate> HistoryCharts::dateRange() const
{
    return {m_content->first, m_content->last};
}

QImage HistoryCharts::render(int chart, const QSize &size)
{
    if (chart < 0 || chart > 1)
        return {};
    // A chart of its own in a view that counts as shown but never reaches the screen, so it is
    // laid out at exactly `size` whether or not this widget is visible.
    Chart c;
    build(c, chart == SymptomChart);
    c.view->setParent(nullptr);
    c.view->setAttribute(Qt::WA_DontShowOnScreen);
    c.view->resize(size);
    populate(c, chart);
    applyScheme(c, false);
    c.view->show();
    QCoreApplication::sendPostedEvents();
    // Twice the pixels for print: the view drawn through a scaled painter.
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(2.0, 2.0);
        static_cast<QWidget *>(c.view)->render(&painter);
    }
    delete c.view; // owns the chart
    return image;
}

void HistoryCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyScheme(Palette::isDark(palette()));
    QWidget::changeEvent(event);
}

} // namespace lento::ui
