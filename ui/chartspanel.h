// The plan's three charts stacked on one shared date axis: prescribed daily dose, plasma
// concentrations with the diazepam-equivalent level, and the modelled withdrawal pressure with
// its four bands. Zoom/pan (wheel + drag) and the hover read-out are shared by the three charts;
// the last saved version can be overlaid. Each chart exports as PNG/SVG and its data as CSV.
#pragma once

#include "modelinput.h"
#include "plan.h"
#include "simulator.h"

#include <QDate>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QToolButton;

namespace lento::ui {

class TaperChart;

class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    enum ChartIndex { DoseChart = 0, ConcentrationChart = 1, PressureChart = 2 };

    explicit ChartsPanel(QWidget *parent = nullptr);
    ~ChartsPanel() override;

    // Replaces all series (QXYSeries::replace, decimated to the pixel width keeping min/max per bucket).
    void setData(const lento::Plan &plan, const lento::ModelInput &input, const lento::SimulationResult &result);
    // The "last saved version" overlay; any nullptr clears it.
    void setComparison(const lento::Plan *plan, const lento::ModelInput *input, const lento::SimulationResult *result);
    void setToday(const QDate &today); // "today" marker; invalid date hides it
    void setLogScale(bool on); // dose and concentration charts (left axes)
    bool logScale() const { return m_logScale; }
    void clear();
    void retranslate(); // titles/axes after a language switch

    // Visible range in plan days (shared by the three charts); resetZoom() shows everything.
    void setVisibleDays(double from, double to);
    QPair<double, double> visibleDays() const;
    void resetZoom();

    bool exportChart(int index, const QString &path, QString *error) const; // .png or .svg by suffix
    bool exportCsv(int index, const QString &path, QString *error) const;

    // For tests: series names and the number of points currently in a series of chart `index`
    // (0 dose, 1 concentration, 2 pressure); -1 when there is no such series.
    QStringList seriesNames(int index) const;
    int pointCount(int index, const QString &seriesName) const;
    TaperChart *chart(int index) const;

Q_SIGNALS:
    void daySelected(double day); // click on a chart

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Data;
    void rebuildCurves();
    void applyScheme();
    void alignPlotAreas();
    void scheduleAlign();
    void syncRange(double from, double to);
    void zoom(double centerDay, double factor);
    void pan(double deltaDays);
    void showHover(TaperChart *source, double day);
    void hideHover();
    void updateToday();
    void showContextMenu(int index, const QPoint &globalPos);
    void exportInteractively(int index, bool data);
    QPair<double, double> fullRange() const;
    static Data makeData(
        const lento::Plan &plan, const lento::ModelInput &input, const lento::SimulationResult &result);

    TaperChart *m_charts[3] = {nullptr, nullptr, nullptr};
    QCheckBox *m_logBox = nullptr;
    QToolButton *m_resetButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QLabel *m_hint = nullptr;
    std::unique_ptr<Data> m_current;
    std::unique_ptr<Data> m_saved;
    QDate m_today;
    bool m_logScale = false;
    bool m_zoomed = false;
    bool m_alignPending = false;
    QStringList m_alignedSignatures; // axis signatures and size at the last alignment
    QSize m_alignedSize;
};

} // namespace lento::ui
