// Everything the patient history shows, computed once when a patient is opened: plan versions
// with their parsed documents and the days each was in force, status changes, visits with
// scale totals and bands, the planned and taken daily doses day by day, the modelled withdrawal
// pressure of the plan in force, the taper and follow-up phases, and the adherence figures.
// No widgets: the history view, its charts and the summary PDF all read this.
#pragma once

#include "adherence.h"
#include "patientfilters.h"
#include "plan.h"
#include "records.h"
#include "storeresult.h"
#include "withdrawalscales.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QtNumeric>

#include <optional>
#include <vector>

namespace lento {
class Catalogue;
}
namespace lento::store {
class Store;
}

namespace lento::ui {

struct HistoryVersion
{
    lento::store::PlanVersion record; // with its document
    QString planTitle;
    std::optional<lento::Plan> plan; // empty when the document does not parse
    QString parseError;
    QDate inForceFrom; // first and last day it was the plan followed (invalid: never)
    QDate inForceTo;
};

struct HistoryStatusChange
{
    lento::store::RecordId planId = 0;
    QString planTitle;
    QDateTime when; // UTC
    QString who;
    lento::store::PlanStatus from = lento::store::PlanStatus::Draft;
    lento::store::PlanStatus to = lento::store::PlanStatus::Draft;
};

struct HistoryVisit
{
    lento::store::VisitRecord record;
    std::optional<lento::ScaleScore> ciwaB;
    std::optional<lento::ScaleScore> bwsq;
    int versionIndex = -1; // index in HistoryData::versions in force on the visit date
    // Mean daily doses over the days this visit records (from the day after the previous visit);
    // planned is the dose on the visit date when the visit records no doses.
    double plannedMg = qQNaN();
    double takenMg = qQNaN();
};

struct HistoryOptions
{
    QString ciwaBandSet; // empty = the scale's default band set
    QString bwsqBandSet;
    lento::AdherenceOptions adherence;
    PatientFilterSettings phases;
    int pressureStepMinutes = 180; // sample spacing of the modelled pressure
};

class HistoryData
{
public:
    // Reads the patient's history, every version document and the plan status changes.
    static lento::store::Result<HistoryData> load(const lento::store::Store &store, lento::store::RecordId patientId,
        const lento::Catalogue &catalogue, const QDate &today, const HistoryOptions &options = {});
    // From records already read: `history.versions` may lack documents when `documents` has them
    // (version id -> lento-plan/1 JSON); `statusChanges` oldest first.
    static HistoryData build(const lento::store::PatientHistory &history,
        const QHash<lento::store::RecordId, QByteArray> &documents, const QList<HistoryStatusChange> &statusChanges,
        const lento::Catalogue &catalogue, const QDate &today, const HistoryOptions &options = {});

    lento::store::PatientHistory history;
    QList<HistoryVersion> versions; // all plans' versions, oldest first
    QList<HistoryStatusChange> statusChanges;
    QList<HistoryVisit> visits; // oldest first
    QDate today;
    HistoryOptions options;

    // Doses are in mg of `doseDrug` when every planned and taken dose is of that one drug,
    // else in mg diazepam-equivalent (doseDrug empty).
    QString doseDrug;
    QStringList unconvertedDrugs; // drugs whose doses could not be converted (left out)
    lento::DailyDoseSeries planned; // the plan in force, day by day (from `first` to `last`)
    lento::DailyDoseSeries taken; // recorded at visits; NaN where nothing was recorded
    QDate first; // the history's date range (charts)
    QDate last;

    // Modelled withdrawal pressure (kindling-adjusted, "shown") of the version in force, one value
    // per day (the day's peak) from `first`; NaN where no version could be simulated.
    std::vector<double> pressure;

    PatientStatus status; // phase, taper start/end, visit due (PatientFilters rules)
    lento::AdherenceSummary adherence;

    // Index in `versions` in force on `date` (-1 when none).
    int versionInForce(const QDate &date) const;
    int versionIndex(lento::store::RecordId versionId) const;
    const HistoryVisit *visit(lento::store::RecordId visitId) const;
    // The plan in force on `date` (nullptr when none parses).
    const lento::Plan *planInForce(const QDate &date) const;
    // The visit before `date` (latest with an earlier date), or nullptr.
    const HistoryVisit *visitBefore(const QDate &date) const;
    bool hasData() const { return history.patient.id != 0; }

private:
    QList<int> m_forceIndex; // per day from `first`: index in versions, -1 none
};

} // namespace lento::ui
