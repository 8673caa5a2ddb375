// Snapshot undo command for plan edits (see plancommands.h).
#include "plancommands.h"

#include "plandocumentmodel.h"

namespace lento::ui {

PlanCommand::PlanCommand(
    PlanDocumentModel *document, Plan before, Plan after, const QString &text, int focusStep, int mergeId)
    : m_document(document),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_focusStep(focusStep),
      m_mergeId(mergeId)
{
    setText(text);
}

bool PlanCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const PlanCommand *>(other);
    m_after = next->m_after;
    return true;
}

void PlanCommand::undo()
{
    m_document->applySnapshot(m_before, m_focusStep);
}

void PlanCommand::redo()
{
    m_document->applySnapshot(m_after, m_focusStep);
}

} // namespace lento::ui
