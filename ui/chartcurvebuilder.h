// Turns a resolved plan and its simulation into the curves of the three charts: prescribed
// daily dose per drug and in diazepam equivalents (step lines), plasma concentrations per drug
// and active metabolite with the diazepam-equivalent level, and the modelled withdrawal
// pressure with effect and adaptation. Names are translated; keys stay stable across languages.
#pragma once

#include "chartcurve.h"
#include "modelinput.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lento::ui {

class ChartCurveBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartCurveBuilder)
public:
    ChartCurveBuilder(const lento::ModelInput &input, const lento::SimulationResult &result);

    QList<ChartCurve> dose() const; // "dose:<drug>" per drug, "dose:total" (diazepam-eq.)
    QList<ChartCurve> concentration() const; // "conc:<drug>", "met:<drug>", "level" (right axis)
    QList<ChartCurve> pressure() const; // "pressure"; "effect", "adaptation" (right axis)
    double lastDay() const { return m_lastDay; }

    // The same curve as the "last saved version" overlay: key "saved:<key>", dashed and grey.
    static ChartCurve asSaved(ChartCurve curve, const QList<lento::DrugParams> &drugs);
    // Which curves of a chart are overlaid for the saved version.
    static bool comparedWhenSaved(const QString &key);
    // The translated name of a curve key; `drugs` gives the drug names.
    static QString nameFor(const QString &key, const QList<lento::DrugParams> &drugs);
    // The four withdrawal-pressure bands of docs/model.md §4 (low, moderate, high, severe).
    static QList<ChartBand> pressureBands();

    // Diazepam-equivalent daily dose of a list of doses (Σ mg × 10 / Deq).
    static double diazepamEquivalent(const QList<lento::Dose> &doses, const lento::ModelInput &input);

private:
    const lento::ModelInput &m_input;
    const lento::SimulationResult &m_result;
    std::shared_ptr<const std::vector<double>> m_days; // sample times in plan days
    double m_lastDay = 0.0;
};

} // namespace lento::ui
