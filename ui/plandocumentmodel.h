// Owns the plan being edited and its undo stack. Its facade is the only way to change the
// plan: every method validates, computes the edited plan (PlanEdits), and pushes one
// PlanCommand; then `changed()` fires once. Views and the recompute path listen to that one
// signal. Failed edits change nothing and return a message naming the field.
#pragma once

#include "planedits.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace lento::ui {

class PlanCommand;

class PlanDocumentModel : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = true;
        QString error; // "field: message" when !ok
        QString note; // information for the user (e.g. a dose was rounded), may be empty
        explicit operator bool() const { return ok; }
    };

    explicit PlanDocumentModel(QObject *parent = nullptr);
    ~PlanDocumentModel() override;

    void setCatalogue(const lento::Catalogue *catalogue);
    const lento::Catalogue *catalogue() const { return m_context.catalogue; }
    // Region, forms, equivalence and step length used when the plan has no "planner" key.
    void setFallbackRequest(const lento::PlannerRequest &request, int defaultDays);
    const PlanEdits::Context &context() const { return m_context; }

    const lento::Plan &plan() const { return m_plan; }
    QUndoStack *undoStack() const { return m_undo; }
    // The step the last edit, undo or redo concerned (-1 = none).
    int focusStep() const { return m_focusStep; }
    // Monotonic counter of plan changes (for caches and coalescing).
    quint64 revision() const { return m_revision; }

    // Replaces the plan without undo (opening a saved plan); clears the history, marks clean.
    void resetPlan(const lento::Plan &plan);

    // The edit facade. Each is one undoable step.
    Result setDoseAmount(int step, const QString &drug, int minuteOfDay, double mg);
    Result setDose(int step, int doseIndex, const lento::Dose &dose);
    Result addDose(int step, const lento::Dose &dose);
    Result removeDose(int step, int doseIndex);
    Result setStepLength(int step, int days);
    Result insertStep(int after);
    Result insertHold(int after, int days);
    Result deleteStep(int step);
    Result splitStep(int step);
    Result mergeWithNext(int step);
    Result setNote(int step, const QString &note);
    Result setStartDate(const QDate &date);
    // The plan's title; consecutive calls make one undo step.
    Result setTitle(const QString &title);
    Result regenerateFrom(int step, const lento::PlannerRequest &request);
    Result generate(const lento::PlannerRequest &request);
    // A whole plan from elsewhere (import), as one undoable step.
    Result replacePlan(const lento::Plan &plan, const QString &text);

Q_SIGNALS:
    void changed(); // the one change signal: the plan is different (edit, undo, redo, reset)
    // After undo or redo (not after a new edit): views that mirror the plan elsewhere (the
    // planner form) show it again.
    void restored();

private:
    friend class PlanCommand;
    void applySnapshot(const lento::Plan &plan, int focusStep);
    Result push(const Expected<lento::Plan> &edited, const QString &text, int focusStep, const QString &note = {},
        int mergeId = -1);

    lento::Plan m_plan;
    QUndoStack *m_undo;
    PlanEdits::Context m_context;
    int m_focusStep = -1;
    quint64 m_revision = 0;
    bool m_pushing = false; // a new command's first redo() is not a restore
};

} // namespace lento::ui
