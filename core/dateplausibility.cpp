// Dates far from today (see dateplausibility.h).
#include "dateplausibility.h"

namespace lento {

DateDistance DatePlausibility::classify(const QDate &date, const QDate &today)
{
    if (!date.isValid() || !today.isValid())
        return DateDistance::Near;
    if (date < today.addYears(-1))
        return DateDistance::FarPast;
    if (date > today.addYears(1))
        return DateDistance::FarFuture;
    return DateDistance::Near;
}

} // namespace lento
