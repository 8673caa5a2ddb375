// Whether a date the prescriber enters (a visit, a plan's start) lies so far from today that it is
// more likely a slip of the year than a real entry. The forms warn, naming the field, and let the
// prescriber go on: old visits are legitimately entered after the fact.
#pragma once

#include <QDate>

namespace lento {

enum class DateDistance {
    Near, // within a year of today
    FarPast, // more than a year before today
    FarFuture, // more than a year after today
};

class DatePlausibility
{
public:
    // Near: from one year before today to one year after it (calendar years, inclusive).
    static DateDistance classify(const QDate &date, const QDate &today);
};

} // namespace lento
