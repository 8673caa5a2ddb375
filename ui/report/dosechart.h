// The handout's chart of the planned daily dose over the dates, painted with QPainter as vector
// lines (sharp at any print resolution): one step line per drug in mg/day, month or week ticks,
// and a legend that tells the lines apart in black-and-white print too (solid and dashed).
#pragma once

#include "handoutschedule.h"
#include "handoutstyle.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace lento {
class Catalogue;
}

namespace lento::report {

class DoseChart
{
public:
    struct Series
    {
        QString drug;
        QString name; // in the handout language
        QList<QPointF> points; // x: days from the schedule's start, y: mg/day (step corners)
    };

    DoseChart(
        const HandoutSchedule &schedule, const Plan &plan, const Catalogue &catalogue, const HandoutLanguage &lang);

    const QList<Series> &series() const { return m_series; }
    int spanDays() const { return m_days; }
    double maxMg() const { return m_max; }

    void paint(QPainter &p, const QRectF &rect, const HandoutStyle &style) const;

    // A round axis maximum and step for `max` (e.g. 23 -> 25 by 5).
    static void niceScale(double max, double *top, double *step);

private:
    QDate m_start;
    int m_days = 1;
    double m_max = 0.0;
    QList<Series> m_series;
};

} // namespace lento::report
