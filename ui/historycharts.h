// The history's two charts on one date axis: the planned daily dose against the doses actually
// taken (with plan versions marked), and the symptom totals recorded at visits over the
// modelled withdrawal pressure of the plan in force. The post-taper follow-up is shaded as its
// own phase on both. Series are swapped whole (QXYSeries::replace); animations are off.
#pragma once

#include <QDate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QAbstractSeries;
class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace lento {
class Catalogue;
}

namespace lento::ui {

class HistoryData;

class HistoryCharts : public QWidget
{
    Q_OBJECT
public:
    enum ChartIndex { DoseChart = 0, SymptomChart = 1 };

    explicit HistoryCharts(QWidget *parent = nullptr);
    ~HistoryCharts() override;

    void setData(const HistoryData &data, const lento::Catalogue *catalogue);
    void clear();

    // For tests: visible series names (legend order) and the points a named series holds
    // (all segments of a broken line together); -1 for an unknown name.
    QStringList seriesNames(int chart) const;
    int pointCount(int chart, const QString &name) const;
    QPair<QDate, QDate> dateRange() const;
    // The chart drawn at `size` in the light scheme, for print.
    QImage render(int chart, const QSize &size);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Chart;
    void build(Chart &chart, bool rightAxis);
    void retranslate();
    void retranslate(Chart &chart, int index);
    void applyScheme(bool dark);
    void applyScheme(Chart &chart, bool dark);
    void rebuild();
    void populate(Chart &chart, int index);
    QLineSeries *addLine(Chart &chart, const QString &key, const QList<QList<QPointF>> &segments, bool rightAxis);
    void addPhase(Chart &chart, double top);
    void clearSeries(Chart &chart);

    Chart *m_charts[2] = {nullptr, nullptr};
    const lento::Catalogue *m_catalogue = nullptr;
    // What the charts show, kept so a language or palette change can redraw without the data.
    struct Content;
    Content *m_content = nullptr;
};

} // namespace lento::ui
