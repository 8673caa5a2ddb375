// Filling and confirming the window's handout input (see handoutrequest.h).
#include "handoutrequest.h"

#include "handoutactions.h"
#include "handoutoptionsdialog.h"

#include <QLocale>
#include <QSettings>

namespace lento::ui {

report::HandoutInput HandoutRequest::input(const lento::Plan &plan, const lento::store::PatientRecord &patient,
    const AppSettings &settings, const QString &windowLanguage)
{
    report::HandoutInput in;
    in.plan = plan;
    in.language = !patient.handoutLanguage.isEmpty() ? patient.handoutLanguage : windowLanguage;
    const QLocale::Territory territory = QLocale::system().territory();
    in.paper = territory == QLocale::UnitedStates || territory == QLocale::Canada ? QPageSize::Letter : QPageSize::A4;
    in.patientName = patient.name;
    in.patientIdentifier = patient.identifier;
    in.clinicName = settings.clinicName;
    in.clinicPhone = settings.clinicPhone;
    in.prescriber = settings.clinician;
    in.issued = QDate::currentDate();
    in.startDate = in.plan.startDate.isValid() ? in.plan.startDate : QDate::currentDate();
    in.region = settings.planner.region;
    in.opioidCoPrescribed = patient.risks.opioidCoPrescription;
    return in;
}

std::optional<report::HandoutInput> HandoutRequest::ask(
    QWidget *parent, report::HandoutInput input, const QList<lento::Check> &checks)
{
    if (!acknowledgeCriticalFindings(parent, checks, &input))
        return std::nullopt;
    QSettings qs;
    HandoutOptionsDialog::applyRemembered(input, qs);
    HandoutOptionsDialog dialog(input, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    input = dialog.input();
    HandoutOptionsDialog::remember(input, qs);
    return input;
}

} // namespace lento::ui
