// The one undo command for plan edits: it holds the plan before and after an edit (snapshots
// share their data implicitly, so they are cheap) and swaps them on undo/redo, so undoing
// restores the exact plan, annotations included. PlanDocumentModel's facade creates them;
// nothing else changes a plan.
#pragma once

#include "plan.h"

#include <QUndoCommand>

namespace lento::ui {

class PlanDocumentModel;

class PlanCommand : public QUndoCommand
{
public:
    // `focusStep`: the step to select after redo (-1 = leave the selection alone); undo selects
    // the same step clamped to the restored plan.
    // Commands with the same `mergeId` (>= 0) pushed one after another become one undo step
    // (typing a title letter by letter).
    PlanCommand(PlanDocumentModel *document, lento::Plan before, lento::Plan after, const QString &text, int focusStep,
        int mergeId = -1);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    const lento::Plan &before() const { return m_before; }
    const lento::Plan &after() const { return m_after; }

private:
    PlanDocumentModel *m_document;
    lento::Plan m_before;
    lento::Plan m_after;
    int m_focusStep;
    int m_mergeId;
};

} // namespace lento::ui
