// One medication's doses (see medicationdosesdialog.h).
#include "medicationdosesdialog.h"

#include "catalogue.h"
#include "displaytext.h"
#include "patientcontext.h"
#include "plandocument.h"
#include "regimeneditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace lento::ui {

MedicationDosesDialog::MedicationDosesDialog(const QString &drug, const lento::store::MedicationRecord &medication,
    const lento::Catalogue *catalogue, QWidget *parent)
    : QDialog(parent),
      m_drug(drug),
      m_catalogue(catalogue),
      m_editor(new RegimenEditor(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("medicationDosesDialog"));
    const QString name = DisplayText::drugName(drug, catalogue);
    setWindowTitle(tr("Doses of %1").arg(name));
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 60);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The dose taken at each time of day. New plans start from these doses."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (medication.needsReview) {
        auto *review = new QLabel(this);
        review->setObjectName(QStringLiteral("reviewNote"));
        review->setWordWrap(true);
        review->setText(tr("To review: the regimen was typed as “%1” and could not be read completely. Enter "
                           "each dose with its time; the doses below are what could be read.")
                            .arg(medication.regimen));
        layout->addWidget(review);
    }
    m_editor->setCatalogue(catalogue);
    lento::store::MedicationRecord shown = medication;
    shown.drug = drug;
    m_editor->setDoses(PatientContext::doses(shown));
    layout->addWidget(m_editor);
    m_problem->setObjectName(QStringLiteral("problems"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MedicationDosesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<lento::store::MedicationDose> MedicationDosesDialog::doses() const
{
    return PatientContext::medicationDoses(m_editor->doses());
}

QString MedicationDosesDialog::validate()
{
    QString message;
    QList<int> times;
    for (const lento::Dose &d : m_editor->doses()) {
        if (d.drug != m_drug) {
            message = tr("Every dose here is of %1; enter %2 as a medication of its own.")
                          .arg(DisplayText::drugName(m_drug, m_catalogue), DisplayText::drugName(d.drug, m_catalogue));
            break;
        }
        if (d.mg.value() <= 0.0) {
            message = tr("Dose at %1: the amount must be more than 0 mg.")
                          .arg(lento::PlanDocument::formatTime(d.minuteOfDay));
            break;
        }
        if (times.contains(d.minuteOfDay)) {
            message = tr("Two doses at the same time: give each time one dose.");
            break;
        }
        times.append(d.minuteOfDay);
    }
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    return message;
}

void MedicationDosesDialog::accept()
{
    if (validate().isEmpty())
        QDialog::accept();
}

} // namespace lento::ui
