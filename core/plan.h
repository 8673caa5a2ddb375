// The in-memory form of a `lento-plan/1` document (docs/plan-format.md).
// Every level keeps the JSON keys it does not know in `extra`, so a document survives a
// read/write round trip without loss. Times are minutes after midnight (0..1439).
#pragma once

#include "units.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace lento {

struct Dose
{
    QString drug; // catalogue id or plan-defined id
    int minuteOfDay = 0; // "HH:MM" as minutes after 00:00
    Milligrams mg {0.0};
    QJsonObject extra;

    bool operator==(const Dose &o) const
    {
        return drug == o.drug && minuteOfDay == o.minuteOfDay && mg == o.mg && extra == o.extra;
    }
};

struct Step
{
    int day = 0; // whole days from the start date, strictly increasing
    QList<Dose> doses; // empty = everything stopped from this day
    QString note;
    QJsonObject annotations; // planner explanations ("annotations" key); ignored by the model
    QJsonObject extra;

    bool operator==(const Step &o) const
    {
        return day == o.day && doses == o.doses && note == o.note && annotations == o.annotations && extra == o.extra;
    }
};

struct PatientParams
{
    double weightKg = 70.0;
    double halfLifeMultiplier = 1.0;
    int priorAbruptWithdrawals = 0;
    QJsonObject extra;

    bool operator==(const PatientParams &) const = default;
};

// docs/model.md §4 defaults: L50 reproduces the Maudsley occupancy column, τR is the source
// document's hypothetical receptor-recovery constant, h = 1 makes the effect hyperbolic.
struct ModelParams
{
    double tauRDays = 14.0;
    double l50Mg = 24.7;
    double hill = 1.0;
    QJsonObject extra;

    bool operator==(const ModelParams &) const = default;
};

struct Plan
{
    QString title;
    QDate startDate; // invalid = not given
    PatientParams patient;
    ModelParams model;
    QMap<QString, QJsonObject> drugs; // "drugs" entries exactly as written (overrides / definitions)
    QList<Dose> current;
    QList<Step> steps;
    QJsonObject extra; // unknown top-level keys

    // Which optional sections were present, so writing does not invent them. A section whose
    // values differ from the defaults is written even when its flag is false.
    bool hasPatient = false;
    bool hasModel = false;

    bool operator==(const Plan &) const = default;
};

inline constexpr auto kPlanFormat = "lento-plan/1";

} // namespace lento
