// The one place Lento touches Qt Charts: a chart of ChartCurves against plan days, with an
// optional right-hand axis, shaded bands, a "today" marker, a hover line with a read-out, and a
// date (or plan-day) axis whose ticks follow the visible range. Curves are kept at full
// resolution and handed to Qt Charts decimated to the plot width with QXYSeries::replace().
// Mouse gestures (ChartGestures) are reported as signals so several charts share zoom and pan.
#pragma once

#include "chartcurve.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAbstractAxis;
class QAreaSeries;
class QCategoryAxis;
class QChart;
class QChartView;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QLineSeries;
class QLogValueAxis;
class QPainter;
class QValueAxis;

namespace lento::ui {

class TaperChart : public QWidget
{
    Q_OBJECT
public:
    explicit TaperChart(QWidget *parent = nullptr);
    ~TaperChart() override;

    void setTitle(const QString &title);
    QString title() const;
    void setAxisTitles(const QString &left, const QString &right); // empty right: no right axis
    void setDateOrigin(const QDate &start); // x labels as dates; invalid: "day n"
    void setXLabelsVisible(bool visible); // the shared axis is labelled on the last chart

    void setCurves(const QList<ChartCurve> &curves); // swaps every series (decimated) at once
    const QList<ChartCurve> &curves() const { return m_curves; }
    void setBands(const QList<ChartBand> &bands);
    void setLogScale(bool on); // left axis logarithmic (values <= 0 drawn at the floor)
    void setFullRange(double fromDay, double toDay);
    void setVisibleRange(double fromDay, double toDay);
    double visibleFrom() const { return m_from; }
    double visibleTo() const { return m_to; }
    void setToday(std::optional<double> day, const QString &label);
    void setDark(bool dark);
    void setHoverDay(std::optional<double> day, bool showReadOut);

    // Plot area alignment across stacked charts: the plot area with the normal margins, and
    // extra left/right margins (pixels) that bring it in line with the others.
    QRectF naturalPlotArea();
    void setExtraMargins(int left, int right);
    int plotWidth() const;
    // Changes when the axes' ranges (and so their label widths) change.
    QString axisSignature() const;

    // For tests and export.
    QStringList seriesNames() const;
    int pointCount(const QString &name) const;
    // Paints the chart at `size` (logical pixels) into `painter`, always in the light scheme,
    // with x labels and without hover decorations (print, PNG and SVG export).
    void paintForExport(QPainter *painter, const QSize &size);
    QString readOut(double day) const; // the hover text (HTML)

Q_SIGNALS:
    void zoomRequested(double centerDay, double factor);
    void panRequested(double deltaDays);
    void hovered(double day);
    void hoverLeft();
    void clicked(double day);
    void resetRequested();
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshSeries();
    void refreshYAxes();
    void refreshXAxis();
    void refreshBands();
    void refreshDecorations();
    // The chart title when the chart is tall enough, the axis titles in lines that fit the plot.
    void fitAxisTitles();
    void applyColours();
    void rebuildLeftAxis();
    double logFloor() const;
    void relayout();
    void applyPen(int i, qsizetype pointCount);
    QColor colour(const ChartCurve &c) const { return m_dark ? c.dark : c.light; }

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QCategoryAxis *m_xAxis = nullptr;
    QAbstractAxis *m_leftAxis = nullptr;
    QValueAxis *m_rightAxis = nullptr;
    QList<ChartCurve> m_curves;
    QList<QLineSeries *> m_series; // parallel to m_curves
    QList<QList<QPointF>> m_shown; // the points last handed to each series
    QList<ChartBand> m_bands;
    QList<QAreaSeries *> m_bandSeries;
    QList<QGraphicsRectItem *> m_bandLabels; // plates with the band names
    QGraphicsLineItem *m_todayLine = nullptr;
    QGraphicsSimpleTextItem *m_todayLabel = nullptr;
    QGraphicsLineItem *m_hoverLine = nullptr;
    QGraphicsRectItem *m_readOutBox = nullptr;
    QGraphicsTextItem *m_readOutText = nullptr;

    QDate m_origin;
    QString m_title;
    QString m_leftTitle;
    QString m_rightTitle;
    bool m_log = false;
    bool m_dark = false;
    bool m_xLabels = true;
    bool m_exporting = false;
    double m_fullFrom = 0.0, m_fullTo = 1.0;
    double m_from = 0.0, m_to = 1.0;
    double m_leftMin = 0.0, m_leftMax = 1.0;
    std::optional<double> m_today;
    QString m_todayText;
    std::optional<double> m_hoverDay;
    bool m_hoverReadOut = false;
    int m_decimatedWidth = 0;
};

} // namespace lento::ui
