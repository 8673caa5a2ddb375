// The data behind one chart, independent of Qt Charts: full-resolution curves in plan days with
// their light and dark colours, and shaded horizontal bands. TaperChart draws them, ChartExport
// writes them as CSV, and a handout can paint the same curves without the chart widgets.
#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace lento::ui {

struct ChartCurve
{
    QString key; // stable id: "dose:<drug>", "level", "saved:pressure", ...
    QString name; // legend and CSV header, translated, with the unit
    QColor light; // colour on a light background (also print and export)
    QColor dark; // colour on a dark background
    Qt::PenStyle style = Qt::SolidLine;
    double width = 2.0;
    bool step = false; // value holds until the next point (prescribed dose)
    bool rightAxis = false; // plotted against the right-hand axis
    int decimals = 2; // read-out and CSV precision
    // Shared, immutable data: copying a curve (between the panel, the chart and an overlay) is cheap.
    std::shared_ptr<const std::vector<double>> x; // plan days, ascending (may be shared by curves)
    std::shared_ptr<const std::vector<double>> y;

    std::size_t size() const { return x && y ? std::min(x->size(), y->size()) : 0; }
    double yAt(std::size_t i) const { return (*y)[i]; }
    // The curve's value at `day`: linear between samples, or the last value at or before `day`
    // for step curves. NaN outside the curve's range.
    double valueAt(double day) const;
};

struct ChartBand
{
    double from = 0.0; // left-axis values; `to` may be +infinity (to the top)
    double to = 0.0;
    QColor light;
    QColor dark;
    QColor textLight;
    QColor textDark;
    QString label;
};

} // namespace lento::ui
