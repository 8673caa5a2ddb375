// The patient form: identifier, name, date of birth, sex, weight, handout language, notes, the
// risk factors the checks and the model use (seizures, earlier abrupt withdrawals, opioids,
// alcohol, liver, pregnancy) and the medication list. Accepting checks the required fields and
// names the first bad one; the caller writes the result to the store.
#pragma once

#include "records.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace lento {
class Catalogue;
}

namespace lento::ui {

class PatientFormDialog : public QDialog
{
    Q_OBJECT
public:
    // `patient.id == 0` makes it a "New patient" form.
    PatientFormDialog(const lento::store::PatientRecord &patient,
        const QList<lento::store::MedicationRecord> &medications, const lento::Catalogue *catalogue,
        QWidget *parent = nullptr);

    // What the form holds now (id and revision carried over from the record given).
    lento::store::PatientRecord patient() const;
    QList<lento::store::MedicationRecord> medications() const; // id 0 = new
    QList<lento::store::RecordId> removedMedications() const; // stored ones the user removed

    // Checks the form; on a problem shows it, focuses the field and returns its message.
    QString validate();
    void accept() override;

    // For tests.
    QLineEdit *identifierField() const { return m_identifier; }
    QLineEdit *nameField() const { return m_name; }
    QDateEdit *birthField() const { return m_birth; }
    QDoubleSpinBox *weightField() const { return m_weight; }
    QSpinBox *abruptField() const { return m_abrupt; }
    QCheckBox *seizureField() const { return m_seizure; }
    int medicationRows() const { return int(m_rows.size()); }
    void addMedicationRow(const lento::store::MedicationRecord &medication = {});
    void removeMedicationRow(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        lento::store::MedicationRecord record;
        QComboBox *drug = nullptr;
        QPushButton *doses = nullptr; // shows the doses; opens MedicationDosesDialog
        QDateEdit *since = nullptr;
        QLineEdit *indication = nullptr;
        QPushButton *remove = nullptr;
    };

    void retranslateUi();
    void rebuildMedicationGrid();
    QString drugId(const Row &row) const;
    void editDoses(QPushButton *button);
    void updateDosesButton(Row &row);
    QString fail(QWidget *field, const QString &message);

    lento::store::PatientRecord m_record;
    const lento::Catalogue *m_catalogue;
    QList<Row> m_rows;
    QList<lento::store::RecordId> m_removed;

    QLineEdit *m_identifier;
    QLineEdit *m_name;
    QDateEdit *m_birth;
    QComboBox *m_sex;
    QDoubleSpinBox *m_weight;
    QComboBox *m_handoutLanguage;
    QPlainTextEdit *m_notes;
    QCheckBox *m_seizure;
    QSpinBox *m_abrupt;
    QCheckBox *m_opioid;
    QComboBox *m_alcohol;
    QCheckBox *m_liver;
    QCheckBox *m_pregnant;
    QGridLayout *m_medGrid;
    QPushButton *m_addMedication;
    QLabel *m_error;
    QList<QLabel *> m_labels; // form labels, retranslated by index
    QList<QLabel *> m_medHeaders; // drug, regimen, since, indication
    QList<QWidget *> m_groups; // group boxes
};

} // namespace lento::ui
