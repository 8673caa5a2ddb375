// The plan editor: the planner form (regimen, strategy, pace), the editable steps table, the
// checks panel and the three charts. Every change goes through PlanDocumentModel's undo
// commands; the Recomputer reruns simulation and checks after each one and feeds the charts.
#pragma once

#include "checks.h"
#include "plan.h"
#include "plandocumentmodel.h"
#include "planner.h"
#include "plannerdefaults.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QTableView;
class QUndoStack;

namespace lento {
class Catalogue;
}

namespace lento::ui {

class ChartsPanel;
class PlannerForm;
class PlannerFormSync;
class Recomputer;
class StepsTableModel;
class ChecksModel;
class ChecksPanel;
class StepDosesModel;

class PlanEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PlanEditor(QWidget *parent = nullptr);
    ~PlanEditor() override;

    void setCatalogue(const lento::Catalogue *catalogue);
    void setSettings(const PlannerDefaults &defaults);
    void setPatientContext(const lento::PatientParams &params, const lento::CheckContext &context);
    void setPlan(const lento::Plan &plan); // clears undo history, marks clean
    void setComparisonPlan(const std::optional<lento::Plan> &saved); // overlay of last saved version
    lento::Plan plan() const;
    QUndoStack *undoStack() const; // isClean() = no unsaved changes
    void markSaved(); // setClean() and comparison := current
    ChartsPanel *charts() const;
    QList<lento::Check> checks() const;
    void retranslate();

    // Parts, for the shell's menus and for tests.
    PlanDocumentModel *document() const;
    StepsTableModel *stepsModel() const;
    StepDosesModel *dosesModel() const;
    ChecksModel *checksModel() const;
    Recomputer *recomputer() const;
    PlannerForm *plannerForm() const;
    PlannerFormSync *formSync() const;
    QTableView *stepsView() const;
    // Insert step, insert hold, delete, split, merge, change length, re-generate, show
    // calculations, opioid co-use (a shell may also put them in a "Plan" menu).
    QList<QAction *> stepActions() const;
    QString message() const; // the last edit error or note shown
    int selectedStep() const; // -1 = none

public Q_SLOTS:
    void selectStep(int stepIndex);
    void generate(); // a new plan from the form (undoable)
    void regenerateFromSelected();
    void showCalculations(); // for the selected step
    void showOpioidDialog();

Q_SIGNALS:
    void planChanged(); // after every edit (and after recompute)
    void recomputed(); // simulation + checks + charts updated

protected:
    void changeEvent(QEvent *event) override;

private:
    void setSelected(int step);
    void updateActions();
    void applyRecompute();
    void report(const PlanDocumentModel::Result &result);
    void showMessage(const QString &text, bool error);

    struct Private;
    Private *d;
};

} // namespace lento::ui
