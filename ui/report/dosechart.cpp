// Planned daily dose chart (see dosechart.h).
#include "dosechart.h"

#include "handoutphrases.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lento::report {

namespace {

struct Look
{
    QColor color;
    Qt::PenStyle style;
};

Look lookFor(qsizetype i)
{
    static const Look looks[] = {{QColor(0x1f, 0x4e, 0x8c), Qt::SolidLine}, {QColor(0xb3, 0x55, 0x00), Qt::DashLine},
        {QColor(0x2e, 0x7d, 0x32), Qt::DotLine}, {QColor(0x6a, 0x1b, 0x9a), Qt::DashDotLine}};
    return looks[i % 4];
}

} // namespace

void DoseChart::niceScale(double max, double *top, double *step)
{
    if (!(max > 0.0)) {
        *top = 1.0;
        *step = 0.25;
        return;
    }
    const double raw = max / 4.0;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double s = mag;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        s = m * mag;
        if (s >= raw)
            break;
    }
    *step = s;
    *top = std::ceil(max / s - 1e-9) * s;
}

DoseChart::DoseChart(
    const HandoutSchedule &schedule, const Plan &plan, const Catalogue &catalogue, const HandoutLanguage &lang)
    : m_start(schedule.start())
{
    const QList<ScheduleRow> &rows = schedule.rows();
    if (rows.isEmpty())
        return;
    const int last = int(m_start.daysTo(rows.last().from));
    const int tail = rows.last().isStop() ? std::max(3, last / 20) : std::max(28, last / 10);
    m_days = std::max(1, last + tail);
    for (const QString &drug : schedule.drugs()) {
        Series s;
        s.drug = drug;
        s.name = HandoutPhrases::drugName(drug, plan, catalogue, lang);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const ScheduleRow &r = rows[i];
            const double mg = r.dailyMg().value(drug, 0.0);
            const double x0 = double(m_start.daysTo(r.from));
            const double x1 = r.to.isValid() ? double(m_start.daysTo(r.to) + 1) : double(m_days);
            s.points << QPointF(x0, mg) << QPointF(x1, mg);
            m_max = std::max(m_max, mg);
        }
        m_series.append(s);
    }
}

void DoseChart::paint(QPainter &p, const QRectF &rect, const HandoutStyle &style) const
{
    const HandoutLanguage &lang = style.language();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);

    double top = 1.0, step = 0.25;
    niceScale(m_max, &top, &step);
    const QFont tick = style.small();
    const double tickH = style.lineHeight(tick);

    // Legend across the top.
    double lx = rect.left();
    const double legendY = rect.top();
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const Look look = lookFor(i);
        p.setPen(QPen(look.color, style.pt(2.2), look.style, Qt::FlatCap));
        p.drawLine(QPointF(lx, legendY + tickH / 2), QPointF(lx + style.mm(9), legendY + tickH / 2));
        lx += style.mm(11);
        style.drawText(p, tick, QRectF(lx, legendY, rect.width(), tickH), m_series[i].name);
        lx += style.textWidth(tick, m_series[i].name) + style.mm(6);
    }
    const QString unit = lang.text(QT_TRANSLATE_NOOP("Handout", "mg a day"));

    double labelWidth = style.textWidth(tick, unit);
    for (double v = 0.0; v <= top + 1e-9; v += step)
        labelWidth = std::max(labelWidth, style.textWidth(tick, HandoutLanguage::number(v)));
    const QRectF plot(rect.left() + labelWidth + style.mm(2.5), rect.top() + tickH * 2.6,
        rect.width() - labelWidth - style.mm(4.5), rect.height() - tickH * 4.2);
    style.drawText(p, tick, QRectF(rect.left(), plot.top() - tickH * 1.4, labelWidth + style.mm(20), tickH), unit,
        HandoutStyle::muted());

    auto X = [&](double day) { return plot.left() + plot.width() * day / double(m_days); };
    auto Y = [&](double mg) { return plot.bottom() - plot.height() * mg / top; };

    // Horizontal grid and y labels.
    for (double v = 0.0; v <= top + 1e-9; v += step) {
        p.setPen(QPen(v == 0.0 ? HandoutStyle::ink() : QColor(0xcc, 0xcc, 0xcc), style.pt(v == 0.0 ? 0.9 : 0.5)));
        p.drawLine(QPointF(plot.left(), Y(v)), QPointF(plot.right(), Y(v)));
        style.drawText(p, tick, QRectF(rect.left(), Y(v) - tickH / 2, labelWidth, tickH), HandoutLanguage::number(v),
            HandoutStyle::muted(), Qt::AlignRight);
    }
    p.setPen(QPen(HandoutStyle::ink(), style.pt(0.9)));
    p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()));

    // Date ticks: months for long plans, weeks for short ones; labels never overlap.
    QList<int> ticks;
    const QDate end = m_start.addDays(m_days);
    if (m_days > 120) {
        for (QDate d(m_start.year(), m_start.month(), 1); d <= end; d = d.addMonths(1))
            if (d >= m_start)
                ticks << int(m_start.daysTo(d));
    } else {
        for (int d = 0; d <= m_days; d += 7)
            ticks << d;
    }
    double widest = 0.0;
    for (const int d : std::as_const(ticks))
        widest = std::max(widest,
            style.textWidth(tick, m_days > 120 ? lang.month(m_start.addDays(d)) : lang.shortDate(m_start.addDays(d))));
    int every = 1;
    while (ticks.size() > 1 && every < ticks.size()
        && (plot.width() * double(ticks.value(every) - ticks.value(0)) / double(m_days)) < widest + style.mm(3))
        ++every;
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const double x = X(ticks[i]);
        p.setPen(QPen(QColor(0xe0, 0xe0, 0xe0), style.pt(0.5)));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(QPen(HandoutStyle::ink(), style.pt(0.9)));
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + style.mm(1.2)));
        if (i % every == 0) {
            const QDate d = m_start.addDays(ticks[i]);
            const QString label = m_days > 120 ? lang.month(d) : lang.shortDate(d);
            const double w = style.textWidth(tick, label);
            const double lxPos = std::clamp(x - w / 2, rect.left(), rect.right() - w);
            style.drawText(p, tick, QRectF(lxPos, plot.bottom() + style.mm(1.6), w + style.mm(1), tickH), label,
                HandoutStyle::muted());
        }
    }

    // The step lines.
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const Series &s = m_series[i];
        if (s.points.isEmpty())
            continue;
        QPainterPath path;
        path.moveTo(X(s.points.first().x()), Y(s.points.first().y()));
        for (qsizetype k = 1; k < s.points.size(); ++k)
            path.lineTo(X(s.points[k].x()), Y(s.points[k].y()));
        if (m_series.size() == 1) {
            QPainterPath fill = path;
            fill.lineTo(X(s.points.last().x()), Y(0));
            fill.lineTo(X(s.points.first().x()), Y(0));
            fill.closeSubpath();
            p.fillPath(fill, QColor(0xe2, 0xea, 0xf4));
        }
        const Look look = lookFor(i);
        p.setPen(QPen(look.color, style.pt(2.2), look.style, Qt::FlatCap, Qt::MiterJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    p.restore();
}

} // namespace lento::report
