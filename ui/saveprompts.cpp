// The dialogs around saving a plan (see saveprompts.h).
#include "saveprompts.h"

#include "records.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace lento::ui {

SavePrompts::UnsavedChoice SavePrompts::askUnsaved(QWidget *parent, const QString &patientName, bool writable)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
        tr("The plan for %1 has changes that are not saved.").arg(patientName), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(
        writable ? tr("Save them as a new version?") : tr("The database is read-only; the changes will be lost."));
    if (writable)
        box.addButton(QMessageBox::Save);
    box.addButton(QMessageBox::Discard);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(writable ? QMessageBox::Save : QMessageBox::Cancel);
    const int answer = box.exec();
    if (answer == QMessageBox::Cancel)
        return UnsavedChoice::Cancel;
    if (answer == QMessageBox::Discard)
        return UnsavedChoice::Discard;
    return UnsavedChoice::Save;
}

std::optional<QString> SavePrompts::askComment(QWidget *parent, bool firstVersion)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("saveCommentDialog"));
    dialog.setWindowTitle(tr("Save plan"));
    dialog.setLabelText(firstVersion ? tr("Comment for the plan's first version (optional):")
                                     : tr("Comment for the new version (optional):"));
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue().trimmed();
}

SavePrompts::ConflictChoice SavePrompts::askConflict(QWidget *parent, const lento::store::PlanVersion *newest)
{
    QString who;
    if (newest)
        who = tr("Version %1 was saved by %2 at %3.")
                  .arg(newest->number)
                  .arg(newest->author.isEmpty() ? tr("someone") : newest->author,
                      QLocale().toString(newest->savedAt.toLocalTime(), QLocale::ShortFormat));
    QMessageBox box(QMessageBox::Warning, tr("Plan changed elsewhere"),
        tr("This plan was changed after you opened it. %1").arg(who), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("conflictBox"));
    box.setInformativeText(tr("Reload opens the newest version and discards your changes. Save as new plan keeps "
                              "both: your changes become a separate plan branched from the version you edited."));
    QPushButton *reload = box.addButton(tr("&Reload newest version"), QMessageBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("conflictReload"));
    QPushButton *asNew = box.addButton(tr("Save as &new plan"), QMessageBox::AcceptRole);
    asNew->setObjectName(QStringLiteral("conflictSaveAsNew"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(asNew);
    box.exec();
    if (box.clickedButton() == reload)
        return ConflictChoice::Reload;
    if (box.clickedButton() == asNew)
        return ConflictChoice::SaveAsNew;
    return ConflictChoice::Cancel;
}

} // namespace lento::ui
