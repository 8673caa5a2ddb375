// The patient handout the workspace window makes for the open plan: its input filled from the
// plan, the patient record, the settings and the window's language, and the questions asked
// before one is printed or exported (critical findings to accept, then the handout options).
#pragma once

#include "checks.h"
#include "handoutinput.h"
#include "plan.h"
#include "records.h"
#include "settings.h"

#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace lento::ui {

class HandoutRequest
{
public:
    // The patient's handout language if set, else `windowLanguage`; clinic and prescriber from
    // `settings`; Letter paper in the United States and Canada, else A4; issued today.
    static report::HandoutInput input(const lento::Plan &plan, const lento::store::PatientRecord &patient,
        const AppSettings &settings, const QString &windowLanguage);

    // Asks the prescriber to accept the plan's critical findings, then shows the options dialog
    // (what is remembered for the clinic is filled in and kept). Nothing when either is declined.
    static std::optional<report::HandoutInput> ask(
        QWidget *parent, report::HandoutInput input, const QList<lento::Check> &checks);
};

} // namespace lento::ui
