// Plain records the patient store reads and writes: patients with their risk factors,
// medications, plans with immutable versions, visits with raw withdrawal-scale items,
// and audit entries. No database types here; the UI and the CLI work with these only.
#pragma once

#include "units.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lento::store {

using RecordId = qint64; // database row id; 0 = not stored yet / none

enum class Sex { Unknown, Female, Male, Other };
enum class AlcoholUse { Unknown, None, Moderate, Heavy };
enum class PlanStatus { Draft, Active, Completed, Abandoned };
enum class VisitDecision { Continue, Hold, Slow, StepBack, Stop };

// Stable text forms used in the database, in JSON and on the command line
// ("female", "moderate", "step_back", ...). fromText returns false for unknown text.
QString toText(Sex v);
QString toText(AlcoholUse v);
QString toText(PlanStatus v);
QString toText(VisitDecision v);
bool fromText(const QString &text, Sex *v);
bool fromText(const QString &text, AlcoholUse *v);
bool fromText(const QString &text, PlanStatus *v);
bool fromText(const QString &text, VisitDecision *v);

struct RiskFactors
{
    bool seizureHistory = false;
    int priorAbruptWithdrawals = 0; // number of earlier abrupt withdrawals
    bool opioidCoPrescription = false;
    AlcoholUse alcohol = AlcoholUse::Unknown;
    bool liverImpairment = false;
    bool pregnant = false;

    bool operator==(const RiskFactors &) const = default;
};

struct PatientRecord
{
    RecordId id = 0;
    QString identifier; // clinic record number, unique, required
    QString name; // required
    QDate dateOfBirth; // invalid = not recorded
    Sex sex = Sex::Unknown;
    std::optional<Kilograms> weight;
    QString handoutLanguage; // e.g. "en", "zh_CN"; empty = application default
    QString notes;
    RiskFactors risks;
    bool archived = false;
    int revision = 0; // bumped by every update; an update must carry the current one
    QDateTime created; // UTC, set by the store
    QDateTime modified; // UTC, set by the store

    bool operator==(const PatientRecord &) const = default;
};

// One row of a patient list: enough to show and pick, cheap to load.
struct PatientSummary
{
    RecordId id = 0;
    QString identifier;
    QString name;
    QDate dateOfBirth;
    bool archived = false;
};

// One dose of a medication's daily regimen.
struct MedicationDose
{
    int minuteOfDay = 0; // 0..1439
    Milligrams mg {0.0};

    bool operator==(const MedicationDose &) const = default;
};

struct MedicationRecord
{
    RecordId id = 0;
    RecordId patientId = 0;
    QString drug; // catalogue id or free text; required
    QList<MedicationDose> doses; // the daily regimen, in time order
    // The regimen as typed before it was structured (kept for review), or a note; never read
    // for doses.
    QString regimen;
    // The typed regimen could not be read completely into doses: a prescriber must check
    // `doses` against `regimen` (the planner does not use the medication until then).
    bool needsReview = false;
    QDate since; // invalid = not recorded
    QString indication;
    QString prescriber;
    int revision = 0;

    bool operator==(const MedicationRecord &) const = default;
};

struct PlanRecord
{
    RecordId id = 0;
    RecordId patientId = 0;
    QString title; // title of the latest version
    PlanStatus status = PlanStatus::Draft;
    bool archived = false;
    RecordId headVersionId = 0; // the newest version; saves must name it as their parent
    int versionCount = 0;
    RecordId branchedFromVersionId = 0; // the version this plan was branched from, or 0
    QDateTime created;
    QDateTime modified;
};

// An immutable saved state of a plan: the full lento-plan/1 document as saved.
struct PlanVersion
{
    RecordId id = 0; // unique across all plans; what the CLI prints
    RecordId planId = 0;
    RecordId parentVersionId = 0; // the version that was edited, or 0 for the first
    int number = 0; // 1, 2, 3 ... within the plan
    QByteArray document; // lento-plan/1 JSON (empty when listed without documents)
    QString title;
    QString author;
    QString comment;
    QDateTime savedAt; // UTC
};

// Doses actually taken since the previous visit: `mg` per dose at `minuteOfDay`
// (-1 = time not recorded), every day from `from` to `to` inclusive.
struct ActualDose
{
    QString drug;
    int minuteOfDay = -1;
    Milligrams mg {0.0};
    QDate from;
    QDate to;

    bool operator==(const ActualDose &) const = default;
};

struct Vitals
{
    std::optional<int> bpSystolic; // mmHg
    std::optional<int> bpDiastolic; // mmHg
    std::optional<int> pulse; // beats/min
    std::optional<double> temperatureC; // °C
    std::optional<int> respirations; // breaths/min

    bool operator==(const Vitals &) const = default;
};

struct VisitRecord
{
    RecordId id = 0;
    RecordId patientId = 0;
    RecordId planId = 0; // the plan followed, or 0
    QDate date; // required
    QList<ActualDose> actualDoses;
    std::optional<QList<int>> ciwaB; // 20 raw item scores 0–4 (WithdrawalScales for totals)
    std::optional<QList<int>> bwsq; // 20 raw item scores 0–2
    Vitals vitals;
    VisitDecision decision = VisitDecision::Continue;
    QString notes;
    QString author; // set by the store
    int revision = 0;
    QDateTime created;
    QDateTime modified;

    bool operator==(const VisitRecord &) const = default;
};

// Everything about one patient, loaded at once for the patient view.
struct PatientHistory
{
    PatientRecord patient;
    QList<MedicationRecord> medications;
    QList<PlanRecord> plans;
    QList<PlanVersion> versions; // all plans' versions, without documents, oldest first
    QList<VisitRecord> visits; // oldest first
};

struct AuditEntry
{
    RecordId id = 0;
    QDateTime when; // UTC
    QString who; // configured clinician name or the OS user name
    QString table; // "patients", "plans", "plan_versions", "visits", ...
    RecordId recordId = 0;
    QString action; // "insert", "update", "delete", "archive", "restore"
    QJsonObject changes; // field -> {"old": ..., "new": ...}; new values only for inserts
};

struct AuditQuery
{
    QString table; // empty = any
    RecordId recordId = 0; // 0 = any
    RecordId patientId = 0; // 0 = any; else only entries about this patient's records
    int limit = 200;
};

} // namespace lento::store
