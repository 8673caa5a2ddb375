// Lays out a chart's vertical axis title in lines that fit the plot's height: Qt Charts cuts a
// title longer than the axis to "…", which lost most of a Chinese title on the stacked charts.
// Breaks where the script allows (spaces; between Chinese characters), as HTML lines; a title
// that needs too many lines is left out rather than cut.
#pragma once

#include <QFont>
#include <QString>

namespace lento::ui {

class AxisTitle
{
public:
    // `title` unchanged when it fits in `length` pixels; else its lines, each at most `length`
    // wide where a break allows it, HTML-escaped and joined with <br>; empty when that takes more
    // than `maxLines` lines (a plot that short shows no title: the legend names the curves and
    // their units).
    static QString fit(const QString &title, const QFont &font, int length, int maxLines = 3);
};

} // namespace lento::ui
