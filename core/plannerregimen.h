// One drug's daily regimen at the patient's fixed clock times, and how a cut of the daily dose
// is shared between those times (daytime doses before the night dose by default) and rounded
// to amounts the patient's products can make.
#pragma once

#include "planner.h"
#include "rounding.h"

#include <QList>

#include <optional>

namespace lento {

class RegimenCutter
{
public:
    // `minutes` are the dose times (sorted); the last one is the night dose.
    RegimenCutter(const DoseRounder *rounder, CutOrder order, QList<int> minutes);

    const QList<int> &minutes() const { return m_minutes; }
    const DoseRounder &rounder() const { return *m_rounder; }

    static double total(const QList<double> &doses);
    // Dose indices in the order they are cut.
    QList<int> cutOrder(const QList<double> &doses) const;
    // The regimen whose daily total is `targetDaily` rounded per `mode` (for NeverBeyondRule the
    // total is ≥ target). May equal `doses` when rounding absorbs the cut.
    QList<double> apply(const QList<double> &doses, double targetDaily, RoundingMode mode) const;
    // The regimen with the smallest possible decrease (one dose to its next lower amount).
    std::optional<QList<double>> nextLower(const QList<double> &doses) const;
    // Rounds every dose to the nearest representable amount (crossover targets).
    QList<double> roundEach(const QList<double> &doses) const;

private:
    double roundOne(double amount, RoundingMode mode) const;
    double singleForm(double amount, double from, double mixed) const;
    double practical(double amount, double from, double mixed, double alreadyCut) const;

    const DoseRounder *m_rounder;
    CutOrder m_order;
    QList<int> m_minutes;
    DoseRounder m_tablets, m_liquids; // each form alone (empty unless the products hold both)
};

} // namespace lento
