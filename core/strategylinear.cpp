// Linear (fixed mg) rule.
#include "strategylinear.h"

#include <algorithm>
#include <cmath>

namespace lento {

LinearRule::LinearRule(double mgPerStep) : m_mg(std::max(mgPerStep, 1e-6)) { }

double LinearRule::next(double dailyMg) const
{
    return std::max(0.0, dailyMg - m_mg);
}

double LinearRule::ratio(double fromMg, double toMg) const
{
    return std::max(0.0, fromMg - toMg) / m_mg;
}

double LinearRule::daysForPace(double fromMg, double toMg, int nominalDays) const
{
    return std::max<double>(nominalDays, nominalDays * ratio(fromMg, toMg));
}

QString LinearRule::describe(int everyDays) const
{
    return QStringLiteral("%1 mg/day less every %2 days").arg(QString::number(m_mg, 'g', 4)).arg(everyDays);
}

} // namespace lento
