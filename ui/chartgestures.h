// Mouse and wheel gestures on one chart view, in plan days: wheel zooms around the pointer,
// dragging pans, a click selects a day, a double click asks for the whole plan, and moving over
// the plot reports the hovered day. The charts panel applies them to all charts at once.
#pragma once

#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QPointF>

#include <functional>

class QChart;
class QChartView;

namespace lento::ui {

class ChartGestures : public QObject
{
    Q_OBJECT
public:
    // `visibleDays` gives the chart's current visible range (first, last plan day).
    ChartGestures(
        QChartView *view, QChart *chart, std::function<QPair<double, double>()> visibleDays, QObject *parent = nullptr);

    // The plan day under a viewport position, and whether the position is over the plot.
    double dayAt(const QPointF &viewportPos) const;
    bool overPlot(const QPointF &viewportPos) const;

Q_SIGNALS:
    void zoomRequested(double centerDay, double factor); // factor < 1 zooms in
    void panRequested(double deltaDays);
    void hovered(double day);
    void hoverLeft();
    void clicked(double day);
    void resetRequested();
    void contextMenuRequested(const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QChartView *m_view;
    // The viewport being watched, kept here so events sent while the view is being destroyed are
    // recognised without calling into the half-destroyed view.
    QPointer<QWidget> m_viewport;
    QChart *m_chart;
    std::function<QPair<double, double>()> m_visibleDays;
    bool m_pressed = false;
    bool m_dragged = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
};

} // namespace lento::ui
