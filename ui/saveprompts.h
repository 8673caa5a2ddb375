// The questions the workspace window asks around saving a plan: what to do with unsaved
// changes, the comment for the new version, and what to do when another program or prescriber
// saved a newer version of the plan first. Each dialog has an object name tests can find.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace lento::store {
struct PlanVersion;
}

namespace lento::ui {

class SavePrompts
{
    Q_DECLARE_TR_FUNCTIONS(SavePrompts)
public:
    enum class UnsavedChoice { Save, Discard, Cancel };
    // "unsavedChangesBox": Save (only offered when `writable`), Discard or Cancel.
    static UnsavedChoice askUnsaved(QWidget *parent, const QString &patientName, bool writable);

    // "saveCommentDialog": the trimmed comment, or nothing when cancelled. `firstVersion`: the
    // plan has not been saved before.
    static std::optional<QString> askComment(QWidget *parent, bool firstVersion);

    enum class ConflictChoice { Reload, SaveAsNew, Cancel };
    // "conflictBox": the plan was saved elsewhere after it was opened. `newest` is the version
    // saved there, null when it could not be read.
    static ConflictChoice askConflict(QWidget *parent, const lento::store::PlanVersion *newest);
};

} // namespace lento::ui
