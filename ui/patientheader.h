// The patient's header above the plan editor: name and identifier, age, sex and weight, the
// recorded risk factors, the current regimen from the medication list, the plan being edited
// (a choice when the patient has several) and "Edit patient…".
#pragma once

#include "records.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace lento {
class Catalogue;
}

namespace lento::ui {

class PatientHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PatientHeader(QWidget *parent = nullptr);

    void setCatalogue(const lento::Catalogue *catalogue);
    void setPatient(
        const lento::store::PatientRecord &patient, const QList<lento::store::MedicationRecord> &medications);
    // The patient's plans for the chooser; `current` 0 = a new plan not saved yet.
    void setPlans(const QList<lento::store::PlanRecord> &plans, lento::store::RecordId current);
    void clear();

    // The texts shown, for tests and accessibility.
    QString factsText() const;
    QString risksText() const;
    QString regimenText() const;
    QComboBox *planChooser() const { return m_plans; }
    QPushButton *editButton() const { return m_edit; }

Q_SIGNALS:
    void editRequested();
    void planSelected(lento::store::RecordId planId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTexts();

    const lento::Catalogue *m_catalogue = nullptr;
    lento::store::PatientRecord m_patient;
    QList<lento::store::MedicationRecord> m_medications;
    QList<lento::store::PlanRecord> m_planRecords;
    lento::store::RecordId m_currentPlan = 0;
    bool m_hasPatient = false;

    QLabel *m_name;
    QLabel *m_facts;
    QLabel *m_risks;
    QLabel *m_regimen;
    QLabel *m_planLabel;
    QComboBox *m_plans;
    QPushButton *m_edit;
};

} // namespace lento::ui
