// Quantities per prescription period (see supplyplan.h).
#include "supplyplan.h"

#include <algorithm>
#include <cmath>

namespace lento::report {

namespace {

bool sameProduct(const Product &a, const Product &b)
{
    return a.form == b.form && std::abs(a.strength.value() - b.strength.value()) < 1e-9
        && (a.form != Product::Form::Liquid || std::abs(a.perMl - b.perMl) < 1e-9);
}

double roundUp(double v)
{
    return std::ceil(v - 1e-9);
}

} // namespace

int SupplyPlan::productIndex(const QString &drug, const Product &p)
{
    for (qsizetype i = 0; i < m_products.size(); ++i)
        if (m_products[i].drug == drug && sameProduct(m_products[i].product, p))
            return int(i);
    m_products.append({drug, p});
    return int(m_products.size() - 1);
}

SupplyPlan SupplyPlan::build(const HandoutSchedule &schedule, int periodDays)
{
    SupplyPlan s;
    s.m_periodDays = std::max(1, periodDays);

    // Product list, by drug then largest strength first (tablets before liquids).
    for (const ScheduleRow &r : schedule.rows())
        for (const ScheduledDose &d : r.doses)
            if (d.composition)
                for (const Piece &p : d.composition->pieces)
                    s.productIndex(d.drug, p.product);
    std::stable_sort(s.m_products.begin(), s.m_products.end(), [&](const SupplyProduct &a, const SupplyProduct &b) {
        const qsizetype da = schedule.drugs().indexOf(a.drug), db = schedule.drugs().indexOf(b.drug);
        if (da != db)
            return da < db;
        if (a.product.isLiquid() != b.product.isLiquid())
            return !a.product.isLiquid();
        return a.product.strength > b.product.strength;
    });

    // Amount of each product on one day of a row.
    auto perDay = [&](const ScheduleRow &r) {
        QList<double> q(s.m_products.size(), 0.0);
        for (const ScheduledDose &d : r.doses)
            if (d.composition)
                for (const Piece &p : d.composition->pieces)
                    q[s.productIndex(d.drug, p.product)] += p.count;
        return q;
    };

    const QList<ScheduleRow> &rows = schedule.rows();
    if (rows.isEmpty())
        return s;
    const QDate first = rows.first().from;
    QDate last; // last day needing medicine
    const ScheduleRow &tail = rows.last();
    if (tail.isStop())
        last = tail.from.addDays(-1);
    else
        last = tail.from.addDays(s.m_periodDays - 1);
    if (!last.isValid() || last < first)
        return s;

    for (QDate from = first; from <= last; from = from.addDays(s.m_periodDays)) {
        SupplyPeriod p;
        p.from = from;
        p.to = std::min(from.addDays(s.m_periodDays - 1), last);
        p.quantities = QList<double>(s.m_products.size(), 0.0);
        for (const ScheduleRow &r : rows) {
            const QDate rowEnd = r.isOpenEnded() ? p.to : r.to;
            const QDate a = std::max(r.from, p.from), b = std::min(rowEnd, p.to);
            if (a > b || r.isStop())
                continue;
            const double days = double(a.daysTo(b) + 1);
            const QList<double> q = perDay(r);
            for (qsizetype i = 0; i < q.size(); ++i)
                p.quantities[i] += q[i] * days;
        }
        for (double &v : p.quantities)
            v = roundUp(v);
        s.m_periods.append(p);
    }

    if (!tail.isStop()) {
        s.m_ongoingFrom = tail.from;
        s.m_ongoing = perDay(tail);
        for (double &v : s.m_ongoing)
            v = roundUp(v * s.m_periodDays);
    }
    return s;
}

QList<double> SupplyPlan::totals() const
{
    QList<double> t(m_products.size(), 0.0);
    for (const SupplyPeriod &p : m_periods)
        for (qsizetype i = 0; i < p.quantities.size(); ++i)
            t[i] += p.quantities[i];
    return t;
}

} // namespace lento::report
