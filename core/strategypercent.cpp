// Percent-of-current-dose rule.
#include "strategypercent.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lento {

PercentRule::PercentRule(double percent, Strategy reportAs)
    : m_fraction(std::clamp(percent, 0.01, 99.0) / 100.0), m_reportAs(reportAs)
{
}

double PercentRule::next(double dailyMg) const
{
    return dailyMg * (1.0 - m_fraction);
}

double PercentRule::ratio(double fromMg, double toMg) const
{
    if (fromMg <= 0.0 || toMg >= fromMg)
        return 0.0;
    return ((fromMg - toMg) / fromMg) / m_fraction;
}

double PercentRule::daysForPace(double fromMg, double toMg, int nominalDays) const
{
    if (fromMg <= 0.0 || toMg >= fromMg)
        return nominalDays;
    if (toMg <= 0.0)
        return std::numeric_limits<double>::infinity();
    // (1 − p)^(H/N) = to/from  ⇒  H = N·ln(to/from)/ln(1 − p)
    return std::max<double>(nominalDays, nominalDays * std::log(toMg / fromMg) / std::log(1.0 - m_fraction));
}

QString PercentRule::describe(int everyDays) const
{
    return QStringLiteral("%1 % of the current dose every %2 days")
        .arg(QString::number(m_fraction * 100.0, 'g', 4))
        .arg(everyDays);
}

} // namespace lento
