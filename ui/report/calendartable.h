// The handout calendar as table rows for PageFlow: each row a date range, what to take at each
// time of day as the products that make it, and (optionally) a box to tick for every day.
// Rows are never split across pages; the header row repeats on every page the table continues on.
#pragma once

#include "handoutphrases.h"
#include "handoutschedule.h"
#include "handoutstyle.h"
#include "pageflow.h"

#include <QList>

namespace lento {
class Catalogue;
}

namespace lento::report {

class CalendarTable
{
public:
    static constexpr int kTableId = 1;

    CalendarTable(const HandoutSchedule &schedule, const Plan &plan, const Catalogue &catalogue,
        const HandoutStyle &style, double width, bool tickBoxes);

    FlowBlock header() const;
    QList<FlowBlock> rows() const;

private:
    struct Columns
    {
        double dates = 0, what = 0, ticks = 0, time = 0, pad = 0;
    };
    FlowBlock row(const ScheduleRow &row, const ScheduleRow *previous, bool shaded) const;
    double tickHeight(int days) const;

    const HandoutSchedule &m_schedule;
    const Plan &m_plan;
    const Catalogue &m_catalogue;
    const HandoutStyle &m_style;
    double m_width;
    bool m_ticks;
    Columns m_col;
};

} // namespace lento::report
