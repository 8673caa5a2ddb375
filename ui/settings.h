// The application settings the prescriber can change (Settings dialog), kept in QSettings:
// planner defaults for new plans (strategy, pace, equivalence source, region, product forms),
// the model's hypothesis parameters, the clinician name written to the audit log, the clinic
// printed on patient handouts, the language, the visit intervals.
#pragma once

#include "patientfilters.h"
#include "plannerdefaults.h"

#include <QString>

class QSettings;

namespace lento::ui {

struct AppSettings
{
    PlannerDefaults planner; // includes the model parameters (τR, L50, Hill)
    QString clinician; // empty = the operating-system user name
    QString clinicName; // printed on handouts; may be empty
    QString clinicPhone; // printed on handouts; may be empty
    QString language; // "en" or "zh_CN"; empty = follow the system
    PatientFilterSettings visits; // when a visit is due, how long follow-up lasts (patient list filters)

    // Defaults for this machine: the region follows the system locale (China -> "cn", ...).
    static AppSettings defaults();
    // Reads what is stored; missing or unreadable values fall back to defaults().
    static AppSettings load(QSettings &settings);
    // load() from the program's QSettings (organisation and application name).
    static AppSettings loadStored();
    void save(QSettings &settings) const;

    bool operator==(const AppSettings &) const = default;
};

} // namespace lento::ui
