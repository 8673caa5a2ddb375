// The doses of one medication of the patient form, entered with the plan's regimen editor (drug,
// clock time and amount per dose). A medication whose typed regimen could not be read shows that
// text above the editor; OK with the doses checked marks it reviewed.
#pragma once

#include "records.h"

#include <QDialog>

class QLabel;

namespace lento {
class Catalogue;
}

namespace lento::ui {

class RegimenEditor;

class MedicationDosesDialog : public QDialog
{
    Q_OBJECT
public:
    MedicationDosesDialog(const QString &drug, const lento::store::MedicationRecord &medication,
        const lento::Catalogue *catalogue, QWidget *parent = nullptr);

    QList<lento::store::MedicationDose> doses() const;
    RegimenEditor *editor() const { return m_editor; }
    QLabel *problemLabel() const { return m_problem; }
    // Empty when every dose is of the medication's drug; else the message shown.
    QString validate();

public Q_SLOTS:
    void accept() override;

private:
    QString m_drug;
    const lento::Catalogue *m_catalogue;
    RegimenEditor *m_editor;
    QLabel *m_problem;
};

} // namespace lento::ui
