// The bands of the modelled withdrawal pressure (docs/model.md §4): where each band starts and
// ends on the shown pressure, and the band a value falls in. The one place that holds the
// limits 0.05, 0.15 and 0.30; the simulator, the checks and the charts read them from here.
#pragma once

#include <limits>

namespace lento {

enum class Band { Low = 0, Moderate = 1, High = 2, Severe = 3 };

// Lowest shown pressure of each band above Low: low < 0.05 ≤ moderate < 0.15 ≤ high < 0.30 ≤ severe.
inline constexpr double kModerateBandFrom = 0.05;
inline constexpr double kHighBandFrom = 0.15;
inline constexpr double kSevereBandFrom = 0.30;

// The band a shown pressure falls in.
constexpr Band bandFor(double shownPressure)
{
    if (shownPressure < kModerateBandFrom)
        return Band::Low;
    if (shownPressure < kHighBandFrom)
        return Band::Moderate;
    if (shownPressure < kSevereBandFrom)
        return Band::High;
    return Band::Severe;
}

// Where `band` starts (inclusive) and ends (exclusive; infinity for Severe).
constexpr double bandFrom(Band band)
{
    switch (band) {
    case Band::Low:
        return 0.0;
    case Band::Moderate:
        return kModerateBandFrom;
    case Band::High:
        return kHighBandFrom;
    case Band::Severe:
        return kSevereBandFrom;
    }
    return 0.0;
}

constexpr double bandTo(Band band)
{
    return band == Band::Severe ? std::numeric_limits<double>::infinity() : bandFrom(Band(int(band) + 1));
}

} // namespace lento
