// Numbers in messages, plan titles and notes: plain C-locale decimals with trailing zeros
// dropped ("0.25", "10", "2.4"), never a thousands separator, never "-0". The one formatter
// core's texts and the handout use for such numbers (the window's own fields use QLocale).
#pragma once

#include <QString>

namespace lento {

// `value` with at most `maxDecimals` decimals, trailing zeros and a trailing point dropped.
QString formatNumber(double value, int maxDecimals = 3);

} // namespace lento
