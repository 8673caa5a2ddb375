// What a patient handout is made from: the plan, who it is for, who issues it, in which language
// and on which paper. The window fills it from the settings and the patient record; `lento-cli
// handout` fills it from its flags and the patient store. Plain values only, so both can.
#pragma once

#include "plan.h"

#include <QDate>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <QTime>

namespace lento::report {

struct HandoutInput
{
    Plan plan;
    QString language = QStringLiteral("en"); // "en" or "zh_CN": the patient's, not the UI's
    QPageSize::PageSizeId paper = QPageSize::A4; // A4 or Letter

    QString patientName;
    QString patientIdentifier; // clinic record number; may be empty
    QString clinicName;
    QString clinicPhone;
    QString prescriber; // empty = a line to write the name on

    QDate issued; // invalid = today
    QDate startDate; // used when the plan has no start_date
    QDate nextAppointment; // invalid = a blank line to fill in by hand
    QTime nextAppointmentTime; // invalid = no time printed

    QString region; // product set for plans without a "planner"
                    // section (catalogue region id); empty = "uk"
    bool tickBoxes = true; // a box to tick for every day of the calendar
    bool prescriberPage = false; // add the prescriber/pharmacy page
    int supplyDays = 28; // prescription period on that page

    // The plan's critical findings (English messages): a handout is only made once a prescriber
    // has accepted them (a dialog in the window, --accept-critical on the command line).
    QStringList criticalFindings;
    bool criticalAccepted = false;
    bool opioidCoPrescribed = false; // the patient also takes an opioid (changes the safety box)
};

} // namespace lento::report
