// Tick positions and labels for the charts' shared time axis: calendar ticks (days, weeks, the
// first of the month, years) when the plan has a start date, plan days otherwise, chosen so
// that no more than about `maxTicks` labels fit the visible range. Pure computation.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace lento::ui {

struct AxisTick
{
    double day = 0.0; // plan day
    QString label;
};

class DateAxisTicks
{
    Q_DECLARE_TR_FUNCTIONS(DateAxisTicks)
public:
    // Ticks in (from, to], ascending, with distinct labels. `origin` is the plan's start date
    // (invalid: "day n" labels).
    static QList<AxisTick> compute(double from, double to, int maxTicks, const QDate &origin);
};

} // namespace lento::ui
