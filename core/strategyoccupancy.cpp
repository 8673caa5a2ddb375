// Occupancy-step rule.
#include "strategyoccupancy.h"

#include "simulator.h"

#include <algorithm>
#include <cmath>

namespace lento {

OccupancyRule::OccupancyRule(double maxDropPoints, double deqPerMg, const ModelParams &model)
    : m_points(std::max(maxDropPoints, 0.01)), m_deqPerMg(deqPerMg), m_model(model)
{
}

double OccupancyRule::occupancy(double dailyMg) const
{
    return occupancyPercent(dailyMg * m_deqPerMg, m_model);
}

double OccupancyRule::dropPoints(double fromMg, double toMg) const
{
    return occupancy(fromMg) - occupancy(toMg);
}

double OccupancyRule::next(double dailyMg) const
{
    const double target = occupancy(dailyMg) - m_points;
    if (target <= 0.0)
        return 0.0;
    // Invert the Maudsley occupancy D/(D + L50): D = L50·o/(1 − o).
    const double o = target / 100.0;
    const double deq = m_model.l50Mg * o / (1.0 - o);
    return deq / m_deqPerMg;
}

double OccupancyRule::ratio(double fromMg, double toMg) const
{
    return std::max(0.0, dropPoints(fromMg, toMg)) / m_points;
}

double OccupancyRule::daysForPace(double fromMg, double toMg, int nominalDays) const
{
    return std::max<double>(nominalDays, nominalDays * ratio(fromMg, toMg));
}

QString OccupancyRule::describe(int everyDays) const
{
    return QStringLiteral("at most %1 points of modelled occupancy every %2 days")
        .arg(QString::number(m_points, 'g', 4))
        .arg(everyDays);
}

} // namespace lento
