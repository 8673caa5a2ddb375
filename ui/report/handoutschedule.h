// The calendar a handout prints, worked out from a lento-plan/1 plan: consecutive date ranges
// with the doses of each time of day and the products that make each dose. Compositions come from
// the planner's annotations when they still match the dose, else from DoseRounder over the plan's
// recorded products (the "planner" section) or the catalogue's products for the region.
#pragma once

#include "catalogue.h"
#include "expected.h"
#include "plan.h"
#include "rounding.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace lento::report {

struct ScheduledDose
{
    QString drug;
    int minuteOfDay = 0;
    Milligrams mg {0.0};
    std::optional<Composition> composition; // none: no product makes this amount exactly
};

struct ScheduleRow
{
    QDate from;
    QDate to; // last day, inclusive; invalid = open-ended (kept on)
    QList<ScheduledDose> doses; // by time of day; empty = nothing more to take
    bool beforePlan = false; // the current regimen, continued until the first step
    QStringList notes; // clinicians' step notes (never on the patient's pages)

    bool isStop() const { return doses.isEmpty(); }
    bool isOpenEnded() const { return !to.isValid(); }
    int days() const { return to.isValid() ? int(from.daysTo(to)) + 1 : 0; }
    QMap<QString, double> dailyMg() const; // drug -> mg/day
};

class HandoutSchedule
{
public:
    // `start` is the plan's start date (or the caller's when the plan has none). `region` is the
    // product set for plans without a "planner" section (empty = "uk").
    static Expected<HandoutSchedule> build(
        const Plan &plan, const Catalogue &catalogue, const QDate &start, const QString &region = QString());

    const QList<ScheduleRow> &rows() const { return m_rows; }
    QDate start() const { return m_start; }
    // The first day of the last row (the day the last change happens).
    QDate lastChange() const { return m_rows.isEmpty() ? m_start : m_rows.last().from; }
    // True when the plan ends with stopping (else it ends on a maintenance dose).
    bool stops() const { return !m_rows.isEmpty() && m_rows.last().isStop(); }
    QStringList drugs() const { return m_drugs; } // in order of first appearance
    QString taperedDrug() const { return m_tapered; } // the drug being lowered
    QStringList startingDrugs() const { return m_startingDrugs; } // what is taken before the plan
    // Doses for which no product makes the amount, one sentence each (for the prescriber).
    QStringList problems() const { return m_problems; }

private:
    QDate m_start;
    QList<ScheduleRow> m_rows;
    QStringList m_drugs;
    QStringList m_startingDrugs;
    QString m_tapered;
    QStringList m_problems;
};

} // namespace lento::report
