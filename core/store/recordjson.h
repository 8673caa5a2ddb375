// JSON forms of the store's records (used by patient export/import, `lento-cli visits add` and the
// audit log) and the rules every stored record must pass. Errors name the field by its JSON path,
// e.g. "visits[2].ciwa_b[7]: must be 0 to 4". Unknown keys are refused so typos do not vanish.
#pragma once

#include "expected.h"
#include "records.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lento::store::RecordJson {

QJsonObject patientToJson(const PatientRecord &patient);
Expected<PatientRecord> patientFromJson(const QJsonObject &object, const QString &path = {});

// A medication's "doses" ([{"time": "08:00", "mg": 1}, ...]) and "needs_review". Files written
// before the regimen was structured have only "regimen" text: it is read with RegimenText, and
// anything not read completely is marked for review.
QJsonObject medicationToJson(const MedicationRecord &medication);
Expected<MedicationRecord> medicationFromJson(const QJsonObject &object, const QString &path = {});
QJsonArray medicationDosesToJson(const QList<MedicationDose> &doses);
Expected<QList<MedicationDose>> medicationDosesFromJson(const QJsonArray &doses, const QString &path);

// A visit as documented in core/store/README.md. "plan" (a plan id) is read by the caller, not here;
// "author" is kept when present.
QJsonObject visitToJson(const VisitRecord &visit);
Expected<VisitRecord> visitFromJson(
    const QJsonObject &object, const QString &path = {}, const QStringList &callerKeys = {});

// The same rules for records that did not come from JSON (the UI). `path` prefixes field names.
Expected<PatientRecord> checkPatient(const PatientRecord &patient, const QString &path = {});
Expected<MedicationRecord> checkMedication(const MedicationRecord &medication, const QString &path = {});
Expected<VisitRecord> checkVisit(const VisitRecord &visit, const QString &path = {});

// Item scores as stored ("0,1,4,..."); an empty string for no score.
QString itemsToText(const std::optional<QList<int>> &items);
std::optional<QList<int>> itemsFromText(const QString &text);

} // namespace lento::store::RecordJson
