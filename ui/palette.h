// One palette for every chart and band colour in Lento, in a light and a dark variant.
// Print and exported images always use the light variant. Colours were picked to stay apart
// for the common colour-vision deficiencies (Okabe–Ito based) and to keep the band shades
// readable under the curves.
#pragma once

#include "simulator.h"

#include <QColor>
#include <QPalette>

namespace lento::ui::Palette {

bool isDark(const QPalette &palette);

QColor drug(int i, bool dark); // i-th drug of a plan (cycles)
QColor metabolite(int i, bool dark); // the i-th drug's active metabolite (same hue, lighter/darker)
QColor band(lento::Band band, bool dark); // translucent band shade under the pressure curve
QColor bandText(lento::Band band, bool dark);
QColor level(bool dark); // diazepam-equivalent dose and level
QColor pressure(bool dark); // modelled withdrawal pressure
QColor effect(bool dark);
QColor adaptation(bool dark);
QColor comparison(bool dark); // last saved version overlay
QColor today(bool dark);
QColor hover(bool dark); // hover line and read-out frame

QColor background(bool dark); // chart background
QColor plotBackground(bool dark);
QColor text(bool dark);
QColor mutedText(bool dark);
QColor grid(bool dark);
QColor axis(bool dark);

} // namespace lento::ui::Palette
