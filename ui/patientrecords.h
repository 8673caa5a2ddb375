// Adding and editing a patient through the patient form and writing the result to the store:
// the patient record (revision-checked), then its medications (added, changed, removed).
// A duplicate identifier reopens the form with what was typed; failures are shown, not thrown.
#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QWidget;

namespace lento {
class Catalogue;
}
namespace lento::store {
class Store;
}

namespace lento::ui {

class PatientRecords
{
    Q_DECLARE_TR_FUNCTIONS(PatientRecords)
public:
    // Runs the "New patient" form until it is saved or cancelled; the new patient's id.
    static std::optional<lento::store::RecordId> add(
        QWidget *parent, lento::store::Store &store, const lento::Catalogue *catalogue);
    // Runs the "Edit patient" form; true when something was written.
    static bool edit(QWidget *parent, lento::store::Store &store, const lento::Catalogue *catalogue,
        const lento::store::PatientRecord &patient, const QList<lento::store::MedicationRecord> &medications);
    // Writes the form's medication list against what is stored; the problems met, if any.
    static QStringList writeMedications(lento::store::Store &store, lento::store::RecordId patientId,
        const QList<lento::store::MedicationRecord> &before, const QList<lento::store::MedicationRecord> &after,
        const QList<lento::store::RecordId> &removed);

private:
    static void warn(QWidget *parent, const QString &title, const QString &message);
};

} // namespace lento::ui
