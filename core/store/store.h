// The patient store: patients, medications, versioned plans, visits and the audit log in one
// database file. Every write runs in one transaction and is audited; plans are never changed
// in place (each save is a new version, refused if the edited version is no longer the newest).
// The SQL here is portable; everything specific to SQLite lives in SqliteConnection.
#pragma once

#include "records.h"
#include "storeresult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace lento {
struct Plan;
}

namespace lento::store {

class SqlConnection;

struct OpenOptions
{
    bool readOnly = false; // never write, even if the file is writable
    bool create = true; // create the file (0600) and the schema if missing
    QString clinician; // "who" in the audit log and plan versions; empty = OS user name
    int busyTimeoutMs = 5000; // wait this long for another process's lock
    // PRAGMA quick_check before trusting the file: the whole file on open if it is small (up to
    // 32 MB), otherwise the tables the patient list needs on open and the whole file before the
    // first write of the session, so that a damaged file is never written to and opening a large
    // store stays fast.
    bool quickCheck = true;
    bool rollbackJournal = false; // use a rollback journal even where WAL would work
};

// What open() found and did, for the status bar and `db check`.
struct OpenInfo
{
    QString path;
    bool created = false; // the file did not exist
    bool readOnly = false;
    QString readOnlyReason; // why it is read-only, one sentence
    int fileSchemaVersion = 0; // schema version found in the file before migrating
    int schemaVersion = 0; // schema version now in the file
    QStringList migrationsApplied; // e.g. "0002_visit_plan_link"
    QString migrationBackup; // copy taken before migrating, or empty
    QString journalMode; // "wal", or "delete" when WAL could not be used
    QString journalNote; // set when WAL could not be used, one sentence
    bool wholeFileChecked = false; // quick_check covered the whole file on open
};

class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // <AppDataLocation>/lento.sqlite
    static QString defaultPath();
    // The database to use: `override` (--db) if given, else the path in the settings
    // (QSettings key settingsKey()), else defaultPath().
    static QString configuredPath(const QString &override = {});
    static QString settingsKey(); // "store/databasePath"
    // The newest schema version this program knows.
    static int latestSchemaVersion();

    // Opens (and if allowed creates and migrates) the database at `path`. A file written by a newer
    // Lento, or one that cannot be written, opens read-only and says why in OpenInfo. A file that
    // fails quick_check is refused with ErrorKind::Corrupt and not touched (see OpenOptions).
    Result<OpenInfo> open(const QString &path, const OpenOptions &options = {});
    void close();
    bool isOpen() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    const OpenInfo &openInfo() const;
    QString clinician() const;
    void setClinician(const QString &name); // empty = OS user name

    // Full PRAGMA integrity_check (and foreign key check); returns the problems, empty if healthy.
    Result<QStringList> check();

    // ---- Patients (archived, never deleted) ----
    Result<PatientRecord> addPatient(const PatientRecord &patient);
    // `patient.revision` must be the stored one; otherwise ErrorKind::Conflict.
    Result<PatientRecord> updatePatient(const PatientRecord &patient);
    Status archivePatient(RecordId id);
    Status restorePatient(RecordId id);
    Result<PatientRecord> patient(RecordId id) const;
    Result<PatientRecord> patientByIdentifier(const QString &identifier) const;
    // Patients whose name (any word) or identifier starts with `prefix` (case-insensitive);
    // an empty prefix lists all. Sorted by name.
    Result<QList<PatientSummary>> searchPatients(
        const QString &prefix, int limit = 100, bool includeArchived = false) const;
    Result<PatientHistory> history(RecordId patientId) const;

    // ---- Medications ----
    Result<QList<MedicationRecord>> medications(RecordId patientId) const;
    Result<MedicationRecord> addMedication(const MedicationRecord &medication);
    Result<MedicationRecord> updateMedication(const MedicationRecord &medication); // revision checked
    Status removeMedication(RecordId id);

    // ---- Plans and versions ----
    // A new plan whose first version is `document` (validated as lento-plan/1).
    // `branchedFrom` records the version it was branched from (0 = a fresh plan).
    Result<PlanVersion> createPlan(
        RecordId patientId, const QByteArray &document, const QString &comment, RecordId branchedFrom = 0);
    // A new version of `planId`. `expectedParent` is the version that was edited; if the plan's
    // newest version is another one, nothing is written and ErrorKind::Conflict is returned.
    Result<PlanVersion> saveVersion(
        RecordId planId, const QByteArray &document, const QString &comment, RecordId expectedParent);
    Result<PlanVersion> saveVersion(RecordId planId, const Plan &plan, const QString &comment, RecordId expectedParent);
    Result<QList<PlanRecord>> plans(RecordId patientId, bool includeArchived = false) const;
    Result<PlanRecord> plan(RecordId planId) const;
    // Oldest first; documents included only if asked.
    Result<QList<PlanVersion>> versions(RecordId planId, bool withDocuments = false) const;
    Result<PlanVersion> version(RecordId versionId) const;
    Status setPlanStatus(RecordId planId, PlanStatus status);
    Status archivePlan(RecordId planId);
    Status restorePlan(RecordId planId);

    // ---- Visits ----
    Result<VisitRecord> addVisit(const VisitRecord &visit);
    Result<VisitRecord> updateVisit(const VisitRecord &visit); // revision checked
    Result<QList<VisitRecord>> visits(RecordId patientId) const; // oldest first
    Result<VisitRecord> visit(RecordId visitId) const;

    // ---- Audit log ----
    Result<QList<AuditEntry>> audit(const AuditQuery &query = {}) const; // newest first

    // ---- Backup and restore ----
    // Checks integrity, then writes a consistent copy (0600) under a temporary name, checks it and
    // renames it to `target` (must not exist): an interrupted backup leaves nothing at `target`.
    Result<QString> backup(const QString &target);
    // Copies into `directory` as lento-YYYYMMDD-HHMMSS.sqlite and keeps the newest `keep` copies
    // that pass the full check (files under that name that are not a usable database are removed).
    Result<QString> automaticBackup(const QString &directory, int keep);
    // When the newest automatic copy in `directory` was made (invalid if none): the caller decides
    // whether one is due (e.g. at start-up when it is older than a day).
    static QDateTime lastAutomaticBackup(const QString &directory);
    // Replaces the database at `target` with a checked copy of `backupFile`; the replaced file is
    // kept as <target>.before-restore-<timestamp>. No Store may have `target` open in this process.
    static Result<QString> restore(const QString &backupFile, const QString &target);

    // ---- Exchange ----
    // One patient's full record as JSON ("format": "lento-patient/1"; plans embedded as
    // lento-plan/1 documents). See core/store/README.md.
    Result<QByteArray> exportPatient(RecordId patientId) const;
    // Validates everything first, then writes in one transaction: any bad field imports nothing
    // and the error names it. A patient with the same identifier is refused (Duplicate).
    Result<PatientRecord> importPatient(const QByteArray &json);
    Result<QByteArray> exportVisitsCsv(RecordId patientId) const;

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace lento::store
