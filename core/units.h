// Typed quantities used at Lento's API boundaries.
// A dose can never be passed where a time is expected: each unit is its own type,
// constructed explicitly from a double and read back with value().
#pragma once

namespace lento {

template <typename Tag> class Quantity
{
public:
    constexpr Quantity() = default;
    constexpr explicit Quantity(double v) : m_value(v) { }
    constexpr double value() const { return m_value; }

    constexpr Quantity operator+(Quantity o) const { return Quantity(m_value + o.m_value); }
    constexpr Quantity operator-(Quantity o) const { return Quantity(m_value - o.m_value); }
    constexpr Quantity operator*(double k) const { return Quantity(m_value * k); }
    constexpr Quantity operator/(double k) const { return Quantity(m_value / k); }
    constexpr double operator/(Quantity o) const { return m_value / o.m_value; }
    constexpr Quantity &operator+=(Quantity o)
    {
        m_value += o.m_value;
        return *this;
    }
    constexpr Quantity &operator-=(Quantity o)
    {
        m_value -= o.m_value;
        return *this;
    }
    constexpr bool operator==(Quantity o) const { return m_value == o.m_value; }
    constexpr bool operator!=(Quantity o) const { return m_value != o.m_value; }
    constexpr bool operator<(Quantity o) const { return m_value < o.m_value; }
    constexpr bool operator<=(Quantity o) const { return m_value <= o.m_value; }
    constexpr bool operator>(Quantity o) const { return m_value > o.m_value; }
    constexpr bool operator>=(Quantity o) const { return m_value >= o.m_value; }

private:
    double m_value = 0.0;
};

struct MilligramsTag;
struct HoursTag;
struct NgPerMlTag;
struct KilogramsTag;
struct MgPerDayTag;

using Milligrams = Quantity<MilligramsTag>; // amount of drug
using Hours = Quantity<HoursTag>; // durations and model time (t = 0 at 00:00 of day 0)
using NgPerMl = Quantity<NgPerMlTag>; // plasma concentration
using Kilograms = Quantity<KilogramsTag>; // body weight
using MgPerDay = Quantity<MgPerDayTag>; // daily dose or diazepam-equivalent level

constexpr Hours days(double d)
{
    return Hours(24.0 * d);
}

} // namespace lento
