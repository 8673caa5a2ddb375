// How much of each product a plan uses per prescription period (e.g. every 28 days), so the
// prescription and the dispensing match the handout calendar. Tablets are counted in whole units
// rounded up within each period (split tablets are made from whole ones); liquids in mL, rounded
// up to the next whole mL.
#pragma once

#include "drug.h"
#include "handoutschedule.h"

#include <QDate>
#include <QList>
#include <QString>

namespace lento::report {

struct SupplyProduct
{
    QString drug;
    Product product;
};

struct SupplyPeriod
{
    QDate from;
    QDate to; // inclusive
    QList<double> quantities; // per SupplyPlan::products(): tablets/capsules, or mL
};

class SupplyPlan
{
public:
    // Periods of `periodDays` from the schedule's start to the day before the plan's last change
    // when it ends by stopping, or through the last change plus one period when it ends on a
    // maintenance dose (then ongoing() gives the quantities per period from there on).
    static SupplyPlan build(const HandoutSchedule &schedule, int periodDays);

    const QList<SupplyProduct> &products() const { return m_products; }
    const QList<SupplyPeriod> &periods() const { return m_periods; }
    QList<double> totals() const;
    // Per period on the maintenance dose the plan ends with; empty when the plan stops.
    const QList<double> &ongoing() const { return m_ongoing; }
    QDate ongoingFrom() const { return m_ongoingFrom; }
    int periodDays() const { return m_periodDays; }

private:
    int productIndex(const QString &drug, const Product &p);
    QList<SupplyProduct> m_products;
    QList<SupplyPeriod> m_periods;
    QList<double> m_ongoing;
    QDate m_ongoingFrom;
    int m_periodDays = 28;
};

} // namespace lento::report
