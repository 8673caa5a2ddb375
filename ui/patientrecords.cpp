// Patient form -> store (see patientrecords.h).
#include "patientrecords.h"

#include "patientformdialog.h"
#include "store.h"

#include <QMessageBox>

#include <algorithm>

namespace lento::ui {

using lento::store::RecordId;

void PatientRecords::warn(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

QStringList PatientRecords::writeMedications(lento::store::Store &store, RecordId patientId,
    const QList<lento::store::MedicationRecord> &before, const QList<lento::store::MedicationRecord> &after,
    const QList<RecordId> &removed)
{
    QStringList problems;
    for (auto m : after) {
        m.patientId = patientId;
        if (m.id == 0) {
            if (const auto r = store.addMedication(m); !r.ok())
                problems << r.error().text();
            continue;
        }
        const auto old = std::find_if(before.cbegin(), before.cend(), [&](const auto &o) { return o.id == m.id; });
        if (old != before.cend() && *old == m)
            continue;
        if (const auto r = store.updateMedication(m); !r.ok())
            problems << r.error().text();
    }
    for (RecordId id : removed)
        if (const auto r = store.removeMedication(id); !r.ok())
            problems << r.error().text();
    return problems;
}

std::optional<RecordId> PatientRecords::add(
    QWidget *parent, lento::store::Store &store, const lento::Catalogue *catalogue)
{
    PatientFormDialog dialog({}, {}, catalogue, parent);
    while (dialog.exec() == QDialog::Accepted) {
        const lento::store::PatientRecord patient = dialog.patient();
        const auto added = store.addPatient(patient);
        if (!added.ok()) {
            warn(parent, tr("New patient"),
                added.kind() == lento::store::ErrorKind::Duplicate
                    ? tr("Identifier: %1 is already used by another patient.").arg(patient.identifier)
                    : tr("The patient could not be added: %1").arg(added.error().text()));
            continue; // the form keeps what was typed
        }
        const QStringList problems = writeMedications(store, added->id, {}, dialog.medications(), {});
        if (!problems.isEmpty())
            warn(parent, tr("New patient"),
                tr("The patient was added, but some medications were not: %1")
                    .arg(problems.join(QStringLiteral("; "))));
        return added->id;
    }
    return std::nullopt;
}

bool PatientRecords::edit(QWidget *parent, lento::store::Store &store, const lento::Catalogue *catalogue,
    const lento::store::PatientRecord &patient, const QList<lento::store::MedicationRecord> &medications)
{
    PatientFormDialog dialog(patient, medications, catalogue, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const lento::store::PatientRecord changed = dialog.patient();
    if (!(changed == patient)) {
        const auto updated = store.updatePatient(changed);
        if (!updated.ok()) {
            warn(parent, tr("Edit patient"),
                updated.isConflict()
                    ? tr("The patient was changed elsewhere after you opened the form; the newest details "
                         "are shown now. Please make your changes again.")
                    : updated.kind() == lento::store::ErrorKind::Duplicate
                    ? tr("Identifier: %1 is already used by another patient.").arg(changed.identifier)
                    : tr("The patient could not be saved: %1").arg(updated.error().text()));
            return true; // re-read either way
        }
    }
    const QStringList problems
        = writeMedications(store, patient.id, medications, dialog.medications(), dialog.removedMedications());
    if (!problems.isEmpty())
        warn(parent, tr("Edit patient"),
            tr("Some medications could not be saved: %1").arg(problems.join(QStringLiteral("; "))));
    return true;
}

} // namespace lento::ui
