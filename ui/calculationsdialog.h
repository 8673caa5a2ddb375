// "Show calculations" for one step: the doses and their compositions, the diazepam equivalence
// used for each drug and its source, the daily diazepam-equivalent dose, the realised cut from
// the previous step, modelled receptor occupancy before and after, and the modelled withdrawal
// pressure over the step. Every model figure is labelled "modelled".
#pragma once

#include "modelinput.h"
#include "planner.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QDialog>

class QTextBrowser;

namespace lento::ui {

class CalculationsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CalculationsDialog(QWidget *parent = nullptr);

    // `result` may be null (no simulation available).
    void showStep(const lento::Plan &plan, int step, const lento::Catalogue &catalogue,
        const lento::PlannerRequest &fallback, const lento::SimulationResult *result);
    QString html() const;

    // The page for `step` as HTML (also used by tests).
    static QString render(const lento::Plan &plan, int step, const lento::Catalogue &catalogue,
        const lento::PlannerRequest &fallback, const lento::SimulationResult *result);

private:
    QTextBrowser *m_text;
};

} // namespace lento::ui
