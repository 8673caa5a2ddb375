// Lento's chart palette (see palette.h). Hues follow the Okabe–Ito set, which stays
// distinguishable for protanopia, deuteranopia and tritanopia; the dark variants are lifted so
// they keep contrast on a dark plot background.
#include "palette.h"

#include <array>

namespace lento::ui::Palette {

namespace {

QColor pick(bool dark, const char *lightHex, const char *darkHex)
{
    return QColor::fromString(QLatin1String(dark ? darkHex : lightHex));
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

// Mixes `c` toward `toward` by `t` (0..1).
QColor mix(const QColor &c, const QColor &toward, double t)
{
    return QColor::fromRgbF(float(c.redF() + (toward.redF() - c.redF()) * t),
        float(c.greenF() + (toward.greenF() - c.greenF()) * t), float(c.blueF() + (toward.blueF() - c.blueF()) * t));
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor drug(int i, bool dark)
{
    static constexpr std::array<const char *, 5> light = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#B8860B"};
    static constexpr std::array<const char *, 5> darkSet = {"#56B4E9", "#FF8A3D", "#2ED3A0", "#E8A3CB", "#F0C23B"};
    const std::size_t k = std::size_t(i < 0 ? 0 : i) % light.size();
    return pick(dark, light[k], darkSet[k]);
}

QColor metabolite(int i, bool dark)
{
    // Same hue as the parent, pulled toward the background so parent and metabolite pair up.
    return mix(drug(i, dark), background(dark), 0.35);
}

QColor band(lento::Band b, bool dark)
{
    const int alpha = dark ? 70 : 52;
    switch (b) {
    case lento::Band::Low:
        return withAlpha(pick(dark, "#009E73", "#1FA37E"), alpha);
    case lento::Band::Moderate:
        return withAlpha(pick(dark, "#E8D500", "#D9C94A"), dark ? 70 : 80);
    case lento::Band::High:
        return withAlpha(pick(dark, "#E69F00", "#E69F00"), alpha + 8);
    case lento::Band::Severe:
        return withAlpha(pick(dark, "#D55E00", "#E0541B"), alpha + 12);
    }
    return QColor();
}

QColor bandText(lento::Band b, bool dark)
{
    switch (b) {
    case lento::Band::Low:
        return pick(dark, "#00674B", "#6FD6B3");
    case lento::Band::Moderate:
        return pick(dark, "#7A6A00", "#E6DA7A");
    case lento::Band::High:
        return pick(dark, "#8F5A00", "#F3BE5A");
    case lento::Band::Severe:
        return pick(dark, "#9C3A00", "#FF9A6B");
    }
    return QColor();
}

QColor level(bool dark)
{
    return pick(dark, "#222222", "#EDEDED");
}
QColor pressure(bool dark)
{
    return pick(dark, "#B2182B", "#FF6B6B");
}
QColor effect(bool dark)
{
    // Partly transparent: the effect swings between doses and would otherwise hide the bands
    // and the adaptation line drawn beside it.
    QColor c = pick(dark, "#0072B2", "#56B4E9");
    c.setAlpha(150);
    return c;
}
QColor adaptation(bool dark)
{
    return pick(dark, "#6A3D9A", "#C3A6E3");
}
QColor comparison(bool dark)
{
    return pick(dark, "#8C8C8C", "#9AA0A6");
}
QColor today(bool dark)
{
    return pick(dark, "#C51B7D", "#F49AC8");
}
QColor hover(bool dark)
{
    return pick(dark, "#5F6368", "#BDC1C6");
}

QColor background(bool dark)
{
    return pick(dark, "#FFFFFF", "#1F2023");
}
QColor plotBackground(bool dark)
{
    return pick(dark, "#FFFFFF", "#26282C");
}
QColor text(bool dark)
{
    return pick(dark, "#202124", "#E8EAED");
}
QColor mutedText(bool dark)
{
    return pick(dark, "#5F6368", "#A8ADB3");
}
QColor grid(bool dark)
{
    return pick(dark, "#E6E6E6", "#3A3D42");
}
QColor axis(bool dark)
{
    return pick(dark, "#9E9E9E", "#6B6F75");
}

} // namespace lento::ui::Palette
